using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Counts the folded forms of Arabic words in a corpus, for the word-frequency lexicon that
/// <see cref="CliticSegmenter"/> consults. Reads plain text (one paragraph a line) and JSON Lines whose records
/// carry <c>title</c> and <c>text</c>, optionally gzipped. Words are found by the same <see cref="Tokenizer"/>
/// and folded by the same <see cref="ArabicFolding"/> as the pipeline, so the counts match its lookup keys.
/// </summary>
public sealed class WordFrequencyCounter
{
    private readonly Dictionary<string, (long Count, long Hamza)> _counts = new(StringComparer.Ordinal);
    private readonly List<RawToken> _tokens = [];

    /// <summary>Arabic words counted so far (every occurrence).</summary>
    public long Words { get; private set; }

    /// <summary>Documents (JSON records or text files) read so far.</summary>
    public long Documents { get; private set; }

    /// <summary>Each folded form: how often it occurred, and how often its first letter was a hamza-alef (أ إ آ).</summary>
    public IReadOnlyDictionary<string, (long Count, long Hamza)> Counts => _counts;

    /// <summary>Counts every Arabic word of <paramref name="text"/>.</summary>
    public void AddText(string text)
    {
        _tokens.Clear();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), _tokens);
        var lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var (span, kind) in _tokens)
        {
            // Words longer than any real Arabic word are scraping debris; they would only bloat the lexicon.
            if (kind != TokenKind.Word || span.Length > buffer.Length || !IsArabic(text.AsSpan(span.Start, span.Length)))
            {
                continue;
            }

            var n = ArabicFolding.Fold(text.AsSpan(span.Start, span.Length), buffer);
            if (n == 0)
            {
                continue;
            }

            var key = buffer[..n];
            var hamza = text[span.Start] is '\u0622' or '\u0623' or '\u0625' ? 1 : 0;
            lookup[key] = lookup.TryGetValue(key, out var c) ? (c.Count + 1, c.Hamza + hamza) : (1, hamza);
            Words++;
        }
    }

    /// <summary>
    /// Reads one corpus file: <c>.jsonl</c> / <c>.jsonl.gz</c> (fields <c>title</c> and <c>text</c>) or any other
    /// file as UTF-8 text, gzipped when its name ends in <c>.gz</c>. A malformed JSON line is a
    /// <see cref="BadInputException"/> naming the file and line.
    /// </summary>
    public void AddFile(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false));
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var isJsonLines = name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (isJsonLines)
            {
                AddJsonRecord(line, path, lineNumber);
            }
            else
            {
                AddText(line);
            }
        }

        if (!isJsonLines)
        {
            Documents++;
        }
    }

    private void AddJsonRecord(string line, string path, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}:{lineNumber}: the line is not a JSON object.");
            }

            foreach (var field in (ReadOnlySpan<string>)["title", "text"])
            {
                if (doc.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    AddText(value.GetString()!);
                }
            }

            Documents++;
        }
        catch (JsonException e)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}:{lineNumber}: not valid JSON ({e.Message.Split('\n')[0]})");
        }
    }

    /// <summary>
    /// Writes the forms seen at least <paramref name="minCount"/> times as TSV (<c>word</c>, <c>count</c>, <c>hamza</c>), most
    /// frequent first and then in ordinal order, so that the same corpus always gives the same file.
    /// <paramref name="comments"/> become <c>#</c> lines under the header (provenance).
    /// </summary>
    public int Write(TextWriter output, int minCount, IEnumerable<string> comments)
    {
        output.Write("word\tcount\thamza\n");
        foreach (var comment in comments)
        {
            output.Write($"# {comment}\n");
        }

        var kept = _counts.Where(kv => kv.Value.Count >= minCount)
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (word, (count, hamza)) in kept)
        {
            output.Write(word);
            output.Write('\t');
            output.Write(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.Write('\t');
            output.Write(hamza.ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.Write('\n');
        }

        return kept.Count;
    }

    private static bool IsArabic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!ArabicChars.IsArabicLetter(c) && !ArabicChars.IsDiacritic(c) && c != ArabicChars.Tatweel)
            {
                return false;
            }
        }

        return true;
    }
}
