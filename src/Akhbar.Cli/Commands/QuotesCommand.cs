using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Akhbar.Arabic;
using Akhbar.Core.Input;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using Akhbar.Core.Text;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar quotes</c>: who said what in one article or a JSON Lines corpus, as a table or as JSON Lines.</summary>
public static class QuotesCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A .txt or .html article, or a .jsonl corpus with one article per line." };
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes whose speaker text contains NAME (compared on folded text: أ/ا, ة/ه ...)." };
        var format = new Option<string>("--format") { Description = "table (readable) or jsonl (one quote per line).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var threads = new Option<int>("--threads") { Description = "Articles analyzed in parallel for a corpus.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("quotes", "Who said what: the quotes of an article or a corpus with speaker, cue and words.") { input, speaker, format, threads };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var filter = parse.GetValue(speaker) is { Length: > 0 } name ? ArabicFolding.Fold(name) : null;
            if (parse.GetValue(threads) < 1)
            {
                throw new CliUsageException("--threads must be at least 1.");
            }

            var output = parse.InvocationConfiguration.Output;
            var table = parse.GetValue(format) == "table";
            if (table)
            {
                output.WriteLine("article\tspeaker\tkind\tcue\tquote");
            }

            foreach (var doc in Documents(path, parse.GetValue(threads)))
            {
                foreach (var q in doc.Quotes)
                {
                    var speakerText = q.Speaker is { } s ? doc.Slice(s) : null;
                    if (filter is not null && (speakerText is null || !ArabicFolding.Fold(speakerText).Contains(filter, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    if (table)
                    {
                        output.WriteLine($"{doc.Id}\t{speakerText ?? "-"}\t{Quote.KindName(q.Kind)}\t{doc.Slice(q.Cue)}\t{OneLine(doc.Slice(q.Content))}");
                    }
                    else
                    {
                        output.WriteLine(Json(doc, q, speakerText));
                    }
                }
            }

            return AkhbarCli.Ok;
        });
        return command;
    }

    private static IEnumerable<Document> Documents(string path, int threads)
    {
        var pipeline = ArabicPipeline.CreateDefault();
        var limits = InputLimits.Default;
        if (Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson")
        {
            using var stream = InputFiles.OpenStream(path);
            foreach (var doc in OrderedParallel.Map(JsonLinesReader.ReadLines(stream, path, limits), line => Analyze(pipeline, line, path, limits), threads))
            {
                yield return doc;
            }

            yield break;
        }

        var (bytes, where) = InputFiles.ReadSingle(path, limits);
        var raw = TextArticleReader.Read(bytes, where, Path.GetFileNameWithoutExtension(path), TextArticleReader.GuessFormat(path, bytes), limits);
        yield return pipeline.Process(raw);
    }

    private static Document Analyze(AnalysisPipeline pipeline, RawJsonLine line, string where, InputLimits limits)
    {
        var parsed = JsonLinesReader.Parse(line, where, limits);
        return pipeline.Process(parsed.Article ?? throw parsed.Error!);
    }

    /// <summary>A quote as one JSON line: the article id, then the fields of the record's quote object.</summary>
    private static string Json(Document doc, Quote q, string? speakerText)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteString("speaker_text", speakerText);
            w.WriteString("kind", Quote.KindName(q.Kind));
            w.WriteString("cue", doc.Slice(q.Cue));
            w.WriteNumber("start", q.Content.Start);
            w.WriteNumber("end", q.Content.End);
            w.WriteString("text", doc.Slice(q.Content));
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\t', ' ');
}
