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
                latin = Word(words[i]);
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

    private static string Word(string word)
    {
        var body = word;
        var prefix = string.Empty;
        if (body.Length > 3 && body.StartsWith("ال", StringComparison.Ordinal))
        {
            prefix = "al-";
            body = body[2..];
        }

        var sb = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var consonantBefore = i > 0 && IsConsonant(body[i - 1]);
            var last = i == body.Length - 1;
            sb.Append(c switch
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
            });
        }

        var latin = sb.ToString().Trim('\'');
        if (latin.Length == 0)
        {
            return string.Empty;
        }

        if (prefix.Length > 0)
        {
            return "al-" + char.ToUpperInvariant(latin[0]) + latin[1..];
        }

        return char.ToUpperInvariant(latin[0]) + latin[1..];
    }

    private static bool IsConsonant(char c) => c is not ('ا' or 'و' or 'ي' or 'ى' or 'آ' or 'ة');
}
