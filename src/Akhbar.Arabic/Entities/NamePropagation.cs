namespace Akhbar.Arabic.Entities;

/// <summary>
/// One article names the same person or place many times, and the tagger, which sees one sentence at a
/// time, finds some of those mentions and misses others ("طلعت" after a title, then "طلعت" alone). This
/// pass tags the misses: within a document, a run of untagged words whose stems spell a name tagged
/// elsewhere in it gets that name's type (the most frequent one when it was tagged with several), and a
/// mention tagged with a minority type takes the majority one, so that an article calls "فيسبوك" one thing.
/// Names shorter than three letters are left alone: they are too often ordinary words.
/// </summary>
public static class NamePropagation
{
    private const int MinLetters = 3;

    /// <summary>Updates <paramref name="tags"/> (one array per sentence) in place.</summary>
    /// <param name="notSurname">Words that are never a surname alone, besides time words: the pipeline passes the
    /// country nisbas, which the tagger sometimes takes into a name ("نيكولاي غلوشكوف الروسي").</param>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Func<string, bool>? notSurname = null)
    {
        var stems = new uint[sentences.Count][];
        for (var s = 0; s < stems.Length; s++)
        {
            var words = sentences[s];
            var hashes = stems[s] = new uint[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                hashes[i] = StemHash(words[i]);
            }
        }

        Apply(sentences, tags, stems, notSurname);
    }

    /// <summary>The hash by which names are compared: of the word's stem (the tagger's <see cref="WordHashes.Stem"/> is the same).</summary>
    public static uint StemHash(in WordForms word) => FeatureHash.OfText(word.Stem);

    /// <inheritdoc cref="Apply(IReadOnlyList{WordForms[]}, IReadOnlyList{int[]}, Func{string, bool}?)"/>
    /// <param name="stems">The <see cref="StemHash"/> of every word, one array per sentence (the tagger has them: <see cref="NerTagger.Tag(ReadOnlySpan{WordForms}, Span{int}, Span{uint})"/>).</param>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, IReadOnlyList<uint[]> stems, Func<string, bool>? notSurname = null)
    {
        var names = new Dictionary<ulong, int[]>();

        // The last word of a person's full name: news names a person in full once, then by the surname alone
        // ("دونالد ترامب" ... "وأضاف ترامب"), where a tagger that reads one sentence at a time often misses it.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var surnameSpans = surnames.GetAlternateLookup<ReadOnlySpan<char>>();

        // The lengths of the surnames, as bits: a word of another length is no surname, and is not hashed to find out.
        var surnameLengths = 0UL;

        // The first stems of the names: a word that begins no name is passed over without hashing the words after it.
        var firstStems = new HashSet<uint>();

        // The same stems as bits (by their low bits: the stems are hashes): most words begin no name, and a clear bit says
        // so before the set is asked.
        Span<ulong> firstStemBits = stackalloc ulong[FirstStemBitWords];
        var longest = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var (first, last, type) in BioTags.ChunksOf(tags[s]))
            {
                if (first == last && sentences[s][first].Stem.Length < MinLetters)
                {
                    continue;
                }

                var name = NameOf(stems[s], first, last);

                if (!names.TryGetValue(name, out var counts))
                {
                    names[name] = counts = new int[4];
                }

                counts[(int)type]++;
                firstStems.Add(stems[s][first]);
                firstStemBits[FirstStemWord(stems[s][first])] |= FirstStemBit(stems[s][first]);
                longest = Math.Max(longest, last - first + 1);
                if (type == Akhbar.Core.Model.EntityType.Person && last > first && IsSurname(sentences[s], last)
                    && notSurname?.Invoke(WithoutConjunction(sentences[s][last])) != true)
                {
                    var surname = WithoutConjunction(sentences[s][last]);
                    surnames.Add(surname);
                    surnameLengths |= LengthBit(surname.Length);
                }
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];

            // One name, one type in an article: a mention of a minority type takes the majority one.
            foreach (var (first, last, type) in BioTags.ChunksOf(t))
            {
                if (names.TryGetValue(NameOf(stems[s], first, last), out var votes) && votes[(int)type] * 2 < votes.Sum())
                {
                    var majority = (Akhbar.Core.Model.EntityType)Array.IndexOf(votes, votes.Max());
                    t[first] = BioTags.Begin(majority);
                    for (var j = first + 1; j <= last; j++)
                    {
                        t[j] = BioTags.Inside(majority);
                    }
                }
            }

            for (var i = 0; i < words.Length; i++)
            {
                // Longest known name starting here whose words are all untagged.
                var stem = stems[s][i];
                for (var n = (firstStemBits[FirstStemWord(stem)] & FirstStemBit(stem)) != 0 && firstStems.Contains(stem) ? Math.Min(longest, words.Length - i) : 0; n >= 1; n--)
                {
                    if (!AllOutside(t, i, n) || (i + n < words.Length && BioTags.IsInside(t[i + n])))
                    {
                        continue;
                    }

                    if (names.TryGetValue(NameOf(stems[s], i, i + n - 1), out var counts))
                    {
                        var type = (Akhbar.Core.Model.EntityType)Array.IndexOf(counts, counts.Max());
                        t[i] = BioTags.Begin(type);
                        for (var j = i + 1; j < i + n; j++)
                        {
                            t[j] = BioTags.Inside(type);
                        }

                        i += n - 1;
                        break;
                    }
                }

                // A surname alone, untagged, before no name word, written as in the full name but for a leading و, or
                // for a bare preposition (تصريحات لرودسكوي) when the full name had none. A word is hashed only when some
                // surname has its length.
                if (t[i] == BioTags.Outside
                    && (((surnameLengths & LengthBit(words[i].Key.Length - words[i].ConjunctionEnd)) != 0 && surnameSpans.Contains(WithoutConjunctionSpan(words[i])))
                        || ((surnameLengths & LengthBit(words[i].Key.Length - words[i].PrepositionEnd)) != 0 && IsSurnameAfterPreposition(words[i], surnameSpans)))
                    && (i + 1 == words.Length || !BioTags.IsInside(t[i + 1])))
                {
                    t[i] = BioTags.Begin(Akhbar.Core.Model.EntityType.Person);
                }
            }
        }
    }

    /// <summary>
    /// Whether the last word of a full name can stand for the person alone: four letters or more besides the article,
    /// not the second part of a compound (بن سلمان، عبد الله، أبو بكر), which is not said alone, and not a time word.
    /// </summary>
    private static bool IsSurname(WordForms[] words, int last) =>
        words[last].Stem.Length >= 4 && !CompoundLinks.Contains(words[last - 1].Key) && !IsTimeWord(WithoutConjunction(words[last]));

    /// <summary>
    /// A month or weekday name (مايو، الخميس): as a surname (لويجي دي مايو) or a word the tagger wrongly took into a
    /// name ("ريكس تيلرسون الخميس"), it would make every date of the article a person.
    /// </summary>
    private static bool IsTimeWord(string key) => Time.TimeLexicon.Default.Lookup(key).Length > 0;

    /// <summary>Words of 64 bits in the filter of first stems (1,024 bits: an article names a few dozen people, places and bodies).</summary>
    private const int FirstStemBitWords = 16;

    private static int FirstStemWord(uint stem) => (int)(stem >> 6) & (FirstStemBitWords - 1);

    private static ulong FirstStemBit(uint stem) => 1UL << (int)(stem & 63);

    /// <summary>The bit of a length in a set of lengths (lengths of 63 letters and more share the last bit).</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>The word without a leading و or ف: the surname keeps any other clitic it was written with.</summary>
    internal static string WithoutConjunction(WordForms word) => word.ConjunctionEnd == 0 ? word.Key : word.Key[word.ConjunctionEnd..];

    private static ReadOnlySpan<char> WithoutConjunctionSpan(WordForms word) => word.Key.AsSpan(word.ConjunctionEnd);

    /// <summary>
    /// Whether the word is a surname after a bare preposition ب/ك/ل that is no word of its own: "لصالح" (in favour of)
    /// is much more common than the surname صالح after ل would make it, "لترامب" is not.
    /// </summary>
    private static bool IsSurnameAfterPreposition(WordForms word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> surnames)
    {
        if (!word.HasBarePreposition || !surnames.Contains(word.Key.AsSpan(word.PrepositionEnd)))
        {
            return false;
        }

        var frequencies = Segmentation.WordFrequencies.Default;
        return frequencies.Frequency(word.Key) * PrepositionRarity <= frequencies.Frequency(word.Key.AsSpan(word.PrepositionEnd));
    }

    /// <summary>How many times rarer than the bare name a name after a preposition is in the corpus counts (ترامب 196, لترامب 15).</summary>
    private const int PrepositionRarity = 4;

    /// <summary>Folded words that bind the next word into a compound name (also read by the linking's <see cref="Linking.MentionClusterer"/>).</summary>
    internal static readonly HashSet<string> CompoundLinks = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "ولد" };

    private static bool AllOutside(int[] tags, int from, int count)
    {
        for (var j = from; j < from + count; j++)
        {
            if (tags[j] != BioTags.Outside)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A 64-bit hash of the stems of words first..last: the name without its clitics.</summary>
    private static ulong NameOf(uint[] stems, int first, int last)
    {
        ulong hash = 14695981039346656037;
        for (var j = first; j <= last; j++)
        {
            hash = (hash ^ stems[j]) * 1099511628211;
        }

        return hash;
    }
}
