using System.Text;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Core.Input;

/// <summary>
/// Turns the bytes of one input into text, refusing with a one-line <see cref="BadInputException"/> what is
/// not text: empty input, binary data, invalid UTF-8, input over the size limit. A UTF-8 byte order mark is dropped.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string where, InputLimits limits)
    {
        var start = Check(bytes, where, limits);
        return StrictUtf8.GetString(bytes[start..]);
    }

    /// <summary>
    /// Checks that the bytes are text that <see cref="Decode"/> would accept, without decoding them, and returns
    /// where the text starts (after a byte order mark). For readers that parse UTF-8 directly, such as JSON.
    /// </summary>
    public static int Check(ReadOnlySpan<byte> bytes, string where, InputLimits limits)
    {
        if (bytes.Length > limits.MaxArticleBytes)
        {
            throw new BadInputException(DiagnosticCodes.TooLarge,
                $"{where}: {bytes.Length:N0} bytes is over the limit of {limits.MaxArticleBytes:N0} bytes for one article (raise it with --max-bytes).");
        }

        if (bytes.IsEmpty)
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{where}: the input is empty.");
        }

        if (LooksBinary(bytes))
        {
            throw new BadInputException(DiagnosticCodes.BinaryInput, $"{where}: the input looks binary, not text (it has NUL or control bytes).");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes[start..]))
        {
            try
            {
                // Decoding again only to learn where the first bad byte is, for the message.
                _ = StrictUtf8.GetCharCount(bytes[start..]);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? $" at byte {e.Index:N0}" : string.Empty;
                throw new BadInputException(DiagnosticCodes.InvalidUtf8, $"{where}: the input is not valid UTF-8{at}.");
            }

            throw new BadInputException(DiagnosticCodes.InvalidUtf8, $"{where}: the input is not valid UTF-8.");
        }

        return start;
    }

    /// <summary>
    /// Binary when the first 8 KB hold a NUL byte or more than 10% C0 control bytes other than tab, CR, LF and form feed.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return controls * 10 > head.Length;
    }
}
