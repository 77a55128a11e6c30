using System.CommandLine;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Arabic.Entities.Linking.Evaluation;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using static Akhbar.Cli.Commands.Ratios;

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
        var compare = EvalCommand.CompareOption();
        var verbose = new Option<bool>("--verbose") { Description = "List every missed gold entity, spurious entity and wrong English name, country or point." };
        var command = new Command("entities", "Linked entities: precision and recall against gold, and accuracy of English names, countries and coordinates.") { shared, gold, compare, verbose };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(compare), EvalCommand.ResolveShared(parse.GetValue(shared)), parse.GetValue(verbose), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>
    /// Scores the linker's entities, or with <paramref name="compareFolder"/> that folder's entities taken as predictions
    /// (<see cref="GoldEntity.AsPredicted"/>), against the gold folder, with the same matching.
    /// </summary>
    private static int Run(string folder, string? compareFolder, string sharedFolder, bool verbose, TextWriter output)
    {
        foreach (var f in compareFolder is null ? [folder] : (string[])[folder, compareFolder])
        {
            if (!Directory.Exists(f))
            {
                throw new BadInputException(DiagnosticCodes.EmptyInput, $"{f}: no such folder.");
            }
        }

        var news = Path.Combine(sharedFolder, "data", "news");
        var pipeline = compareFolder is null ? ArabicPipeline.CreateDefault() : null;
        var score = new LinkingScore();
        var cache = new GoldRecordCache(Storage.Ingestion.CorpusReader.ReadArticles);
        var articles = 0;
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldEntity.LoadAll(path);
            if (gold.Count == 0)
            {
                continue;
            }

            var record = GoldArticle.Load(path).ReadRecord(news, cache);
            CheckMentions(path, gold, record.Body.Length);
            var predicted = pipeline is null
                ? Compared(EvalCommand.ComparedFile(compareFolder!, path, news, cache), record.Body.Length)
                : LinkingScore.Predictions(pipeline.Process(record));
            var matched = score.Add(gold, predicted);
            if (verbose)
            {
                Explain(output, Path.GetFileNameWithoutExtension(path), record.Body, gold, predicted, matched);
            }

            articles++;
        }

        if (articles == 0)
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{folder}: no gold file has entities.");
        }

        var predictor = compareFolder is null ? "predicted" : $"in {compareFolder}, scored as predictions";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles} articles, {score.Gold} gold entities, {score.Predicted} {predictor}, {score.Matched} matched (same type, mention Jaccard >= {LinkingScore.MinJaccard}); {score.OnlyInTitle} predicted only in titles, not scored."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities  P {Percent(score.Matched, score.Predicted),5:0.0}  R {Percent(score.Matched, score.Gold),5:0.0}  F1 {F1(score.Matched, score.Predicted, score.Gold),5:0.0}"));
        Row(output, "name_en", score.NameEn);
        Row(output, "country", score.Country);
        Row(output, "coordinates", score.Point);
        return AkhbarCli.Ok;
    }

    /// <summary>
    /// The entities of a compared annotation as predictions, numbered as the file lists them; a mention outside the record's
    /// text is a one-line error naming the file (<see cref="CheckMentions"/>), as for the gold file.
    /// </summary>
    private static List<(Entity, HashSet<TextSpan>)> Compared(string path, int textLength)
    {
        var entities = GoldEntity.LoadAll(path);
        CheckMentions(path, entities, textLength);
        return entities.Select((e, i) => e.AsPredicted($"g{i + 1}")).ToList();
    }

    /// <summary>Checks every mention of a file's entities against the record's text length; entities are named by their place in the file.</summary>
    private static void CheckMentions(string path, List<GoldEntity> entities, int textLength)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var m in entities[i].Mentions)
            {
                GoldEntity.CheckMention(path, (i + 1).ToString(CultureInfo.InvariantCulture), m, textLength);
            }
        }
    }

    /// <summary>Lists, for one article, what the score counted against the engine, with the raw text of each mention.</summary>
    private static void Explain(TextWriter output, string id, string raw, List<GoldEntity> gold, List<(Entity Entity, HashSet<TextSpan> Raw)> predicted, List<(int Gold, int Predicted)> matched)
    {
        string Texts(IEnumerable<TextSpan> spans) => string.Join(" | ", spans.OrderBy(s => s.Start).Select(s => string.Create(CultureInfo.InvariantCulture, $"{raw[s.Start..s.End]}@{s.Start}")));
        foreach (var (g, p) in matched)
        {
            var (e, want) = (predicted[p].Entity, gold[g]);
            if (want.NameEn is { } en && !LinkingScore.NameEnRight(en, e.NameEn))
            {
                output.WriteLine($"{id}  name_en  {e.Name}: {e.NameEn ?? "-"}, gold {en}");
            }

            if (want.Country is { } country && e.Country != country)
            {
                output.WriteLine($"{id}  country  {e.Name}: {e.Country ?? "-"}, gold {country}");
            }

            if (want.Lat is { } lat && want.Lon is { } lon && !LinkingScore.PointRight(lat, lon, e.Geo))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}  point    {e.Name}: {e.Geo?.Lat},{e.Geo?.Lon} ({e.Geo?.Feature}), gold {lat},{lon}"));
            }
        }

        var goldMatched = matched.Select(m => m.Gold).ToHashSet();
        var predictedMatched = matched.Select(m => m.Predicted).ToHashSet();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldMatched.Contains(g))
            {
                output.WriteLine($"{id}  missed   {gold[g].Type} {gold[g].NameEn ?? "-"} [{gold[g].Country ?? "-"}]: {Texts(gold[g].Mentions)}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!predictedMatched.Contains(p) && predicted[p].Raw.Count > 0)
            {
                var e = predicted[p].Entity;
                output.WriteLine($"{id}  spurious {e.Type.Label()} {e.NameEn ?? "-"} [{e.Country ?? "-"}]: {Texts(predicted[p].Raw)}");
            }
        }
    }

    private static void Row(TextWriter output, string name, (int Right, int Total) r) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {Percent(r.Right, r.Total),5:0.0}% of {r.Total} matched entities with a gold value"));

    private static double F1(int matched, int predicted, int gold) => matched == 0 ? 0 : 200.0 * matched / (predicted + gold);
}
