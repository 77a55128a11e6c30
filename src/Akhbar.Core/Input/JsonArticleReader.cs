using System.Text.Json;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Core.Input;

/// <summary>
/// Reads one article from a JSON object: <c>id</c>, <c>title</c>, <c>text</c> or <c>html</c>, <c>published</c>,
/// <c>url</c>, <c>source</c>; every other field is kept in <see cref="RawArticle.Meta"/>. Also reads the
/// SaudiNewsNet field names (<c>content</c>, <c>date_extracted</c>) so their dumps need no conversion.
/// </summary>
public static class JsonArticleReader
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "id", "title", "text", "html", "published", "url", "source",
    };

    public static RawArticle Read(string json, string where, string fallbackId, InputLimits limits)
    {
        if (System.Text.Encoding.UTF8.GetMaxByteCount(json.Length) > limits.MaxArticleBytes
            && System.Text.Encoding.UTF8.GetByteCount(json) > limits.MaxArticleBytes)
        {
            throw new BadInputException(DiagnosticCodes.TooLarge,
                $"{where}: the record is over the limit of {limits.MaxArticleBytes:N0} bytes for one article (raise it with --max-bytes).");
        }

        return Read(() => JsonDocument.Parse(json), where, fallbackId);
    }

    /// <summary>Reads an article from UTF-8 JSON already checked as text (<see cref="TextDecoder.Check"/>) and within the size limit.</summary>
    public static RawArticle Read(ReadOnlyMemory<byte> utf8Json, string where, string fallbackId) =>
        Read(() => JsonDocument.Parse(utf8Json), where, fallbackId);

    private static RawArticle Read(Func<JsonDocument> parse, string where, string fallbackId)
    {
        JsonDocument doc;
        try
        {
            doc = parse();
        }
        catch (JsonException e)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: not valid JSON ({FirstLine(e.Message)}).");
        }

        using (doc)
        {
            return Read(doc.RootElement, where, fallbackId);
        }
    }

    public static RawArticle Read(JsonElement root, string where, string fallbackId)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: expected a JSON object with the article, found {root.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var text = GetString(root, "text") ?? GetString(root, "content");
        var html = GetString(root, "html");
        var format = RawFormat.PlainText;
        var body = text;
        if (string.IsNullOrWhiteSpace(body) && !string.IsNullOrWhiteSpace(html))
        {
            body = html;
            format = RawFormat.Html;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: the record has no article text (no non-empty \"text\" or \"html\" field).");
        }

        var diagnostics = new List<Diagnostic>();
        PublicationDate? published = null;
        var publishedText = GetString(root, "published") ?? GetString(root, "date_extracted");
        if (publishedText is not null && !PublicationDate.TryParse(publishedText, out published))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BadDate, $"the publication date \"{Truncate(publishedText)}\" is not a date; it was ignored."));
        }

        var meta = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in root.EnumerateObject())
        {
            if (!KnownFields.Contains(p.Name) && !(p.Name == "content" && text is not null && GetString(root, "text") is null))
            {
                meta[p.Name] = p.Value.Clone();
            }
        }

        var id = GetScalar(root, "id");
        return new RawArticle
        {
            Id = string.IsNullOrWhiteSpace(id) ? fallbackId : id,
            Body = body,
            Format = format,
            Title = GetString(root, "title"),
            Url = GetString(root, "url"),
            Source = GetString(root, "source"),
            Published = published,
            Meta = meta,
            InputDiagnostics = diagnostics,
        };
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? GetScalar(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n', StringComparison.Ordinal);
        return i < 0 ? s : s[..i];
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
