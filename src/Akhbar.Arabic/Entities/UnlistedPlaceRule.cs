using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags as a place an untagged name that no gazetteer knows when it stands right after a place designator or unit noun
/// ("بمعتمدية الميدة", "بجهة الملاسين", "من منطقة عزازقة", "بمحافظة سيونجو"). Local news names villages, sectors and
/// delegations far below the size of GeoNames' cities15000 (Tunisian radio news above all: "أصيل حي النهوض بمعتمدية
/// المتلوي"), and the tagger, which has little evidence on a word it never saw, leaves most of them untagged. The noun
/// says what the next word is; what is left to check is that the word is a name rather than the noun's complement or
/// adjective ("منطقة أخرى", "منطقة سكنية", "منطقة الشرطة", "ولاية العهد", "مدينة ترفيهية"):
/// <list type="bullet">
/// <item>after the nouns that only ever name a place (<see cref="OnlyBeforeNames"/>: معتمدية, the Tunisian delegation, and
/// بجهة, "in the area of"), any word, and after "حي" (a district, <see cref="DistrictNouns"/>) a definite word, which
/// names the district with the noun ("بحي البطحاء", "حي السلام": districts of Saudi cities, which no gazetteer lists);</item>
/// <item>after the others (مدينة، منطقة، ولاية، قرية، بلدة، محافظة ...), a word the type lexicon never saw often enough to know,
/// or saw as part of place names often enough (<see cref="TypeLexicon"/>: the common nouns and adjectives that follow
/// منطقة are known and never places);</item>
/// <item>after either, a noun that opens place names of two words (<see cref="ToponymOpeners"/>: سيدي، بئر، حي، عين ...), with
/// the word after it.</item>
/// </list>
/// A definite adjective of position or size after the name belongs to it ("القلعة الصغرى"). Known places are
/// <see cref="PlaceRule"/>'s, which runs first.
/// </summary>
public static class UnlistedPlaceRule
{
    /// <summary>Index of the place type in a lexicon code (<see cref="TypeLexicon.BucketIn"/>).</summary>
    private const int PlaceType = 1;

    /// <summary>Folded nouns, with their proclitic where it matters, that are only ever followed by a place's name.</summary>
    private static readonly FrozenSet<string> OnlyBeforeNames = new[]
    {
        // "جهة" alone is also a side or a party ("من جهة أخرى", "جهة مجهولة"); "بجهة" + a word is where something happened.
        "معتمديه", "بمعتمديه", "لمعتمديه", "ومعتمديه", "وبمعتمديه", "بجهه", "وبجهه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "حي" (a city district) with nothing or ب before it: "حي السلام", "بحي البطحاء". وحي (revelation) and لحي (the folded
    /// plural of beard) are other words, and "حي" is also the adjective "alive, live" ("بث حي", "كائن حي"), which is not
    /// followed by a definite word: the district is read only before one.
    /// </summary>
    private static readonly FrozenSet<string> DistrictNouns = new[] { "حي", "بحي", "وبحي" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is "حي" (a district) with or without ب (<see cref="DistrictNouns"/>).</summary>
    public static bool IsDistrictNoun(string key) => DistrictNouns.Contains(key);

    /// <summary>
    /// Where a district's mention starts in its first token: at "حي" after a ب glued to it ("بحي السلام"), which the segmenter
    /// leaves on a word of two letters; else -1.
    /// </summary>
    public static int DistrictStart(string text, Token token)
    {
        if (token.Key.Length <= 2 || !DistrictNouns.Contains(token.Key))
        {
            return -1;
        }

        var at = text.IndexOf('ح', token.Span.Start, token.Span.End - token.Span.Start);
        return at > token.Span.Start ? at : -1;
    }

    /// <summary>قضاء, an Iraqi district, is also the verbal noun "spending" ("لقضاء رأس السنة", to spend the New Year): not read here.</summary>
    private const string VerbalNounUnit = "قضاء";

    /// <summary>Folded nouns that open a place name of two words in Maghrebi and Levantine toponymy ("سيدي بوزيد", "بئر علي", "حي النهوض", "عين دراهم").</summary>
    private static readonly FrozenSet<string> ToponymOpeners = new[]
    {
        "سيدي", "بئر", "بير", "حي", "عين", "حمام", "وادي", "باب", "دوار", "ساقيه", "شط", "اولاد", "بني", "منزل", "قصر", "قصور",
        "راس", "برج", "دير", "بيت", "جبل", "سوق", "تل", "حاسي", "خربه", "كفر",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="ToponymOpeners"/> looked up by span, made once (each GetAlternateLookup call checks the comparer anew).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ToponymOpenerLookup = ToponymOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a folded word opens place names of two words (<see cref="ToponymOpeners"/>: سيدي، بئر، جبل ...).</summary>
    public static bool IsToponymOpener(ReadOnlySpan<char> key) => ToponymOpenerLookup.Contains(key);

    /// <summary>Folded definite adjectives of size or position that end a place's name ("القلعة الصغرى", "الوطن القبلي").</summary>
    private static readonly FrozenSet<string> NameAdjectives = new[]
    {
        "الصغري", "الكبري", "الجديده", "القديمه", "العليا", "السفلي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الوسطي", "القبلي",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Tags the places. <paramref name="isDesignator"/> knows the designator and unit nouns, which a word's key may hold
    /// after و، ب، ل ("بمدينة": <see cref="WordForms.NounStart"/>); <paramref name="lexicon"/> and <paramref name="stems"/> (the words' stem hashes) give
    /// what the corpus knows of each word; <paramref name="isIndefiniteNisba"/> knows the adjectives of place that follow an
    /// indefinite noun ("محافظة يمنية", a Yemeni governorate), which are no names, and which the rule must not tag even for a
    /// while: the names tagged in one sentence are looked for in the others.
    /// </summary>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, IReadOnlyList<uint[]> stems, TypeLexicon lexicon, WordForms.NounTest isDesignator, Func<string, bool> isIndefiniteNisba)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 1; i < words.Length; i++)
            {
                if (!IsFreeWord(words, t, i) || t[i - 1] != BioTags.Outside || words[i - 1].Shape != WordShape.Arabic)
                {
                    continue;
                }

                var district = DistrictNouns.Contains(words[i - 1].Key) && IsDefiniteName(words[i]);
                var onlyNames = district || OnlyBeforeNames.Contains(words[i - 1].Key);
                var head = onlyNames ? 0 : words[i - 1].NounStart(isDesignator);
                if (head < 0 || words[i - 1].Key.AsSpan(head).SequenceEqual(VerbalNounUnit))
                {
                    continue;
                }

                // An opener takes the word after it, which may open in turn ("ساقية سيدي يوسف").
                var last = i;
                while (IsFreeWord(words, t, last) && ToponymOpeners.Contains(words[last].Key))
                {
                    last++;
                }

                if (last > i)
                {
                    if (!IsFreeWord(words, t, last))
                    {
                        continue;
                    }
                }
                else if (!onlyNames && (isIndefiniteNisba(words[i].Key)
                    || (lexicon.CodeOf(stems[s][i]) is var code && code >= 0 && TypeLexicon.BucketIn(code, PlaceType) == 0)))
                {
                    continue;
                }

                if (last + 1 < words.Length && t[last + 1] == BioTags.Outside && NameAdjectives.Contains(words[last + 1].Key))
                {
                    last++;
                }

                // A district is named with its noun ("حي السلام", as gold/saudi marks it); a town or delegation without it.
                var first = district ? i - 1 : i;
                t[first] = BioTags.Begin(EntityType.Location);
                for (var j = first + 1; j <= last; j++)
                {
                    t[j] = BioTags.Inside(EntityType.Location);
                }

                i = last;
            }
        }
    }

    /// <summary>Whether a word is a definite word with a stem of three letters or more and not a relative pronoun ("الحي الذي").</summary>
    private static bool IsDefiniteName(WordForms w) =>
        w.StemStart - w.ConjunctionEnd == 2 && w.Key.StartsWith("ال", StringComparison.Ordinal) && w.Stem.Length >= 3 && !NoNameWords.IsPronoun(w.Key);

    /// <summary>
    /// Whether word <paramref name="i"/> is an untagged Arabic word that may be (part of) a name: no conjunction glued to it
    /// ("منطقة وسط", "ولاية وأيضا") and a stem of three letters or more (not "في", "من").
    /// </summary>
    private static bool IsFreeWord(WordForms[] words, int[] tags, int i) =>
        i < words.Length && tags[i] == BioTags.Outside && words[i].Shape == WordShape.Arabic && words[i].ConjunctionEnd == 0 && words[i].Stem.Length >= 3;
}
