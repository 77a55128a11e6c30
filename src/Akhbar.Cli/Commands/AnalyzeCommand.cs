using System.CommandLine;
using System.Diagnostics;
using Akhbar.Arabic;
using Akhbar.Cli.Corpus;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Input;
using Akhbar.Core.Model;
using Akhbar.Core.Output;
using Akhbar.Core.Pipeline;
using Akhbar.Storage.Ingestion;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar analyze</c>: one article (text, HTML) or a JSON Lines corpus in, JSON records out.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("input")
        {
            Description = "A .txt or .html article, a .jsonl file with one article per line, a .json file (one article or an array) or .zip archive of articles, or - for standard input. "
                + "Several .jsonl files or directories (their *.jsonl files, in name order) are analyzed as one stream of records.",
            Arity = ArgumentArity.OneOrMore,
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
        var eventFilter = new Option<bool>("--event-filter")
        {
            Description = "Drop the PROTEST and ASSAULT events that the learned filter does not take for reports of a real event (higher precision, lower recall; docs/stages/events.md, \"The event filter\").",
        };

        var command = new Command("analyze", "Clean and analyze Arabic news: prints akhbar.article/1 JSON records (docs/CONTRACT.md).")
        {
            input, published, id, format, inputFormat, tokens, maxBytes, threads, stats, eventFilter,
        };

        command.SetAction(parse =>
        {
            var options = new AnalyzeOptions(
                parse.GetValue(input) ?? [],
                parse.GetValue(published),
                parse.GetValue(id),
                parse.GetValue(format),
                parse.GetValue(inputFormat)!,
                parse.GetValue(tokens),
                new InputLimits { MaxArticleBytes = parse.GetValue(maxBytes) },
                parse.GetValue(threads),
                parse.GetValue(stats),
                parse.GetValue(eventFilter));
            return Run(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });

        return command;
    }

    private sealed record AnalyzeOptions(
        string[] Inputs, string? Published, string? Id, string? Format, string InputFormat, bool Tokens, InputLimits Limits, int Threads, bool Stats, bool EventFilter);

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

        var isJsonLines = o.Inputs.Length > 1 || o.InputFormat == "jsonl"
            || (o.InputFormat == "auto" && o.Inputs[0] != "-" && (IsJsonLinesName(o.Inputs[0]) || Directory.Exists(o.Inputs[0])));
        var isCollection = !isJsonLines && o.InputFormat == "auto" && IsCollectionName(o.Inputs[0]);
        var pipeline = ArabicPipeline.CreateDefault(eventFilter: o.EventFilter);
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

            if (o.InputFormat is "text" or "html")
            {
                throw new CliUsageException($"--input-format {o.InputFormat} reads a single article; several inputs and directories must be JSON Lines.");
            }

            (exit, stats) = AnalyzeJsonLines(o, JsonLinesFiles(o.Inputs, namedAsJsonLines: o.InputFormat == "jsonl"), pipeline, sink, stderr);
        }
        else if (isCollection)
        {
            if (o.Id is not null)
            {
                throw new CliUsageException("--id applies to a single article; the articles of a .json or .zip file carry their own ids.");
            }

            (exit, stats) = AnalyzeCollection(o, pipeline, sink, stderr);
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

    /// <summary>The --published date, or null when none was given; a value that is no date is bad input.</summary>
    private static PublicationDate? Published(AnalyzeOptions o)
    {
        PublicationDate? published = null;
        if (o.Published is not null && !PublicationDate.TryParse(o.Published, out published))
        {
            throw new BadInputException(DiagnosticCodes.BadDate, $"--published \"{o.Published}\" is not a date (expected 2018-09-15 or an ISO date-time).");
        }

        return published;
    }

    private static (int, RunStats) AnalyzeSingle(AnalyzeOptions o, AnalysisPipeline pipeline, OutputSink sink)
    {
        var published = Published(o);

        var path = o.Inputs[0];
        var (bytes, where) = InputFiles.ReadSingle(path, o.Limits);
        var format = o.InputFormat switch
        {
            "text" => RawFormat.PlainText,
            "html" => RawFormat.Html,
            _ => TextArticleReader.GuessFormat(path == "-" ? null : path, bytes),
        };
        var id = o.Id ?? (path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path));
        var raw = TextArticleReader.Read(bytes, where, id, format, o.Limits) with { Published = published };
        var doc = pipeline.Process(raw);
        var indented = o.Format != "jsonl";
        var json = ArticleRecordWriter.ToJson(doc, new RecordOptions { IncludeTokens = o.Tokens, Indented = indented });
        sink.WriteLine(System.Text.Encoding.UTF8.GetBytes(json));
        return (AkhbarCli.Ok, new RunStats(1, 0, bytes.Length));
    }

    private static bool IsJsonLinesName(string path) => Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";

    /// <summary>A .json file (one article or an array of them) or a .zip archive of articles, read as ingest reads them.</summary>
    private static bool IsCollectionName(string path) => path != "-" && Path.GetExtension(path).ToLowerInvariant() is ".json" or ".zip";

    /// <summary>
    /// The articles of a .json file or a .zip archive (the SaudiNewsNet layout), through the reader ingest and export use:
    /// one record per article, in order; an article that cannot be read or analyzed is reported and the others written.
    /// </summary>
    private static (int, RunStats) AnalyzeCollection(AnalyzeOptions o, AnalysisPipeline pipeline, OutputSink sink, TextWriter stderr)
    {
        var published = Published(o);
        var recordOptions = new RecordOptions { IncludeTokens = o.Tokens, Indented = o.Format == "json" };
        var reader = new CorpusReader(o.Inputs, null, o.Limits);
        var files = reader.Plan();
        var results = OrderedParallel.Map(reader.Read(files), item => AnalyzeItem(item, published, pipeline, recordOptions), o.Threads);
        var (exit, stats) = WriteResults(results, "articles", sink, stderr);
        return (exit, stats with { InputBytes = reader.TotalBytes });
    }

    private static LineResult AnalyzeItem(IngestItem item, PublicationDate? published, AnalysisPipeline pipeline, RecordOptions recordOptions)
    {
        var (record, error) = CorpusItemRunner.Run(
            item,
            article => ArticleRecordWriter.ToUtf8(pipeline.Process(article with { Published = article.Published ?? published }), recordOptions),
            "analyzing");
        return new LineResult(record, error is null ? null : $"{item.Location}: {error}", 0);
    }

    /// <summary>
    /// The JSON Lines files named on the command line, directories expanded to their .jsonl and .ndjson files in
    /// ordinal name order. Every file is checked before the first record is read, so a typo fails at once.
    /// </summary>
    private static List<string> JsonLinesFiles(string[] inputs, bool namedAsJsonLines)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                if (inputs.Length > 1)
                {
                    throw new CliUsageException("standard input (-) cannot be combined with other inputs.");
                }

                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var inDirectory = Directory.EnumerateFiles(input).Where(IsJsonLinesName).Order(StringComparer.Ordinal).ToList();
                if (inDirectory.Count == 0)
                {
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{input}: the directory has no .jsonl or .ndjson file.");
                }

                files.AddRange(inDirectory);
            }
            else
            {
                if (inputs.Length > 1 && !namedAsJsonLines && !IsJsonLinesName(input))
                {
                    // Several articles as text or HTML files would each need their own --id and --published.
                    throw new CliUsageException($"{input}: several inputs must be JSON Lines files (.jsonl, .ndjson) or directories; analyze a text or HTML article on its own, or pass --input-format jsonl.");
                }

                InputFiles.CheckFile(input);
                files.Add(input);
            }
        }

        return files;
    }

    /// <summary>The non-blank lines of every file, one file after another, each with the file it came from.</summary>
    private static IEnumerable<(string Where, RawJsonLine Line)> LinesOf(List<string> files, InputLimits limits)
    {
        foreach (var file in files)
        {
            var where = file == "-" ? "stdin" : file;
            using var stream = InputFiles.OpenStream(file);
            foreach (var line in JsonLinesReader.ReadLines(stream, where, limits))
            {
                yield return (where, line);
            }
        }
    }

    private static (int, RunStats) AnalyzeJsonLines(AnalyzeOptions o, List<string> files, AnalysisPipeline pipeline, OutputSink sink, TextWriter stderr)
    {
        var recordOptions = new RecordOptions { IncludeTokens = o.Tokens, Indented = o.Format == "json" };
        var results = OrderedParallel.Map(LinesOf(files, o.Limits), item => AnalyzeLine(item.Where, item.Line, pipeline, recordOptions, o.Limits), o.Threads);
        return WriteResults(results, "records", sink, stderr);
    }

    /// <summary>Writes each record in order and each failure to stderr with its location, then a count of the failures.</summary>
    private static (int, RunStats) WriteResults(IEnumerable<LineResult> results, string what, OutputSink sink, TextWriter stderr)
    {
        long ok = 0, failed = 0, bytesIn = 0;
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
            stderr.WriteLine($"akhbar: {failed:N0} of {ok + failed:N0} {what} could not be analyzed (listed above); the others were written.");
        }

        return (failed > 0 ? AkhbarCli.BadInput : AkhbarCli.Ok, new RunStats(ok, failed, bytesIn));
    }

    private static LineResult AnalyzeLine(string where, RawJsonLine line, AnalysisPipeline pipeline, RecordOptions recordOptions, InputLimits limits)
    {
        var bytes = line.Bytes?.Length ?? 0;
        var parsed = JsonLinesReader.Parse(line, where, limits);
        if (parsed.Article is null)
        {
            return new LineResult(null, parsed.Error!.Message, bytes);
        }

        try
        {
            var doc = pipeline.Process(parsed.Article);
            return new LineResult(ArticleRecordWriter.ToUtf8(doc, recordOptions), null, bytes);
        }
#pragma warning disable CA1031 // One record that trips a bug must not stop a batch of thousands: it is reported like a bad record.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new LineResult(null, $"{where}:{line.LineNumber}: internal error while analyzing this record ({e.GetType().Name}: {e.Message}); please report it.", bytes);
        }
    }

    private sealed record LineResult(byte[]? Record, string? Error, long InputBytes);
}
