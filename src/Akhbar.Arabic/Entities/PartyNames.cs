using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags as an organization a party named by "حزب" and the definite noun after it, with the nouns joined to that one by و:
/// "حزب العدالة والتنمية", "حزب الدعوة", "حزب الحرية". The tagger finds the parties it saw in training or whose name holds
/// a nisba ("حزب العمال الكردستاني") and leaves the others untagged (in 1,500 news articles "حزب العدالة والتنمية" was
/// written 15 times and never tagged). "حزب" in the construct state before a definite noun names a party: a party of a
/// person goes by the person's name (حزب ميركل), which is no definite noun. The name stops after the noun and its
/// coordinated nouns, before the words news puts after a party to describe it (<see cref="Descriptors"/>: "حزب العدالة
/// والتنمية الحاكم", "حزب العمال المعارض"), which the gold leaves out of the name. Any other definite word after the noun may
/// be the name going on ("حزب الشعب الديمقراطي", "حزب الرابطة الإسلامية", "حزب الحياة الحرة لكردستان"), and so may "من أجل"
/// ("حزب البديل من أجل ألمانيا"): such a party is left to the tagger rather than cut short. Words the tagger already tagged
/// are left to it too.
/// </summary>
public static class PartyNames
{
    /// <summary>Updates <paramref name="tags"/> (one array per sentence) in place.</summary>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (t[i] != BioTags.Outside || words[i].Shape != WordShape.Arabic || words[i].NounStart(IsParty) < 0
                    || !BioTags.IsOutsideAt(t, i + 1) || !IsNameNoun(words[i + 1]) || words[i + 1].ConjunctionEnd > 0)
                {
                    continue;
                }

                // The nouns joined by و: "والتنمية".
                var last = i + 1;
                while (BioTags.IsOutsideAt(t, last + 1) && words[last + 1].ConjunctionEnd > 0 && IsNameNoun(words[last + 1]))
                {
                    last++;
                }

                if (MayGoOn(words, last + 1))
                {
                    i = last;
                    continue;
                }

                t[i] = BioTags.Begin(EntityType.Organization);
                for (var j = i + 1; j <= last; j++)
                {
                    t[j] = BioTags.Inside(EntityType.Organization);
                }

                i = last;
            }
        }
    }

    private static bool IsParty(ReadOnlySpan<char> key) => key.SequenceEqual("حزب");

    /// <summary>Folded adjectives that describe a party after its name: ruling, opposition, banned, conservative, right and left wing, far, liberal, allied, dissolved.</summary>
    private static readonly HashSet<string> Descriptors = new[]
        {
            "الحاكم", "المعارض", "المحظور", "المحافظ", "اليميني", "اليساري", "المتطرف", "الليبرالي", "الحليف", "المنحل",
        }
        .Select(w => Core.Text.ArabicFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the party's name may go on at word <paramref name="next"/>: a definite word that is no descriptor, or "من أجل".</summary>
    private static bool MayGoOn(WordForms[] words, int next)
    {
        if (next >= words.Length)
        {
            return false;
        }

        var w = words[next];
        if (w.Key == "من")
        {
            return next + 1 < words.Length && words[next + 1].Key == "اجل";
        }

        return w.ConjunctionEnd == 0 && BodyNames.IsDefinite(w) && !Descriptors.Contains(w.Key);
    }

    /// <summary>
    /// A definite noun that may name a party: not a complement in لل, nor a title or a word of time ("حزب الرئيس", the
    /// president's party; <see cref="BodyNames.IsChainStop"/>).
    /// </summary>
    private static bool IsNameNoun(WordForms w) =>
        BodyNames.IsDefinite(w) && !w.Key.AsSpan(w.ConjunctionEnd).StartsWith("لل") && !BodyNames.IsChainStop(w.Key.AsSpan(w.ConjunctionEnd));
}
