using Akhbar.Core.Model;

namespace Akhbar.Core.Input;

/// <summary>
/// Reads one article from a plain text or HTML file (or standard input). The whole input is the raw body;
/// for text the cleaner takes the first non-empty line as the headline.
/// </summary>
public static class TextArticleReader
{
    public static RawArticle Read(byte[] bytes, string where, string id, RawFormat format, InputLimits limits) =>
        new()
        {
            Id = id,
            Body = TextDecoder.Decode(bytes, where, limits),
            Format = format,
        };

    /// <summary>HTML when the file name says so or the text starts like a page.</summary>
    public static RawFormat GuessFormat(string? path, ReadOnlySpan<byte> head)
    {
        var ext = path is null ? string.Empty : Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml")
        {
            return RawFormat.Html;
        }

        if (ext is ".txt" or ".text")
        {
            return RawFormat.PlainText;
        }

        var start = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? RawFormat.Html
            : RawFormat.PlainText;
    }
}
