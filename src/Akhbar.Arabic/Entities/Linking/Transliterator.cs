using System.Text;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A rule-based Arabic-to-Latin transliteration for names that no dictionary knows: consonants map one to
/// one (ش sh, خ kh, غ gh ...), و and ي become u and i between consonants and w and y elsewhere, the article
/// becomes "al-", and each word is capitalized. It is a reading aid, not a standard romanization: short
/// vowels are not written in Arabic, so "سلمان" gives "Slman".
/// </summary>
public static class Transliterator
{
    private static readonly Dictionary<string, string> NoSpellings = new(StringComparer.Ordinal);

    public static string ToLatin(string arabic) => ToLatin(arabic, NoSpellings);

    /// <summary>
    /// The transliteration, with the words and two-word names that <paramref name="spellings"/> knows (folded
    /// keys, such as "عبد العزيز" or "خالد") written as the press writes them ("Abdulaziz", "Khaled"), also
    /// after the article ("الفيصل" is "al-Faisal").
    /// </summary>
    public static string ToLatin(string arabic, IReadOnlyDictionary<string, string> spellings)
    {
        var words = arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var key = spellings.Count == 0 ? string.Empty : ArabicFolding.Fold(words[i]);
            string latin;
            if (i + 1 < words.Length && spellings.Count > 0 && spellings.TryGetValue(key + " " + ArabicFolding.Fold(words[i + 1]), out var pair))
            {
                latin = pair;
                i++;
            }
            else if (spellings.TryGetValue(key, out var known))
            {
                latin = known;
            }
            else if (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal) && spellings.TryGetValue(key[2..], out var afterArticle))
            {
                latin = "al-" + afterArticle;
            }
            else
            {
                AppendWord(result, words[i]);
                continue;
            }

            if (latin.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(latin);
        }

        return result.ToString();
    }

    /// <summary>Appends the transliteration of one word, after a space when the result has words already; nothing when it has no Latin letter.</summary>
    private static void AppendWord(StringBuilder result, string word)
    {
        var body = word.AsSpan();
        var article = false;
        if (body.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            article = true;
            body = body[2..];
        }

        // At most two Latin letters for an Arabic one; written on the stack, then added to the result once trimmed.
        Span<char> letters = body.Length <= 128 ? stackalloc char[body.Length * 2] : new char[body.Length * 2];
        var length = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var consonantBefore = i > 0 && IsConsonant(body[i - 1]);
            var last = i == body.Length - 1;
            var latin = c switch
            {
                'ا' or 'آ' or 'ى' => "a",
                'أ' => i == 0 ? "a" : "'",
                'إ' => "i",
                'ء' or 'ئ' or 'ؤ' => "'",
                'ب' => "b",
                'ت' => "t",
                'ث' => "th",
                'ج' => "j",
                'ح' => "h",
                'خ' => "kh",
                'د' => "d",
                'ذ' => "dh",
                'ر' => "r",
                'ز' => "z",
                'س' => "s",
                'ش' => "sh",
                'ص' => "s",
                'ض' => "d",
                'ط' => "t",
                'ظ' => "z",
                'ع' => "'",
                'غ' => "gh",
                'ف' => "f",
                'ق' => "q",
                'ك' => "k",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'ه' => "h",
                'ة' => "a",
                'و' => consonantBefore || last ? "u" : "w",
                'ي' => consonantBefore || last ? "i" : "y",
                _ => string.Empty,
            };
            latin.CopyTo(letters[length..]);
            length += latin.Length;
        }

        var trimmed = letters[..length].Trim('\'');
        if (trimmed.IsEmpty)
        {
            return;
        }

        if (result.Length > 0)
        {
            result.Append(' ');
        }

        if (article)
        {
            result.Append("al-");
        }

        result.Append(char.ToUpperInvariant(trimmed[0])).Append(trimmed[1..]);
    }

    private static bool IsConsonant(char c) => c is not ('ا' or 'و' or 'ي' or 'ى' or 'آ' or 'ة');
}
