using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A feast named by عيد and its own word is a name of the MISC type: "عيد الفطر", "عيد الأضحى", "عيد الميلاد", "عيد النوروز".
/// The gold sets of ant-multisource and SaudiNewsNet mark them so (events-test7 and events-test8 `عيد النوروز`, events-test8
/// and gold/saudi `عيد الفطر`), and the tagger, trained on ANERcorp where they are tagged O, never finds them. Only the feasts
/// whose second word names nothing else; عيد before any other word is a feast of something (عيد العمال، عيد الاستقلال) or no
/// feast at all ("وعيد", a threat). A word of praise after it goes with it ("عيد الفطر المبارك", as gold/saudi marks it; left out, the
/// span no longer matched the gold's). Linking reads the praised and the bare name as one feast (<see cref="WithoutPraise"/>) and
/// gives it the English name the press uses (<see cref="EnglishName"/>), which the transliteration never spelled ("Eid al-Ftr al-Mubarak").
/// </summary>
public static class FeastNames
{
    /// <summary>Folded second words of feasts: the Fitr, the Adha, Christmas, Nowruz, Easter.</summary>
    private static readonly FrozenSet<string> Feasts = new[] { "الفطر", "الاضحي", "الميلاد", "النوروز", "الفصح" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Folded words of praise that follow a feast's name and that the gold spans take in: blessed, glorious, happy.</summary>
    private static readonly FrozenSet<string> Praise = new[] { "المبارك", "المجيد", "السعيد" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>English names of the feasts by their folded second word.</summary>
    private static readonly FrozenDictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["الفطر"] = "Eid al-Fitr",
        ["الاضحي"] = "Eid al-Adha",
        ["الميلاد"] = "Christmas",
        ["النوروز"] = "Nowruz",
        ["الفصح"] = "Easter",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A feast's folded name (<c>LinkingResources.Key</c>) without the word of praise after it: "عيد الفطر المبارك" is "عيد الفطر",
    /// so that both are one entity; any other name as it is.
    /// </summary>
    public static ReadOnlySpan<char> WithoutPraise(ReadOnlySpan<char> key)
    {
        if (!key.StartsWith("عيد ", StringComparison.Ordinal) || key.LastIndexOf(' ') is var last && last <= 4)
        {
            return key;
        }

        var name = key[..last];
        return Feasts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[4..]) && Praise.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[(last + 1)..]) ? name : key;
    }

    /// <summary>The English name of a feast by its folded name, with or without its word of praise; null for any other name.</summary>
    public static string? EnglishName(string key) =>
        WithoutPraise(key) is var name && name.StartsWith("عيد ", StringComparison.Ordinal)
            && English.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name[4..], out var english) ? english : null;

    /// <summary>The folded word عيد with or without و، ب or ل before it.</summary>
    private static bool IsFeastWord(string key) =>
        key == "عيد" || (key.Length == 4 && key[0] is 'و' or 'ب' or 'ل' && key.AsSpan(1).SequenceEqual("عيد"));

    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, t) = (sentences[s], tags[s]);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (!IsFeastWord(words[i].Key) || !Feasts.Contains(words[i + 1].Key) || BioTags.IsInside(t[i]))
                {
                    continue;
                }

                t[i] = BioTags.Begin(EntityType.Miscellaneous);
                t[++i] = BioTags.Inside(EntityType.Miscellaneous);
                if (i + 1 < words.Length && Praise.Contains(words[i + 1].Key))
                {
                    t[++i] = BioTags.Inside(EntityType.Miscellaneous);
                }

                // A chunk the tagger ran on past the name ends here.
                if (i + 1 < words.Length && BioTags.IsInside(t[i + 1]))
                {
                    t[i + 1] = BioTags.Begin(BioTags.TypeOf(t[i + 1]));
                }
            }
        }
    }
}
