using System.Collections.Frozen;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags the places named in a row after a dual or plural place noun: "بلدتي نبل والزهراء", "قريتي الفوعة وكفريا", "مديريتي
/// حيران وعبس", "بلدات سقبا وكفربطنا وجسرين". War news from Syria and Yemen lists villages and districts so, most of them
/// far below the size of the towns GeoNames lists, and the tagger, which never saw them, leaves them untagged (none of 12
/// "بلدتي X وY" in 1,500 ant-multisource articles, 5 of 23 "بلدات"). The noun in the dual or plural says that what follows is
/// a row of names, and the row is read only where it is one: the first word and at least one more joined to it by و, each a
/// word of three letters or more, no function word and no adjective of place ("قريتي سورية"), and after a plural one the type
/// lexicon does not know as a word that is never part of a name (<see cref="TypeLexicon"/>: "بلدات عدة ومدن"). A one-word
/// name the tagger already tagged is a member and becomes a place ("بلدات سقبا", read as an organization); the row stops at a
/// longer one. The singular nouns (مدينة، قرية ...) are <see cref="UnlistedPlaceRule"/>'s.
/// </summary>
public static class ListedPlaceNames
{
    /// <summary>
    /// Folded duals in the construct state and plurals of place nouns. مناطق، مدن and أحياء are left out: they are mostly
    /// followed by a complement ("مناطق سيطرة", "مدن أخرى", "أحياء المدينة").
    /// </summary>
    private static readonly FrozenSet<string> RowNouns = new[]
    {
        "بلدتي", "بلدتا", "قريتي", "قريتا", "مدينتي", "مدينتا", "مديريتي", "مديرتي", "منطقتي", "محافظتي", "معتمديتي", "ولايتي",
        "حيي", "مخيمي", Plural, "قري",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The folded plural "بلدات"; "قرى" folds to "قري". After a plural the row is read more strictly (<see cref="IsMember"/>).</summary>
    private const string Plural = "بلدات";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RowNounLookup = RowNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a folded word is a row noun, with or without و, ب or ل before it ("وبلدات", "ببلدتي", "لقريتي"), and whether it
    /// is a plural: 0 no row noun, 1 a dual, 2 a plural.
    /// </summary>
    private static int RowNounKind(string key)
    {
        var rest = key.AsSpan();
        var listed = RowNounLookup.Contains(rest);
        for (var k = 0; k < 2 && !listed && rest.Length > 3 && rest[0] is 'و' or 'ب' or 'ل'; k++)
        {
            rest = rest[1..];
            listed = RowNounLookup.Contains(rest);
        }

        return !listed ? 0 : rest.SequenceEqual(Plural) || rest.SequenceEqual("قري") ? 2 : 1;
    }

    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, IReadOnlyList<uint[]> stems, TypeLexicon lexicon, Func<string, bool> isIndefiniteNisba)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, t) = (sentences[s], tags[s]);
            for (var i = 0; i + 2 < words.Length; i++)
            {
                // The cheap test first: a row needs a conjunction on its second member.
                if (words[i + 2].ConjunctionEnd == 0)
                {
                    continue;
                }

                var plural = words[i].Shape == WordShape.Arabic && t[i] == BioTags.Outside ? RowNounKind(words[i].Key) : 0;
                if (plural == 0 || !IsMember(words, t, stems[s], lexicon, isIndefiniteNisba, i + 1, first: true, plural == 2)
                    || !IsMember(words, t, stems[s], lexicon, isIndefiniteNisba, i + 2, first: false, plural == 2))
                {
                    continue;
                }

                // A dual names two places; only a plural's row goes on ("بلدات سقبا وكفربطنا وجسرين", not "محافظتي لحج وتعز وخاصة").
                var j = Tag(words, t, i + 1) + 1;
                j = Tag(words, t, j) + 1;
                while (plural == 2 && j < words.Length && words[j].ConjunctionEnd > 0 && IsMember(words, t, stems[s], lexicon, isIndefiniteNisba, j, first: false, afterPlural: true))
                {
                    j = Tag(words, t, j) + 1;
                }

                i = j - 1;
            }
        }
    }

    /// <summary>
    /// A word of the row: a name of one word the tagger tagged, or an untagged Arabic word that may be a place's name. After a
    /// dual the noun and the و say enough (the lexicon knows نبل and الفوعة as common words); after a plural, whose row may be
    /// a noun's complement ("بلدات عدة ومدن"), the lexicon must not know the word as one that is never part of a name.
    /// </summary>
    private static bool IsMember(WordForms[] words, int[] t, uint[] stems, TypeLexicon lexicon, Func<string, bool> isIndefiniteNisba, int i, bool first, bool afterPlural)
    {
        var w = words[i];
        if (t[i] != BioTags.Outside)
        {
            // A tagged name of one word is a member whatever type the tagger gave it (a village read as a person); a longer one is left alone.
            return BioTags.IsBegin(t[i]) && (i + 1 == words.Length || !BioTags.IsInside(t[i + 1]));
        }

        return w.Shape == WordShape.Arabic && (first ? w.ConjunctionEnd == 0 : w.ConjunctionEnd > 0) && w.Key.Length - w.StemStart >= 3
            && !GivenNameRule.IsFunctionWord(w.Key) && !FunctionWords.Folded.Contains(w.Key) && !isIndefiniteNisba(w.Key)
            && !(afterPlural && lexicon.CodeOf(stems[i]) == 0);
    }

    /// <summary>
    /// Tags a member as a place, and retypes a one-word name the tagger read as something else: after a place noun it is a
    /// place. A noun that opens two-word toponyms takes the word after it ("مديريتي مقبنة وجبل حبشي"). Returns the member's last word.
    /// </summary>
    private static int Tag(WordForms[] words, int[] t, int i)
    {
        t[i] = BioTags.Begin(Akhbar.Core.Model.EntityType.Location);
        if (i + 1 < words.Length && t[i + 1] == BioTags.Outside && words[i + 1].Shape == WordShape.Arabic && words[i + 1].ConjunctionEnd == 0
            && UnlistedPlaceRule.IsToponymOpener(words[i].Key.AsSpan(words[i].ConjunctionEnd)))
        {
            t[++i] = BioTags.Inside(Akhbar.Core.Model.EntityType.Location);
        }

        return i;
    }
}
