namespace Akhbar.Core.Text;

/// <summary>
/// Folding for lookup and search keys only; the text users see is never folded. Alef variants become bare
/// alef, alef maqsura becomes yeh, teh marbuta becomes heh, hamza on waw/yeh becomes the bare carrier,
/// diacritics and tatweel are dropped, every digit becomes Western, and Latin letters are lower-cased.
/// </summary>
public static class ArabicFolding
{
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Fold(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Folds into <paramref name="destination"/> (at least as long as the input) and returns the folded length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        foreach (var c in text)
        {
            var f = FoldChar(c);
            if (f != '\0')
            {
                destination[n++] = f;
            }
        }

        return n;
    }

    /// <summary>The folded form of one character, or '\0' when folding drops it.</summary>
    public static char FoldChar(char c) => Table[c];

    /// <summary>
    /// <see cref="Compute"/> for every UTF-16 code unit, built once (128 KB): every token is folded, and a table
    /// read is several times cheaper than the tests below.
    /// </summary>
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = Compute((char)c);
        }

        return table;
    }

    private static char Compute(char c)
    {
        switch (c)
        {
            case '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673':
                return '\u0627';
            case '\u0649':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u0624':
                return '\u0648';
            case '\u0626':
                return '\u064A';
            case '\u06CC' or '\u06D2':
                return '\u064A';
            case '\u06A9':
                return '\u0643';
            case ArabicChars.Tatweel:
                return '\0';
        }

        if (ArabicChars.IsDiacritic(c) || ArabicChars.IsInvisibleControl(c))
        {
            return '\0';
        }

        var digit = ArabicChars.DigitValue(c);
        if (digit >= 0)
        {
            return (char)('0' + digit);
        }

        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }
}
