using System.CommandLine;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Arabic.Quotes.Evaluation;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Storage.Ingestion;
using static Akhbar.Cli.Commands.Ratios;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval quotes --gold DIR</c>: quote detection precision, recall and F1 (a prediction matches when it covers
/// at least half of a gold quote's content) and speaker accuracy on the matches, over the gold files' quotes.
/// </summary>
public static class EvalQuotesCommand
{
    public static Command Create()
    {
        var shared = EvalCommand.SharedOption();
        var gold = new Option<string[]>("--gold") { Description = "A folder of gold JSON files (gold/README.md); repeat it to score several folders together.", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "List every missed, spurious or wrongly attributed quote." };
        var command = new Command("quotes", "Quotes: detection P/R/F1 and speaker accuracy on a gold folder.") { shared, gold, verbose };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var root = EvalCommand.ResolveShared(parse.GetValue(shared));
            var folders = parse.GetValue(gold)!;
            foreach (var folder in folders.Where(f => !Directory.Exists(f)))
            {
                throw new BadInputException(DiagnosticCodes.EmptyInput, $"the gold folder {folder} does not exist.");
            }

            var files = folders.SelectMany(f => Directory.GetFiles(f, "*.json").Order(StringComparer.Ordinal)).Where(f => QuoteGold.Load(f).Count > 0).ToList();
            if (files.Count == 0)
            {
                throw new BadInputException(DiagnosticCodes.EmptyInput, $"no gold file in {string.Join(", ", folders)} has quotes.");
            }

            var score = QuoteScore.Run(ArabicPipeline.CreateDefault(), files, Path.Combine(root, "data", "news"), new GoldRecordCache(CorpusReader.ReadArticles));
            output.WriteLine($"{files.Count} articles with gold quotes, {score.Gold} gold quotes, {score.Predicted} predicted.");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"detection (overlap >= half of the gold content)  P {Percent(score.Matched, score.Predicted),5:0.0}  R {Percent(score.Matched, score.Gold),5:0.0}  F1 {100 * QuoteScore.F1(score.Matched, score.Predicted, score.Gold),5:0.0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speaker accuracy on matches: {score.SpeakerRight}/{score.Matched} = {Percent(score.SpeakerRight, score.Matched):0.0}%"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kind accuracy on matches: {score.KindRight}/{score.Matched} = {Percent(score.KindRight, score.Matched):0.0}%"));
            if (parse.GetValue(verbose))
            {
                foreach (var e in score.Errors)
                {
                    output.WriteLine("  " + e);
                }
            }

            return AkhbarCli.Ok;
        });
        return command;
    }
}
