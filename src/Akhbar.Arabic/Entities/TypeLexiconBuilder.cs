using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Builds a <see cref="TypeLexicon"/> by tagging unlabeled text with an existing tagger and counting, for
/// every stem, the share of its occurrences that fell inside a name of each type. One tagger decision is
/// noisy; the share over hundreds of occurrences in varied contexts is a good guess of what a word is, and
/// it is available for the many names that the small gold corpus never shows.
/// </summary>
public static class TypeLexiconBuilder
{
    /// <summary>Sentences longer than this are cut: the tagger's features are local and Viterbi is linear.</summary>
    private const int MaxSentence = 80;

    private const int Types = 4;

    public static TypeLexicon Build(NerTagger tagger, IEnumerable<string> texts, int minCount, TextWriter? log = null)
    {
        // Per stem hash: occurrences, then occurrences inside a name of each type.
        var counts = new Dictionary<uint, int[]>();
        var forms = new List<WordForms>(MaxSentence);
        var tags = new int[MaxSentence];
        long tokens = 0;
        foreach (var text in texts)
        {
            foreach (var sentence in Sentences(text, forms))
            {
                var n = sentence.Count;
                var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentence);
                tagger.Tag(span, tags.AsSpan(0, n));
                tokens += n;
                for (var i = 0; i < n; i++)
                {
                    if (span[i].Shape != WordShape.Arabic)
                    {
                        continue;
                    }

                    var hash = Gazetteer.HashOf(span[i].Stem);
                    if (!counts.TryGetValue(hash, out var c))
                    {
                        c = new int[1 + Types];
                        counts[hash] = c;
                    }

                    c[0]++;
                    if (tags[i] != BioTags.Outside)
                    {
                        c[1 + (int)BioTags.TypeOf(tags[i])]++;
                    }
                }
            }
        }

        var codes = new Dictionary<uint, ushort>();
        Span<int> buckets = stackalloc int[Types];
        foreach (var (hash, c) in counts)
        {
            if (c[0] < minCount)
            {
                continue;
            }

            for (var t = 0; t < Types; t++)
            {
                buckets[t] = TypeLexicon.BucketOf((double)c[1 + t] / c[0]);
            }

            codes[hash] = TypeLexicon.Pack(buckets);
        }

        log?.WriteLine($"type lexicon: {tokens:N0} tokens tagged, {counts.Count:N0} distinct stems, {codes.Count:N0} seen at least {minCount} times");
        return new TypeLexicon(codes);
    }

    /// <summary>
    /// The sentences of a text as the tagger's word forms (<see cref="CorpusTokenizer"/>): a sentence ends
    /// after . ! ? ؟ or a line break, or when it reaches <see cref="MaxSentence"/> tokens. The list is reused
    /// from one sentence to the next.
    /// </summary>
    public static IEnumerable<List<WordForms>> Sentences(string text, List<WordForms> sentence)
    {
        sentence.Clear();
        foreach (var token in CorpusTokenizer.Tokens(text, new System.Text.StringBuilder()))
        {
            if (token != CorpusTokenizer.LineBreak)
            {
                sentence.Add(WordForms.FromKey(token));
            }

            if (sentence.Count > 0 && (token is CorpusTokenizer.LineBreak or "." or "!" or "?" or "؟" || sentence.Count >= MaxSentence))
            {
                yield return sentence;
                sentence.Clear();
            }
        }

        if (sentence.Count > 0)
        {
            yield return sentence;
            sentence.Clear();
        }
    }
}
