namespace Akhbar.Core.Text;

/// <summary>Character classes of Arabic script that the tokenizer, cleaner and folding share.</summary>
public static class ArabicChars
{
    public const char Tatweel = '\u0640';

    /// <summary>Letters of the Arabic block proper (hamza to yeh, plus the extended letters used for foreign sounds).</summary>
    public static bool IsArabicLetter(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or '\u06D5'
            or >= '\u06EE' and <= '\u06EF' or >= '\u06FA' and <= '\u06FC' or '\u06FF';

    /// <summary>Harakat, tanwin, shadda, sukun, dagger alef and Quranic marks: combining marks that folding drops.</summary>
    public static bool IsDiacritic(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED' or >= '\u0610' and <= '\u061A';

    public static bool IsArabicIndicDigit(char c) => c is >= '\u0660' and <= '\u0669';

    public static bool IsExtendedArabicIndicDigit(char c) => c is >= '\u06F0' and <= '\u06F9';

    /// <summary>Any decimal digit that Arabic news uses: Western, Arabic-Indic or Persian.</summary>
    public static bool IsAnyDigit(char c) => c is >= '0' and <= '9' || IsArabicIndicDigit(c) || IsExtendedArabicIndicDigit(c);

    /// <summary>The Western digit value of any digit accepted by <see cref="IsAnyDigit"/>, else -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>A character that may be part of a word: a letter of any script, a diacritic or tatweel.</summary>
    public static bool IsWordChar(char c) =>
        c is >= '\u0621' and <= '\u064A' // the Arabic letters and tatweel: most characters of the text, answered first
        || (c < '\u0080' ? char.IsAsciiLetter(c)
            : char.IsLetter(c) || IsDiacritic(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    /// <summary>Bidi controls and zero-width characters that carry no content in news text.</summary>
    public static bool IsInvisibleControl(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u2060' or '\u00AD'
            or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Arabic presentation forms (ligatures and contextual shapes) that NFKC folds back to letters.</summary>
    public static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';

    /// <summary>Spaces other than U+0020 that scraped pages contain (NBSP, thin and em spaces, tabs).</summary>
    public static bool IsOddSpace(char c) =>
        c is '\t' or '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A' or '\u202F' or '\u205F' or '\u3000' or '\v' or '\f';
}
