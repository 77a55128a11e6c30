using Akhbar.Core.Diagnostics;
using Akhbar.Core.Input;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Time.Evaluation;

/// <summary>
/// The corpus records that gold files name (gold/README.md), each corpus file read once per evaluation run and its
/// records kept by id. JSON Lines corpora (ant-multisource, ant-jawharafm) are read here, line by line, parsing only
/// the lines asked for. Any other corpus file, such as the zipped JSON arrays of saudinewsnet, is read through
/// <paramref name="readArticles"/>: the reader that ingest and analyze use, which lives in a project above this one,
/// so that the evaluation finds a record under the same id (<c>&lt;zip stem&gt;-&lt;index&gt;</c>) and with the same
/// text as <c>akhbar analyze</c> gives it. Without it, such a gold file gets a one-line error.
/// </summary>
public sealed class GoldRecordCache(Func<string, IEnumerable<RawArticle>>? readArticles = null)
{
    private readonly Dictionary<string, Dictionary<string, byte[]>> _lines = [];
    private readonly Dictionary<string, Dictionary<string, RawArticle>> _articles = [];

    /// <summary>The record <paramref name="id"/> of the corpus file <paramref name="file"/>; <paramref name="goldPath"/> names the gold file in errors.</summary>
    public RawArticle Find(string file, string id, string goldPath)
    {
        if (!File.Exists(file))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{goldPath}: the corpus file {file} does not exist.");
        }

        return Path.GetExtension(file).ToLowerInvariant() is ".jsonl" or ".ndjson"
            ? FromJsonLines(file, id, goldPath)
            : FromOtherFile(file, id, goldPath);
    }

    private RawArticle FromJsonLines(string file, string id, string goldPath)
    {
        if (!_lines.TryGetValue(file, out var byId))
        {
            byId = [];
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var d = System.Text.Json.JsonDocument.Parse(line);
                if (d.RootElement.TryGetProperty("id", out var value) && value.GetString() is { } s)
                {
                    byId[s] = System.Text.Encoding.UTF8.GetBytes(line);
                }
            }

            _lines[file] = byId;
        }

        if (!byId.TryGetValue(id, out var bytes))
        {
            throw NoRecord(file, id, goldPath);
        }

        var parsed = JsonLinesReader.Parse(new RawJsonLine(1, bytes, null), file, InputLimits.Default);
        return parsed.Article ?? throw parsed.Error!;
    }

    private RawArticle FromOtherFile(string file, string id, string goldPath)
    {
        if (!_articles.TryGetValue(file, out var byId))
        {
            if (readArticles is null)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord,
                    $"{goldPath}: {file} is not a JSON Lines file, and this evaluation was given no reader for other corpus files.");
            }

            byId = [];
            foreach (var article in readArticles(file))
            {
                byId.TryAdd(article.Id, article);
            }

            _articles[file] = byId;
        }

        return byId.TryGetValue(id, out var found) ? found : throw NoRecord(file, id, goldPath);
    }

    private static BadInputException NoRecord(string file, string id, string goldPath) =>
        new(DiagnosticCodes.BadRecord, $"{goldPath}: no readable record with id {id} in {file}.");
}
