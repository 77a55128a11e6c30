using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Two words right after a role phrase that ends in a nisba are the name of the person it describes: "وزير التجارة
/// الأميركي ويلبور روس"، "وزيرة الداخلية البريطانية أمبر راد"، "وزير الرياضة الروسي فيتالي موتكو". News introduces foreign
/// and lesser officials so, and the tagger, which does not know their names, leaves them out, reads them as a place
/// ("رئيس الوزراء البريطاني ديفيد كاميرون" as a LOC) or cuts them in two ("جافين" and "وليامسون"). The role phrase is the
/// linker's (<see cref="Linking.RolePhraseFinder"/>): a role noun, up to two defined nouns ("الخارجية") or "باسم" and a defined
/// noun, then a one-word nisba of the nisba table that is no office's genitive ("المالية"). The name must be two words: the
/// first with no clitic and no article, the second with no clitic (a family name may have the article: "ناجم الغرسلي"),
/// neither a function word nor a nisba, neither known to the tagger's type lexicon as a word that is never part of a name
/// (a verb, "الرئيس الأميركي تراجع عن"; a noun, "دعما ماليا"), and the word after them no inside of a longer chunk. Untagged
/// words become a person; a two-word chunk of one type, a place or an organization, is retyped (an organization after a role
/// phrase heads its own genitive with the article, "رئيس الاتحاد السعودي لكرة القدم", and is never this shape); two
/// one-word persons are joined. Run by the pipeline only, not by <c>eval ner</c>.
/// </summary>
public static class NameAfterRoleNisba
{
    /// <summary>How many defined nouns may stand between the role noun and its nisba, as in the linker's role phrases.</summary>
    private const int MaxGenitives = Linking.RolePhraseFinder.MaxGenitives;

    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, IReadOnlyList<uint[]> stems, TypeLexicon lexicon, Linking.LinkingResources linking)
    {
        var roles = linking.RoleHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var descriptions = linking.DescriptionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, t, st) = (sentences[s], tags[s], stems[s]);
            for (var n = 2; n + 1 < words.Length; n++)
            {
                var nisba = n - 1;
                if (t[nisba] != BioTags.Outside || !IsNisba(words[nisba], linking) || !IsNameWord(words[n], st[n], lexicon, linking, first: true)
                    || !IsNameWord(words[n + 1], st[n + 1], lexicon, linking, first: false) || (n + 2 < words.Length && BioTags.IsInside(t[n + 2]))
                    || !AfterRoleNoun(words, nisba, roles, descriptions))
                {
                    continue;
                }

                if (!TagName(t, n))
                {
                    continue;
                }

                n++;
            }
        }
    }

    /// <summary>Tags words <paramref name="n"/> and the next as one person if they are untagged, a two-word name of another type or two one-word persons.</summary>
    private static bool TagName(int[] t, int n)
    {
        var (first, second) = (t[n], t[n + 1]);
        var untagged = first == BioTags.Outside && second == BioTags.Outside;
        var otherType = BioTags.IsBegin(first) && second == BioTags.Inside(BioTags.TypeOf(first)) && BioTags.TypeOf(first) is EntityType.Location or EntityType.Organization;
        var split = first == BioTags.Begin(EntityType.Person) && second == BioTags.Begin(EntityType.Person);
        if (!untagged && !otherType && !split)
        {
            return false;
        }

        t[n] = BioTags.Begin(EntityType.Person);
        t[n + 1] = BioTags.Inside(EntityType.Person);
        return true;
    }

    /// <summary>A one-word nisba with the article and no clitic before it ("الأميركي", "البريطانية"), not an office's genitive.</summary>
    private static bool IsNisba(in WordForms w, Linking.LinkingResources linking) =>
        w.ConjunctionEnd == 0 && w.StemStart == 2 && w.Key.StartsWith("ال", StringComparison.Ordinal)
        && linking.NisbaByKey.ContainsKey(w.Key) && !linking.OfficeGenitives.Contains(w.Key);

    /// <summary>Whether a role noun opens the phrase that ends in the nisba, with defined nouns or "باسم" between them ("المتحدث باسم الخارجية الإيرانية").</summary>
    private static bool AfterRoleNoun(WordForms[] words, int nisba, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> roles, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> descriptions)
    {
        for (var k = nisba - 1; k >= 0 && k >= nisba - 2 - MaxGenitives; k--)
        {
            var w = words[k];
            if (w.Shape != WordShape.Arabic)
            {
                return false;
            }

            if (IsRoleNoun(w, roles, descriptions))
            {
                return true;
            }

            var defined = w.ConjunctionEnd == 0 && w.StemStart == 2 && w.Key.StartsWith("ال", StringComparison.Ordinal);
            if (!defined && w.Key != "باسم")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of the name: an Arabic word of two letters or more, no function word and no nisba, with no preposition
    /// before an article. A word that begins with و or ف is one only when the lexicon never saw its stem: after a nisba such a
    /// word is mostly the conjunction ("الرئيس الأميركي ورئيس الوزراء"), but "ويلبور روس" begins with و too. The first word
    /// has no article and the lexicon must not know it as mostly a common word (under 10 % of its occurrences in a person's
    /// name: "الرئيس الأميركي بوعي كامل", nor unseen after what may be a preposition); the family name may have the article and must only not be a word never in a name.
    /// </summary>
    private static bool IsNameWord(in WordForms w, uint stem, TypeLexicon lexicon, Linking.LinkingResources linking, bool first)
    {
        var code = lexicon.CodeOf(stem);
        var definite = w.Key.AsSpan(w.ConjunctionEnd).StartsWith("ال", StringComparison.Ordinal);
        if (w.Shape != WordShape.Arabic || w.Key.Length < 2 || (w.ConjunctionEnd > 0 && code != -1) || w.StemStart != w.ConjunctionEnd + (definite ? 2 : 0)
            || FunctionWords.Folded.Contains(w.Key) || GivenNameRule.IsFunctionWord(w.Key) || linking.NisbaByKey.ContainsKey(w.Key))
        {
            return false;
        }

        // A first word unseen by the lexicon that may begin with a preposition is that preposition and a common word ("لاستعداء").
        return first ? !definite && (code == -1 ? !w.HasBarePreposition : TypeLexicon.BucketIn(code, 0) >= 2) : code != 0;
    }

    /// <summary>Whether the word is a role or description noun, with or without the article, a conjunction or a preposition before it.</summary>
    private static bool IsRoleNoun(in WordForms w, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> roles, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> descriptions)
    {
        // The tagger's forms read a role noun that begins with و as a conjunction ("وزير" as و + زير): the whole key is tried first.
        return IsRole(w.Key, roles, descriptions) || IsRole(w.Key.AsSpan(w.ConjunctionEnd), roles, descriptions) || IsRole(w.Stem, roles, descriptions);

        static bool IsRole(ReadOnlySpan<char> key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> roles, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> descriptions)
        {
            var bare = key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;
            return roles.Contains(bare) || descriptions.Contains(bare);
        }
    }
}
