using System.CommandLine;
using System.Diagnostics;
using Akhbar.Arabic;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Input;
using Akhbar.Core.Model;
using Akhbar.Core.Output;
using Akhbar.Core.Pipeline;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar analyze</c>: one article (text, HTML) or a JSON Lines corpus in, JSON records out.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input")
        {
            Description = "A .txt or .html article, a .jsonl file with one article per line, or - for standard input.",
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date of a single article: 2018-09-15 or an ISO date-time such as 2018-09-15T10:00:00+03:00.",
        };
        var id = new Option<string?>("--id") { Description = "Identifier of a single article (default: the file name)." };
        var format = new Option<string?>("--format")
        {
            Description = "Output: json (one indented record) or jsonl (one record per line). Default: json for one article, jsonl for a .jsonl input.",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "How to read the input: auto (by file name and content), text, html or jsonl.",
            DefaultValueFactory = _ => "auto",
        };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "html", "jsonl");
        var tokens = new Option<bool>("--tokens") { Description = "Include tokens and their clitic segments in each record." };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Largest article accepted, in bytes; larger ones are refused with a message.",
            DefaultValueFactory = _ => InputLimits.DefaultMaxArticleBytes,
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Articles analyzed in parallel for JSON Lines input (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var stats = new Option<bool>("--stats") { Description = "Print articles/s, MB/s and peak memory to stderr at the end." };

        var command = new Command("analyze", "Clean and analyze Arabic news: prints akhbar.article/1 JSON records (docs/CONTRACT.md).")
        {
            input, published, id, format, inputFormat, tokens, maxBytes, threads, stats,
        };

        command.SetAction(parse =>
        {
            var options = new AnalyzeOptions(
                parse.GetValue(input)!,
                parse.GetValue(published),
                parse.GetValue(id),
                parse.GetValue(format),
                parse.GetValue(inputFormat)!,
                parse.GetValue(tokens),
                new InputLimits { MaxArticleBytes = parse.GetValue(maxBytes) },
                parse.GetValue(threads),
                parse.GetValue(stats));
            return Run(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });

        return command;
    }

    private sealed record AnalyzeOptions(
        string Input, string? Published, string? Id, string? Format, string InputFormat, bool Tokens, InputLimits Limits, int Threads, bool Stats);

    private static int Run(AnalyzeOptions o, TextWriter stdout, TextWriter stderr)
    {
        if (o.Limits.MaxArticleBytes <= 0)
        {
            throw new CliUsageException("--max-bytes must be a positive number of bytes.");
        }

        if (o.Threads < 1)
        {
            throw new CliUsageException("--threads must be at least 1.");
        }

        var isJsonLines = o.InputFormat == "jsonl"
            || (o.InputFormat == "auto" && o.Input != "-" && Path.GetExtension(o.Input).ToLowerInvariant() is ".jsonl" or ".ndjson");
        var pipeline = ArabicPipeline.CreateDefault();
        var watch = Stopwatch.StartNew();
        using var sink = OutputSink.For(stdout);
        int exit;
        RunStats stats;
        if (isJsonLines)
        {
            if (o.Id is not null || o.Published is not null)
            {
                throw new CliUsageException("--id and --published apply to a single article; JSON Lines records carry their own \"id\" and \"published\" fields.");
            }

            (exit, stats) = AnalyzeJsonLines(o, pipeline, sink, stderr);
        }
        else
        {
            (exit, stats) = AnalyzeSingle(o, pipeline, sink);
        }

        sink.Flush();
        if (o.Stats)
        {
            stats.Print(stderr, watch.Elapsed);
        }

        return exit;
    }

    private static (int, RunStats) AnalyzeSingle(AnalyzeOptions o, AnalysisPipeline pipeline, OutputSink sink)
    {
        PublicationDate? published = null;
        if (o.Published is not null && !PublicationDate.TryParse(o.Published, out published))
        {
            throw new BadInputException(DiagnosticCodes.BadDate, $"--published \"{o.Published}\" is not a date (expected 2018-09-15 or an ISO date-time).");
        }

        var (bytes, where) = InputFiles.ReadSingle(o.Input, o.Limits);
        var format = o.InputFormat switch
        {
            "text" => RawFormat.PlainText,
            "html" => RawFormat.Html,
            _ => TextArticleReader.GuessFormat(o.Input == "-" ? null : o.Input, bytes),
        };
        var id = o.Id ?? (o.Input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(o.Input));
        var raw = TextArticleReader.Read(bytes, where, id, format, o.Limits) with { Published = published };
        var doc = pipeline.Process(raw);
        var indented = o.Format != "jsonl";
        var json = ArticleRecordWriter.ToJson(doc, new RecordOptions { IncludeTokens = o.Tokens, Indented = indented });
        sink.WriteLine(System.Text.Encoding.UTF8.GetBytes(json));
        return (AkhbarCli.Ok, new RunStats(1, 0, bytes.Length));
    }

    private static (int, RunStats) AnalyzeJsonLines(AnalyzeOptions o, AnalysisPipeline pipeline, OutputSink sink, TextWriter stderr)
    {
        var where = o.Input == "-" ? "stdin" : o.Input;
        using var stream = InputFiles.OpenStream(o.Input);
        var recordOptions = new RecordOptions { IncludeTokens = o.Tokens, Indented = o.Format == "json" };
        long ok = 0, failed = 0, bytesIn = 0;
        var lines = JsonLinesReader.ReadLines(stream, where, o.Limits);
        var results = OrderedParallel.Map(lines, line =>
        {
            var parsed = JsonLinesReader.Parse(line, where, o.Limits);
            if (parsed.Article is null)
            {
                return new LineResult(null, parsed.Error!.Message, line.Bytes?.Length ?? 0);
            }

            Akhbar.Core.Model.Document doc;
            try
            {
                doc = pipeline.Process(parsed.Article);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug on one record must not stop the batch: report it with its line and go on.
                return new LineResult(null, $"{where}:{line.LineNumber}: internal error while analyzing ({e.GetType().Name}: {e.Message})", line.Bytes!.Length);
            }

            using var ms = new MemoryStream();
            ArticleRecordWriter.Write(ms, doc, recordOptions);
            return new LineResult(ms.ToArray(), null, line.Bytes!.Length);
        }, o.Threads);

        foreach (var r in results)
        {
            bytesIn += r.InputBytes;
            if (r.Record is not null)
            {
                sink.WriteLine(r.Record);
                ok++;
            }
            else
            {
                stderr.WriteLine($"akhbar: {r.Error}");
                failed++;
            }
        }

        if (failed > 0)
        {
            stderr.WriteLine($"akhbar: {failed:N0} of {ok + failed:N0} records could not be analyzed (listed above); the others were written.");
        }

        return (failed > 0 ? AkhbarCli.BadInput : AkhbarCli.Ok, new RunStats(ok, failed, bytesIn));
    }

    private sealed record LineResult(byte[]? Record, string? Error, long InputBytes);
}
