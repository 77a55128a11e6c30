using System.CommandLine;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Arabic.Entities.Linking.Evaluation;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval entities --gold gold/dev</c>: precision and recall of linked entities against the
/// entities of the gold files that have any, and the accuracy of English names, countries and points on the
/// matched ones (matching rules in <see cref="LinkingScore"/> and gold/README.md).
/// </summary>
public static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var shared = EvalCommand.SharedOption();
        var gold = new Option<string>("--gold") { Description = "A folder of gold article files (gold/README.md).", Required = true };
        var command = new Command("entities", "Linked entities: precision and recall against gold, and accuracy of English names, countries and coordinates.") { shared, gold };
        command.SetAction(parse => Run(parse.GetValue(gold)!, EvalCommand.ResolveShared(parse.GetValue(shared)), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string folder, string sharedFolder, TextWriter output)
    {
        if (!Directory.Exists(folder))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{folder}: no such folder.");
        }

        var news = Path.Combine(sharedFolder, "data", "news");
        var pipeline = ArabicPipeline.CreateDefault();
        var score = new LinkingScore();
        var cache = new Dictionary<string, Dictionary<string, byte[]>>();
        var articles = 0;
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldEntity.LoadAll(path);
            if (gold.Count == 0)
            {
                continue;
            }

            var doc = pipeline.Process(GoldArticle.Load(path).ReadRecord(news, cache));
            var predicted = new List<(Entity, HashSet<TextSpan>)>();
            foreach (var e in doc.LinkedEntities)
            {
                var raw = new HashSet<TextSpan>();
                foreach (var m in e.Mentions)
                {
                    if (doc.Offsets.ToRaw(m.Span) is { } r)
                    {
                        raw.Add(new TextSpan(r.Start, r.End));
                    }
                }

                predicted.Add((e, raw));
            }

            score.Add(gold, predicted);
            articles++;
        }

        if (articles == 0)
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{folder}: no gold file has entities.");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles} articles, {score.Gold} gold entities, {score.Predicted} predicted, {score.Matched} matched (same type, mention Jaccard >= {LinkingScore.MinJaccard})."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities  P {Percent(score.Matched, score.Predicted),5:0.0}  R {Percent(score.Matched, score.Gold),5:0.0}  F1 {F1(score.Matched, score.Predicted, score.Gold),5:0.0}"));
        Row(output, "name_en", score.NameEn);
        Row(output, "country", score.Country);
        Row(output, "coordinates", score.Point);
        return AkhbarCli.Ok;
    }

    private static void Row(TextWriter output, string name, (int Right, int Total) r) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {Percent(r.Right, r.Total),5:0.0}% of {r.Total} matched entities with a gold value"));

    private static double Percent(int a, int b) => b == 0 ? 0 : 100.0 * a / b;

    private static double F1(int matched, int predicted, int gold) => matched == 0 ? 0 : 200.0 * matched / (predicted + gold);
}
