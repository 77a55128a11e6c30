namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Regular formation of the nisba adjective from an Arabic country name: the article goes ("العراق" to
/// "عراقي"), a final "يا" or "ا" is replaced ("روسيا" to "روسي", "كندا" to "كندي"), otherwise "ي" is
/// added ("مصر" to "مصري", "إيران" to "إيراني"); a name of two or more words forms the nisba of its first
/// word followed by its adjectives made masculine ("كوريا الجنوبية" to "كوري جنوبي"). Names headed by a
/// generic word (مملكة، جمهورية، جزر ...) have no regular nisba: the importer's table of irregular forms
/// covers the ones that news uses. Results are without the article; callers add "ال" and the feminine "ة".
/// </summary>
public static class Nisba
{
    private static readonly HashSet<string> GenericHeads =
        ["مملكة", "المملكة", "جمهورية", "الجمهورية", "جزر", "جزيرة", "إمارات", "الإمارات", "ولايات", "الولايات", "دولة", "منطقة", "أراضي", "الأراضي", "اتحاد", "الاتحاد", "مدينة", "إقليم"];

    public static string? Regular(string countryName)
    {
        // "ميانمار (بورما)" and "الكونغو - كينشاسا": the part before the gloss is the name.
        var cut = countryName.IndexOfAny(['(', '-']);
        var name = cut > 0 ? countryName[..cut] : countryName;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && GenericHeads.Contains(words[0]))
        {
            // "جزر فارو" and "جمهورية الدومينيكان": the nisba is that of the proper name after the generic word.
            words = words[1..];

            // "المملكة المتحدة": what follows is an adjective of the generic word, not a name.
            if (words[0].StartsWith("ال", StringComparison.Ordinal) && words[0].EndsWith('ة'))
            {
                return null;
            }
        }

        var and = Array.FindIndex(words, 1, w => w.StartsWith('و') && w.Length > 3);
        if (and > 0)
        {
            // "ترينيداد وتوباغو": the nisba is that of the first part.
            words = words[..and];
        }

        if (words.Length == 0 || GenericHeads.Contains(words[0]) || cut == 0)
        {
            return null;
        }

        var head = Word(words[0]);
        if (head is null)
        {
            return null;
        }

        var parts = new List<string> { head };
        foreach (var adjective in words.Skip(1))
        {
            // Only feminine adjectives with the article ("الجنوبية") follow regularly; "غينيا بيساو" does not.
            if (!adjective.StartsWith("ال", StringComparison.Ordinal) || !adjective.EndsWith('ة') || adjective.Length < 5)
            {
                return null;
            }

            // "الجنوبية" gives "جنوبي", "الجديدة" gives "جديد".
            parts.Add(adjective[2..^1]);
        }

        return string.Join(' ', parts);
    }

    /// <summary>"ال" before each word, as the nisba stands after a definite noun: "الكوري الجنوبي".</summary>
    public static string Definite(string nisba) => string.Join(' ', nisba.Split(' ').Select(w => "ال" + w));

    /// <summary>The feminine form: "ة" after each word.</summary>
    public static string Feminine(string nisba) => string.Join(' ', nisba.Split(' ').Select(w => w + "ة"));

    private static string? Word(string name)
    {
        var stem = name.StartsWith("ال", StringComparison.Ordinal) && name.Length > 3 ? name[2..] : name;
        if (stem.Length < 2)
        {
            return null;
        }

        if (stem.EndsWith("يا", StringComparison.Ordinal) && stem.Length > 3)
        {
            return stem[..^2] + "ي";
        }

        if (stem.EndsWith('ا') || stem.EndsWith('ة'))
        {
            return stem[..^1] + "ي";
        }

        if (stem.EndsWith('ي'))
        {
            return stem;
        }

        return stem + "ي";
    }
}
