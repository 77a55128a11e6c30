using Akhbar.Bench;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `queries --db FILE`: corpus query latency on an ingested database instead of the throughput benchmark.
if (args.Length >= 1 && args[0] == "queries")
{
    var dbIndex = Array.IndexOf(args, "--db");
    return QueryTimings.Run(dbIndex >= 0 && dbIndex + 1 < args.Length ? args[dbIndex + 1] : "akhbar.db");
}

var corpus = BenchCorpus.Default;
if (corpus is null)
{
    Console.Error.WriteLine("akhbar-bench: skipped: ../shared/data/news/ant-multisource is absent (set AKHBAR_SHARED to the shared folder).");
    return 0;
}

// `ner-cost [--model FILE]`: CPU time of the default pipeline with and without named-entity tagging (and with another model).
// `ner-cost --only baseline|no-linking|default [--passes N]`: one of its pipelines alone, for a profiler.
if (args.Length >= 1 && args[0] == "ner-cost")
{
    string? Option(string name) => Array.IndexOf(args, name) is var at && at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    return NerCostTimings.Run(corpus, Option("--model"), Option("--only"), int.Parse(Option("--passes") ?? "10", System.Globalization.CultureInfo.InvariantCulture));
}

// `timeshare [rounds]`: the time stage's share of analysis, article by article (TimeShare), instead of BenchmarkDotNet.
if (args.Length >= 1 && args[0] == "timeshare")
{
    return TimeShare.Run(corpus, args.Length > 1 && int.TryParse(args[1], out var rounds) ? rounds : 6);
}

Console.WriteLine($"akhbar-bench: {corpus.Articles.Count:N0} ant-multisource articles, {corpus.Utf8Bytes / 1e6:F1} MB of UTF-8 text per operation.");

// `cpu [--passes N]`: the throughput methods timed by CPU time, interleaved (see CpuTimings).
// `stages [--passes N] [--event-filter]`: each pipeline stage's share of the analysis time, timed inside one run (see
// StageTimings); --event-filter times the event stage with its learned filter on.
var passesAt = Array.IndexOf(args, "--passes");
int Passes(int fallback) => passesAt >= 0 && passesAt + 1 < args.Length ? int.Parse(args[passesAt + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
if (args.Length >= 1 && args[0] == "cpu")
{
    return CpuTimings.Run(corpus, Passes(5));
}

// `segsteps [--passes N]`: the segmentation stage's sub-steps (sentences, tokens, the rest), see SegmentationSteps.
if (args.Length >= 1 && args[0] == "segsteps")
{
    return SegmentationSteps.Run(corpus, Passes(5));
}

if (args.Length >= 1 && args[0] == "stages")
{
    return StageTimings.Run(corpus, Passes(3), args.Contains("--event-filter"));
}

// One pass over the sample takes about a second, so a short job (1 warm-up, 5 measured passes, in this
// process) is precise enough for a throughput comparison and ends in a few minutes on a busy 2-core machine.
// --long restores BenchmarkDotNet's default job for a careful measurement.
var job = args.Contains("--long")
    ? Job.Default
    : Job.Default.WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1);
var config = DefaultConfig.Instance
    .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
    .AddColumn(new MegabytesPerSecondColumn(corpus.Utf8Bytes))
    .WithOptions(ConfigOptions.JoinSummary);
// `time`: the cost of the time stage (without and with it, side by side) instead of the analyzer comparison.
var summary = args.Contains("time") ? BenchmarkRunner.Run<TimeStageBenchmarks>(config) : BenchmarkRunner.Run<ThroughputBenchmarks>(config);
return summary.HasCriticalValidationErrors ? 1 : 0;
