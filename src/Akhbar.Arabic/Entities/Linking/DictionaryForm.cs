namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The form in which the Arabic actor dictionary writes an organization's name: its entries are UDPipe
/// lemmas, so words lose the article and a nisba is masculine ("وزارة_خزانة_أميركي_" for "وزارة الخزانة
/// الأميركية", "اتحاد_أوروبي_" for "الاتحاد الأوروبي"). Broken plurals are not undone (الأمم stays, where
/// the dictionary has أمة). A word joined by و writes the conjunction apart ("حزب_عدالة_و_تنمية_" for "حزب العدالة والتنمية").
/// </summary>
public static class DictionaryForm
{
    /// <summary>The dictionary form of a folded key (teh marbuta folded to heh).</summary>
    public static string Of(string key)
    {
        var words = key.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];

            // "والتنميه" after the first word is و and a defined noun: the noun loses its article like any other.
            var conjunction = i > 0 && w.Length > 5 && w.StartsWith("وال", StringComparison.Ordinal);
            if (conjunction)
            {
                w = w[1..];
            }

            if (w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal))
            {
                w = w[2..];
            }

            // A feminine nisba after the head noun is written masculine: "اميركيه" is "اميركي". A noun joined by و is no
            // nisba of the head ("والتنميه").
            if (i > 0 && !conjunction && w.Length > 3 && w.EndsWith("يه", StringComparison.Ordinal))
            {
                w = w[..^1];
            }

            words[i] = conjunction ? "و " + w : w;
        }

        return string.Join(' ', words);
    }
}
