using System.Globalization;
using System.Text;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Cleaning;

/// <summary>
/// What <see cref="UnicodeCleaner"/> does with one UTF-16 code unit, read from a 64K table built once: the cleaner
/// asks this of every character of every line, and one load is several times cheaper than the range tests and
/// Unicode category lookups it replaces.
/// </summary>
internal static class CleanCharClass
{
    /// <summary>Copied, and cannot make a line unstable: see <see cref="IsPlain"/>.</summary>
    public const byte Plain = 0;

    /// <summary>U+0020.</summary>
    public const byte Space = 1;

    /// <summary>Any other space (<see cref="ArabicChars.IsOddSpace"/>) and CR: written as one U+0020.</summary>
    public const byte OddSpace = 2;

    /// <summary>Bidi and zero-width controls, soft hyphen, tatweel and C0/C1 controls other than LF: removed.</summary>
    public const byte Removed = 3;

    /// <summary>Arabic presentation forms: folded to letters.</summary>
    public const byte PresentationForm = 4;

    /// <summary>Everything else: copied, but the line it is in gets the stability check.</summary>
    public const byte Other = 5;

    /// <summary>Flag bit: a combining mark (Mn, Mc or Me), which joins the cluster of the character before it.</summary>
    public const byte CombiningFlag = 0x10;

    private const byte ClassMask = 0x0F;

    private static readonly byte[] Table = BuildTable();

    public static byte Of(char c) => (byte)(Table[c] & ClassMask);

    public static bool IsCombining(char c) => (Table[c] & CombiningFlag) != 0;

    /// <summary>A plain character (plain characters are never combining marks themselves).</summary>
    public static bool IsPlainAlone(char c) => Table[c] == Plain;

    private static byte[] BuildTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var cls = Classify(ch);
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            var combining = cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            table[c] = (byte)(cls | (combining ? CombiningFlag : 0));
        }

        return table;
    }

    /// <summary>The same tests, in the same order, that the cleaner made on each character before the table.</summary>
    private static byte Classify(char c)
    {
        if (c == ' ')
        {
            return Space;
        }

        if (ArabicChars.IsOddSpace(c) || c == '\r')
        {
            return OddSpace;
        }

        if (ArabicChars.IsInvisibleControl(c) || c == ArabicChars.Tatweel || (char.IsControl(c) && c != '\n'))
        {
            return Removed;
        }

        if (ArabicChars.IsPresentationForm(c))
        {
            return PresentationForm;
        }

        return IsPlain(c) ? Plain : Other;
    }

    /// <summary>
    /// Characters that a line may contain any number of, in any order, and still be stable when cleaned again:
    /// each is NFC on its own, none is a combining mark or a character that composes with the one before it (those
    /// are marks, Hangul jamo and a few Indic vowel signs, none of them in these ranges), and none is folded, removed
    /// or a space. The ranges are the script and punctuation of the news; anything outside them is checked as before.
    /// </summary>
    private static bool IsPlain(char c)
    {
        var inRange = c is (>= '\u0021' and <= '\u007E') or (>= '\u00A1' and <= '\u00FF' and not '\u00AD')
            or (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') or (>= '\u0660' and <= '\u066D')
            or '\u060C' or '\u061B' or '\u061F' or (>= '\u06F0' and <= '\u06F9')
            or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E');
        if (!inRange)
        {
            return false;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator)
            && !ArabicChars.IsInvisibleControl(c) && !ArabicChars.IsPresentationForm(c) && !ArabicChars.IsOddSpace(c)
            && c != ArabicChars.Tatweel && c.ToString().IsNormalized(NormalizationForm.FormC);
    }
}
