using System.CommandLine;
using System.Text;
using Akhbar.Arabic;
using Akhbar.Arabic.Export;
using Akhbar.Cli.Corpus;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Input;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using Akhbar.Storage.Ingestion;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar export --format gdelt-events|gkg INPUT...</c>: analyzes articles with the default pipeline and writes GDELT 2.0
/// Event rows or GKG 2.1 rows (tab-separated, no header) to standard output or --out. Reads what ingest reads
/// (<see cref="CorpusReader"/>); an input that cannot be read is reported on stderr with its location and the others are
/// still exported (exit code 1 at the end). docs/stages/export.md describes every field.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Articles (.txt, .html), .jsonl/.json corpora, zip archives of these, or folders of them; - reads JSON Lines from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "gdelt-events (GDELT 2.0 Event rows, 61 fields) or gkg (GKG 2.1 rows, 27 fields).", Required = true };
        format.AcceptOnlyFromAmong("gdelt-events", "gkg");
        var published = new Option<string?>("--published")
        {
            Description = "Publication date for articles that carry none (text and HTML files): 2018-09-15 or an ISO date-time. Records keep their own.",
        };
        var output = new Option<string?>("--out") { Description = "Write the rows to this file (UTF-8) instead of standard output." };
        var offsets = new Option<string>("--offsets")
        {
            Description = "What character offsets count from: raw (the input file or the record's text field, default) or clean (the akhbar.article/1 text).",
            DefaultValueFactory = _ => "raw",
        };
        offsets.AcceptOnlyFromAmong("raw", "clean");
        var includeNegated = new Option<bool>("--include-negated") { Description = "Also export negated and hypothetical events (left out by default)." };
        var threads = new Option<int>("--threads") { Description = "Articles analyzed in parallel (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest article accepted, in bytes.", DefaultValueFactory = _ => InputLimits.DefaultMaxArticleBytes };

        var command = new Command("export", "Analyze articles and write GDELT 2.0 Event or GKG 2.1 rows with offsets into the Arabic text (docs/stages/export.md).")
        {
            inputs, format, published, output, offsets, includeNegated, threads, maxBytes,
        };
        command.SetAction(parse =>
        {
            var options = new ExportOptions(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(format)!,
                parse.GetValue(published),
                parse.GetValue(output),
                new ExportSettings(parse.GetValue(offsets) == "clean" ? OffsetBase.Clean : OffsetBase.Raw, parse.GetValue(includeNegated)),
                parse.GetValue(threads),
                new InputLimits { MaxArticleBytes = parse.GetValue(maxBytes) });
            return Run(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private sealed record ExportOptions(string[] Inputs, string Format, string? Published, string? Out, ExportSettings Settings, int Threads, InputLimits Limits);

    /// <summary>The rows of one article, or why it could not be exported.</summary>
    private sealed record ArticleRows(string Location, IReadOnlyList<string> Rows, string? Error);

    private static int Run(ExportOptions o, TextWriter stdout, TextWriter stderr)
    {
        if (o.Threads < 1 || o.Limits.MaxArticleBytes < 1)
        {
            throw new CliUsageException("--threads and --max-bytes must be positive.");
        }

        PublicationDate? published = null;
        if (o.Published is not null && !PublicationDate.TryParse(o.Published, out published))
        {
            throw new BadInputException(DiagnosticCodes.BadDate, $"--published \"{o.Published}\" is not a date (expected 2018-09-15 or an ISO date-time).");
        }

        // An empty default source keeps "local" (ingest's default) out of GDELT's source-name field.
        var reader = new CorpusReader(o.Inputs, "", o.Limits);
        var files = reader.Plan();
        var pipeline = ArabicPipeline.CreateDefault();
        var events = o.Format == "gdelt-events" ? new GdeltEventWriter(GdeltGazetteer.Default, o.Settings) : null;
        var gkg = events is null ? new GkgWriter(GdeltGazetteer.Default, o.Settings) : null;

        long exported = 0, failed = 0;
        using var file = o.Out is null ? null : new StreamWriter(o.Out, false, new UTF8Encoding(false));
        var writer = file ?? stdout;
        var results = OrderedParallel.Map(reader.Read(files), item => Export(item, published, pipeline, events, gkg), o.Threads);
        foreach (var r in results)
        {
            if (r.Error is not null)
            {
                stderr.WriteLine($"akhbar: {r.Location}: {r.Error}");
                failed++;
                continue;
            }

            foreach (var row in r.Rows)
            {
                writer.Write(row);
                writer.Write('\n');
            }

            exported++;
        }

        writer.Flush();
        if (failed > 0)
        {
            stderr.WriteLine($"akhbar: {failed:N0} of {exported + failed:N0} inputs could not be exported (listed above); the others were written.");
        }

        return failed > 0 ? AkhbarCli.BadInput : AkhbarCli.Ok;
    }

    private static ArticleRows Export(IngestItem item, PublicationDate? published, AnalysisPipeline pipeline, GdeltEventWriter? events, GkgWriter? gkg)
    {
        var (rows, error) = CorpusItemRunner.Run(
            item,
            article =>
            {
                var doc = pipeline.Process(article with
                {
                    Published = article.Published ?? published,
                    Source = string.IsNullOrEmpty(article.Source) ? null : article.Source,
                });
                return events is not null ? events.Rows(doc).ToList() : new List<string> { gkg!.Row(doc) };
            },
            "exporting");
        return new ArticleRows(item.Location, rows ?? [], error);
    }
}
