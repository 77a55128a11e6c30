using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags known places that the tagger left untagged where the words around them leave no doubt: a
/// gazetteer place right after a preposition of place ("في الموصل", "إلى حلب", "شمال إدلب"), or joined
/// by "و" to a place just tagged ("الموصل والرقة"). The gazetteer alone is not enough (many place names
/// are also ordinary words) and the tagger alone misses places that its training data tagged
/// inconsistently; together they are reliable.
/// </summary>
public static class PlaceRule
{
    /// <summary>Folded words after which a known place name is a place (frozen: it is asked of almost every word).</summary>
    private static readonly FrozenSet<string> Before = new[]
    {
        "في", "وفي", "من", "ومن", "الي", "والي", "نحو", "قرب", "بالقرب", "داخل", "خارج",
        "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "مدينه", "محافظه", "بلده", "عاصمه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is a preposition of place ("في", "من", "قرب"), after which a name is a place's.</summary>
    public static bool IsPlacePreposition(string key) => Before.Contains(key);

    /// <summary>
    /// Tags the places; <paramref name="commonWords"/> are folded one-word place names that are mostly common words
    /// ("في الصور" is in the pictures), which the rule leaves to the tagger unless a designator precedes them ("مدينة صور").
    /// <paramref name="isPlaceHead"/>, when given, knows nouns that head a place name (مطار، ميناء، هضبة, with or without a
    /// proclitic), and designators (مدينة، ولاية، معتمدية: "بولاية نابل", "لمعتمدية الشابة"), after which a known place is a place
    /// too, common word or not ("مطار بيروت", "لهضبة الجولان"): the
    /// pipeline passes them, <see cref="NerEvaluation"/> does not, since ANERcorp was not annotated with them in mind. With
    /// <paramref name="regions"/>, as in the pipeline, the regions of the gazetteer (<see cref="GazetteerTypes.Region"/>: "في الجولان", "في تكساس") as
    /// places.
    /// </summary>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Gazetteer gazetteer, IReadOnlySet<string> commonWords, WordForms.NounTest? isPlaceHead = null, bool regions = false)
    {
        var matches = new List<GazetteerMatch>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 1; i < words.Length; i++)
            {
                // Only where the rule can fire: on an untagged word after a preposition of place, or after a tagged place.
                if (t[i] != BioTags.Outside)
                {
                    continue;
                }

                var headStart = isPlaceHead is not null && t[i - 1] == BioTags.Outside && words[i - 1].Shape == WordShape.Arabic ? words[i - 1].NounStart(isPlaceHead) : -1;
                var afterHead = headStart >= 0;
                var afterPreposition = afterHead || Before.Contains(words[i - 1].Key);
                var afterPlace = t[i - 1] != BioTags.Outside && BioTags.TypeOf(t[i - 1]) == EntityType.Location && words[i].ConjunctionEnd > 0;
                if (!(afterPreposition || afterPlace))
                {
                    continue;
                }

                matches.Clear();
                gazetteer.FindAt(words, i, matches);
                foreach (var m in matches)
                {
                    if (PlaceTypes(m.Types, regions) != GazetteerTypes.Location || m.ViaPreposition || !Untagged(t, m)
                        || (m.First == m.Last && commonWords.Contains(words[m.First].Key[m.Offset..]) && !afterHead && !Linking.MentionClusterer.IsDesignator(words[i - 1].Key)))
                    {
                        continue;
                    }

                    // After a head noun, a place the tagger read as the start of a longer name is left to it ("محطة أيه بي سي"); not
                    // after a designator, which names the place itself ("مدينة الرقة السورية").
                    if (afterHead && m.Last + 1 < t.Length && t[m.Last + 1] != BioTags.Outside && !Linking.MentionClusterer.IsDesignator(words[i - 1].Key[headStart..]))
                    {
                        continue;
                    }

                    var joinedToPlace = afterPlace && m.Offset == words[i].ConjunctionEnd && words[i].Key[0] == 'و';
                    if ((afterPreposition && m.Offset == 0) || joinedToPlace)
                    {
                        t[i] = BioTags.Begin(EntityType.Location);
                        for (var j = i + 1; j <= m.Last; j++)
                        {
                            t[j] = BioTags.Inside(EntityType.Location);
                        }

                        i = m.Last;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>An entry's types as the rule reads them: titles aside, and a region a place only when <paramref name="regions"/>.</summary>
    private static GazetteerTypes PlaceTypes(GazetteerTypes types, bool regions)
    {
        var read = types & ~(GazetteerTypes.Title | GazetteerTypes.Region);
        return regions && (types & GazetteerTypes.Region) != 0 ? read | GazetteerTypes.Location : read;
    }

    private static bool Untagged(int[] tags, GazetteerMatch m)
    {
        for (var j = m.First; j <= m.Last; j++)
        {
            if (tags[j] != BioTags.Outside)
            {
                return false;
            }
        }

        return m.Last + 1 >= tags.Length || !BioTags.IsInside(tags[m.Last + 1]);
    }
}
