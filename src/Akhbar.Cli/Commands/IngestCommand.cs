using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Cli.Corpus;
using Akhbar.Core.Input;
using Akhbar.Storage.Ingestion;
using Akhbar.Storage.Sqlite;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar ingest</c>: read, analyze, deduplicate and store a corpus; safe to interrupt and run again.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Directories, .txt/.html articles, .jsonl/.json files, zip archives of these, or - for JSON Lines on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db") { Description = "The corpus database to create or extend.", DefaultValueFactory = _ => CorpusOptions.DefaultDatabase };
        var source = new Option<string?>("--source") { Description = "Source name for articles whose record names none (default: local)." };
        var threads = new Option<int>("--threads") { Description = "Articles analyzed in parallel (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest article accepted, in bytes.", DefaultValueFactory = _ => InputLimits.DefaultMaxArticleBytes };
        var failures = new Option<string?>("--failures") { Description = "Write every failure (location, reason) to this TSV file." };
        var progress = new Option<string>("--progress")
        {
            Description = "auto (a live bar on a terminal, plain lines otherwise), bar, lines or none.",
            DefaultValueFactory = _ => "auto",
        };
        progress.AcceptOnlyFromAmong("auto", "bar", "lines", "none");

        var command = new Command("ingest", "Analyze and store articles in a corpus database; interrupted runs resume, re-runs store nothing new.")
        {
            paths, db, source, threads, maxBytes, failures, progress,
        };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(threads) < 1 || parse.GetValue(maxBytes) < 1)
            {
                throw new CliUsageException("--threads and --max-bytes must be positive.");
            }

            var reader = new CorpusReader(parse.GetValue(paths)!, parse.GetValue(source), new InputLimits { MaxArticleBytes = parse.GetValue(maxBytes) });
            using var store = new SqliteArticleStore(parse.GetValue(db)!);
            var ingestor = new Ingestor(ArabicPipeline.CreateDefault(), store) { Threads = parse.GetValue(threads) };
            var watch = Stopwatch.StartNew();
            var mode = parse.GetValue(progress);
            IngestSummary summary = mode switch
            {
                "bar" or "auto" when LiveProgress.Available && ReferenceEquals(err, Console.Error) => LiveProgress.Run(p => ingestor.Run(reader, p)),
                "none" => ingestor.Run(reader),
                _ => ingestor.Run(reader, new PlainProgress(err, TimeSpan.FromSeconds(5))),
            };

            Report(summary, store, reader.TotalBytes, watch.Elapsed, output, err, parse.GetValue(failures));
            return summary.Failed > 0 ? AkhbarCli.BadInput : AkhbarCli.Ok;
        });
        return command;
    }

    private static void Report(IngestSummary s, SqliteArticleStore store, long inputBytes, TimeSpan elapsed, TextWriter output, TextWriter err, string? failuresFile)
    {
        const int Shown = 20;
        foreach (var (location, reason) in s.Failures.Take(Shown))
        {
            err.WriteLine($"akhbar: {location}: {reason}");
        }

        if (s.Failed > Shown)
        {
            err.WriteLine($"akhbar: ... and {s.Failed - Shown:N0} more failures{(failuresFile is null ? " (list them all with --failures FILE)" : string.Empty)}.");
        }

        if (failuresFile is not null)
        {
            File.WriteAllLines(failuresFile, ["location\treason", .. s.Failures.Select(f => $"{f.Location}\t{f.Reason.Replace('\t', ' ')}")]);
        }

        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var size = new FileInfo(store.Path).Length + (File.Exists(store.Path + "-wal") ? new FileInfo(store.Path + "-wal").Length : 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {s.Read:N0} read: {s.Stored:N0} stored ({s.NearDuplicates:N0} of them near-duplicates of an earlier article), {s.Duplicates:N0} exact duplicates skipped, {s.AlreadyStored:N0} already stored, {s.Failed:N0} failed"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {seconds:F1} s, {s.Read / seconds:F0} articles/s, {inputBytes / 1e6 / seconds:F2} MB/s of input files, peak memory {peak:F0} MB; {store.Count():N0} articles in {store.Path} ({size / 1e6:F1} MB)"));
        foreach (var g in s.Failures.GroupBy(f => f.Reason).OrderByDescending(g => g.Count()).Take(10))
        {
            output.WriteLine($"ingest: failed {g.Count():N0}× {g.Key}");
        }
    }
}
