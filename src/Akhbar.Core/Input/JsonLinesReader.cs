using System.Buffers;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Core.Input;

/// <summary>One line of a JSON Lines input: the article, or why that line could not be read.</summary>
public readonly record struct JsonLine(long LineNumber, RawArticle? Article, BadInputException? Error);

/// <summary>The bytes of one non-blank line, not yet parsed, or why it could not be taken (too large).</summary>
public readonly record struct RawJsonLine(long LineNumber, byte[]? Bytes, BadInputException? Error);

/// <summary>
/// Streams articles from JSON Lines, one record per line, without holding the file in memory. A bad line
/// (invalid UTF-8, not JSON, no text, over the size limit) becomes an error for that line and the stream goes on.
/// Blank lines are skipped.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Parsed articles, one per non-blank line.</summary>
    public static IEnumerable<JsonLine> Read(Stream stream, string where, InputLimits limits) =>
        ReadLines(stream, where, limits).Select(l => Parse(l, where, limits));

    /// <summary>Turns the bytes of one line into an article, or into the error that says why it is not one.</summary>
    public static JsonLine Parse(RawJsonLine line, string where, InputLimits limits)
    {
        if (line.Error is not null || line.Bytes is null)
        {
            return new JsonLine(line.LineNumber, null, line.Error);
        }

        var at = $"{where}:{line.LineNumber}";
        try
        {
            // JSON is parsed from the UTF-8 bytes: decoding the line to a string first would only be encoded back.
            var start = TextDecoder.Check(line.Bytes, at, limits);
            var json = line.Bytes.AsMemory(start);
            return new JsonLine(line.LineNumber, JsonArticleReader.Read(json, at, $"{Path.GetFileNameWithoutExtension(where)}-{line.LineNumber}"), null);
        }
        catch (BadInputException e)
        {
            return new JsonLine(line.LineNumber, null, e);
        }
    }

    /// <summary>Streams the non-blank lines of JSON Lines input as bytes, so that parsing can run in parallel.</summary>
    public static IEnumerable<RawJsonLine> ReadLines(Stream stream, string where, InputLimits limits)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var chunk = new byte[64 * 1024];
        long lineNumber = 0;
        var oversized = false;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var pos = 0;
            while (pos < read)
            {
                var nl = chunk.AsSpan(pos, read - pos).IndexOf((byte)'\n');
                var partLength = nl < 0 ? read - pos : nl;
                if (!oversized)
                {
                    if (buffer.WrittenCount + partLength > limits.MaxArticleBytes + 1024)
                    {
                        oversized = true;
                        buffer.Clear();
                    }
                    else
                    {
                        buffer.Write(chunk.AsSpan(pos, partLength));
                    }
                }

                if (nl < 0)
                {
                    break;
                }

                lineNumber++;
                var line = Finish(buffer, ref oversized, lineNumber, where, limits);
                if (line is { } l)
                {
                    yield return l;
                }

                pos += nl + 1;
            }
        }

        if (buffer.WrittenCount > 0 || oversized)
        {
            lineNumber++;
            var line = Finish(buffer, ref oversized, lineNumber, where, limits);
            if (line is { } l)
            {
                yield return l;
            }
        }
    }

    private static RawJsonLine? Finish(ArrayBufferWriter<byte> buffer, ref bool oversized, long lineNumber, string where, InputLimits limits)
    {
        try
        {
            if (oversized)
            {
                return new RawJsonLine(lineNumber, null, new BadInputException(DiagnosticCodes.TooLarge,
                    $"{where}:{lineNumber}: the record is over the limit of {limits.MaxArticleBytes:N0} bytes for one article (raise it with --max-bytes)."));
            }

            var bytes = buffer.WrittenSpan;
            if (!bytes.IsEmpty && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            return bytes.Trim(" \t"u8).IsEmpty ? null : new RawJsonLine(lineNumber, bytes.ToArray(), null);
        }
        finally
        {
            buffer.Clear();
            oversized = false;
        }
    }
}
