using System.CommandLine;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Segmentation;
using Akhbar.Arabic.Time;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Pipeline;
using Akhbar.Storage.Ingestion;
using static Akhbar.Cli.Commands.Ratios;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval time</c>: exact values on the Recognizers-Text Arabic specs and Duckling's Arabic examples, each
/// case against its own reference day, per family and overall, with the out-of-scope cases and why; with
/// <c>--gold</c>, recognition precision/recall/F1 (strict and lenient) and value accuracy on a gold folder.
/// </summary>
public static class EvalTimeCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared")
        {
            Description = "The shared data folder (holds data/recognizers-text-arabic, data/duckling-ar-time-corpus, data/news).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("AKHBAR_SHARED") is { Length: > 0 } env ? env : Path.Combine("..", "shared"),
        };
        var gold = new Option<string?>("--gold") { Description = "A folder of gold JSON files (gold/README.md); scores recognition and values on them instead of the spec cases." };
        var verbose = new Option<bool>("--verbose") { Description = "List every wrong case or gold error." };
        var command = new Command("time", "Time expressions: exact values on public test sets, or F1 and value accuracy on a gold folder.") { shared, gold, verbose };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var root = parse.GetValue(shared)!;
            if (parse.GetValue(gold) is { } goldFolder)
            {
                return RunGold(goldFolder, Path.Combine(root, "data", "news"), parse.GetValue(verbose), output);
            }

            return RunSpecs(Path.Combine(root, "data"), parse.GetValue(verbose), output);
        });
        return command;
    }

    private static AnalysisPipeline Pipeline(TimeConvention convention) =>
        convention == TimeConvention.News
            ? ArabicPipeline.CreateDefault()
            : new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Add(new TimeStage(convention)).Build();

    private static int RunSpecs(string data, bool verbose, TextWriter output)
    {
        var specs = Path.Combine(data, "recognizers-text-arabic", "Specs", "DateTime", "Arabic");
        var duckling = Path.Combine(data, "duckling-ar-time-corpus");
        if (!Directory.Exists(specs) || !Directory.Exists(duckling))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"the test sets are not under {data} (pass --shared with the shared folder).");
        }

        var news = Pipeline(TimeConvention.News);
        var recognizers = SpecCases.Recognizers(specs);
        var ducklingCases = SpecCases.Duckling(duckling);
        var outcomes = recognizers.Concat(ducklingCases).Where(c => c.OutOfScope is null).Select(c => TimeCaseRunner.Run(news, c)).ToList();

        output.WriteLine("Exact values, each case against its own reference day (news convention: a bare weekday is the latest one on or before it).");
        output.WriteLine($"{"set / family",-42} {"in scope",9} {"right",6} {"%",6}");
        foreach (var group in outcomes.GroupBy(o => (o.Case.Source.StartsWith("duckling", StringComparison.Ordinal) ? "duckling" : "recognizers-text") + " / " + o.Case.Family))
        {
            WriteRow(output, group.Key, group.Count(), group.Count(o => o.Right));
        }

        var right = outcomes.Count(o => o.Right);
        WriteRow(output, "all in-scope cases", outcomes.Count, right);

        // Each set's own convention (TimeConvention): Duckling reads a bare weekday as the next one, Recognizers-Text
        // reads المقبل/الماضي as the adjacent week or year. Scored separately so that both readings are visible.
        var future = Pipeline(TimeConvention.Duckling);
        var ducklingFuture = ducklingCases.Select(c => TimeCaseRunner.Run(future, c)).ToList();
        var adjacent = Pipeline(TimeConvention.RecognizersText);
        var recognizersOwn = recognizers.Where(c => c.OutOfScope is null).Select(c => TimeCaseRunner.Run(adjacent, c)).ToList();
        WriteRow(output, "duckling with its convention (next weekday)", ducklingFuture.Count, ducklingFuture.Count(o => o.Right));
        WriteRow(output, "recognizers-text with its convention", recognizersOwn.Count, recognizersOwn.Count(o => o.Right));
        var mixed = recognizersOwn.Concat(ducklingFuture).ToList();
        WriteRow(output, "all, each set with its own convention", mixed.Count, mixed.Count(o => o.Right));

        var outOfScope = recognizers.Where(c => c.OutOfScope is not null).ToList();
        output.WriteLine();
        output.WriteLine($"Out of scope: {outOfScope.Count} of {recognizers.Count + ducklingCases.Count} cases in the scored files.");
        foreach (var reason in outOfScope.GroupBy(c => c.OutOfScope).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {reason.Count(),4}  {reason.Key}");
        }

        output.WriteLine("Files not scored:");
        foreach (var (file, reason) in SpecCases.SkippedFiles)
        {
            output.WriteLine($"  {file}: {reason}");
        }

        if (verbose)
        {
            output.WriteLine();
            output.WriteLine("Wrong cases (input | expected | predicted):");
            foreach (var o in outcomes.Where(o => !o.Right))
            {
                output.WriteLine($"  [{o.Case.Source} {o.Case.Reference}] {o.Case.Input} | {o.Case.Accepted.FirstOrDefault()} | {o.Predicted ?? "(nothing)"}");
            }
        }

        return AkhbarCli.Ok;
    }

    private static int RunGold(string folder, string news, bool verbose, TextWriter output)
    {
        if (!Directory.Exists(folder))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"the gold folder {folder} does not exist.");
        }

        var articles = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(GoldArticle.Load).ToList();
        if (articles.Count == 0)
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"the gold folder {folder} has no .json files.");
        }

        var score = GoldScore.Run(ArabicPipeline.CreateDefault(), articles, news, new GoldRecordCache(CorpusReader.ReadArticles));
        output.WriteLine($"{articles.Count} articles, {score.Gold} gold time expressions, {score.Predicted} predicted.");
        WriteScores(output, "strict (same span)", score.StrictMatches, score.Predicted, score.Gold);
        WriteScores(output, "lenient (overlapping spans, one to one)", score.LenientMatches, score.Predicted, score.Gold);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value accuracy on lenient matches: {score.ValueRight}/{score.LenientMatches} = {Percent(score.ValueRight, score.LenientMatches):0.0}%"));
        if (verbose)
        {
            foreach (var e in score.Errors)
            {
                output.WriteLine("  " + e);
            }
        }

        return AkhbarCli.Ok;
    }

    private static void WriteScores(TextWriter output, string name, int matched, int predicted, int gold) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} P {Percent(matched, predicted),5:0.0}  R {Percent(matched, gold),5:0.0}  F1 {100 * GoldScore.F1(matched, predicted, gold),5:0.0}"));

    private static void WriteRow(TextWriter output, string name, int total, int right) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-42} {total,9} {right,6} {Percent(right, total),6:0.0}"));
}
