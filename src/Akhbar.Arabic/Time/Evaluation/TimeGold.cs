using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Time.Evaluation;

/// <summary>One gold time expression: half-open UTF-16 offsets into the record's raw <c>text</c> field.</summary>
public sealed record GoldTime(int Start, int End, string Type, string Value, string? Note);

/// <summary>One gold article of gold/README.md: which record it is, a hash of its text, and its time expressions.</summary>
public sealed record GoldArticle(string Path, string Id, string Corpus, string File, string TextSha256, string? Published, IReadOnlyList<GoldTime> Times)
{
    public static GoldArticle Load(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            var root = doc.RootElement;
            var times = new List<GoldTime>();
            foreach (var t in root.GetProperty("times").EnumerateArray())
            {
                var v = t.GetProperty("value");
                var value = v.ValueKind == JsonValueKind.Array ? string.Join(',', v.EnumerateArray().Select(x => x.GetString())) : v.GetString() ?? "";
                times.Add(new GoldTime(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("type").GetString() ?? "", value,
                    t.TryGetProperty("note", out var n) ? n.GetString() : null));
            }

            return new GoldArticle(path, Str(root, "id"), Str(root, "corpus"), Str(root, "file"), Str(root, "text_sha256"),
                root.TryGetProperty("published", out var p) ? p.GetString() : null, times);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: not a gold file ({e.Message}).");
        }
    }

    /// <summary>
    /// The record this gold file describes, read from the corpus under <paramref name="newsFolder"/> through
    /// <paramref name="records"/>; throws when it is missing or its text changed.
    /// </summary>
    public RawArticle ReadRecord(string newsFolder, GoldRecordCache records)
    {
        var file = System.IO.Path.Combine(newsFolder, Corpus, File);
        var article = records.Find(file, Id, Path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Body)));
        if (!string.Equals(hash, TextSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{Path}: the text of {Id} changed (sha256 {hash}, gold says {TextSha256}); the offsets no longer apply.");
        }

        return article;
    }

    private static string Str(JsonElement root, string name) => root.GetProperty(name).GetString() ?? throw new InvalidOperationException($"\"{name}\" is null");
}
