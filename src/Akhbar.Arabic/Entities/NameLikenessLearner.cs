using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>Settings of <see cref="NameLikenessLearner"/>.</summary>
public sealed record NameLikenessOptions
{
    /// <summary>Hash buckets of the letter n-gram weights (a power of two).</summary>
    public int HashBuckets { get; init; } = 1 << 17;

    public int Epochs { get; init; } = 6;

    /// <summary>Step size of the first epoch; it shrinks epoch after epoch.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>Corpus stems seen fewer times than this are left out (the type lexicon's own minimum is the natural choice).</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>Share of the examples held out to print how well the letters alone tell the classes apart.</summary>
    public double HeldOut { get; init; } = 0.05;

    public int Seed { get; init; } = 1;
}

/// <summary>
/// Learns a <see cref="NameLikeness"/> scorer. Its examples are stems, each counted once whatever its
/// frequency, because what is learned is how names are spelt, not how often they are used:
/// <list type="bullet">
/// <item>the stems of a large corpus that the type lexicon reads clearly: a name type when a share of at
/// least <see cref="NameShareBucket"/> of its occurrences were tagged so and no other type more, not a name
/// when no type ever reached the lexicon's lowest share (<see cref="TypeLexicon"/>); the unclear rest is
/// left out;</item>
/// <item>every word of the entries of name lists (the gazetteers), with the list's type.</item>
/// </list>
/// The corpus brings the ordinary words and the names frequent enough to be read from context; the lists
/// bring many rare foreign names the corpus never uses.
/// </summary>
public static class NameLikenessLearner
{
    /// <summary>The lexicon bucket (share of occurrences, <see cref="TypeLexicon.BucketOf"/>) from which a stem counts as a name of that type: 0.3.</summary>
    public const int NameShareBucket = 3;

    /// <summary>One stem and its class (<see cref="NameLikeness.Classes"/>).</summary>
    public readonly record struct Example(string Stem, int Class);

    /// <summary>The examples read off the corpus through the type lexicon, then those of the name lists, without repeats.</summary>
    public static List<Example> Examples(IEnumerable<string> texts, TypeLexicon lexicon, IEnumerable<(IReadOnlyList<string> Keys, GazetteerTypes Types)> names, int minCount, TextWriter? log = null)
    {
        var counts = new Dictionary<uint, (string Stem, int Count)>();
        var word = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            foreach (var token in CorpusTokenizer.Tokens(text, word))
            {
                if (token == CorpusTokenizer.LineBreak || !CorpusTokenizer.IsWord(token))
                {
                    continue;
                }

                var forms = WordForms.FromKey(token);
                if (forms.Shape != WordShape.Arabic)
                {
                    continue;
                }

                var hash = Gazetteer.HashOf(forms.Stem);
                counts[hash] = counts.TryGetValue(hash, out var seen) ? (seen.Stem, seen.Count + 1) : (forms.Stem.ToString(), 1);
            }
        }

        var examples = new List<Example>();
        var added = new HashSet<(string, int)>();
        int corpusNames = 0, corpusOther = 0, listWords = 0;
        foreach (var (hash, (stem, count)) in counts.OrderBy(c => c.Value.Stem, StringComparer.Ordinal))
        {
            var code = lexicon.CodeOf(hash);
            if (count < minCount || code < 0)
            {
                continue;
            }

            var label = ClassOf(code);
            if (label >= 0 && added.Add((stem, label)))
            {
                examples.Add(new Example(stem, label));
                _ = label == NameLikeness.Outside ? corpusOther++ : corpusNames++;
            }
        }

        foreach (var (keys, types) in names)
        {
            var label = ClassOf(types);
            if (label < 0)
            {
                continue;
            }

            foreach (var key in keys)
            {
                var forms = WordForms.FromKey(key);
                if (forms.Shape == WordShape.Arabic && forms.Stem.Length >= 2 && added.Add((forms.Stem.ToString(), label)))
                {
                    examples.Add(new Example(forms.Stem.ToString(), label));
                    listWords++;
                }
            }
        }

        log?.WriteLine($"name-likeness examples: {counts.Count:N0} distinct corpus stems; {corpusNames:N0} read as names and {corpusOther:N0} as other words by the lexicon; {listWords:N0} words of name lists");
        return examples;
    }

    /// <summary>The class of a stem from its lexicon code, or -1 when the lexicon is unclear about it.</summary>
    public static int ClassOf(int lexiconCode)
    {
        int best = -1, bestBucket = 0;
        for (var t = 0; t < 4; t++)
        {
            var b = TypeLexicon.BucketIn(lexiconCode, t);
            if (b > bestBucket)
            {
                (best, bestBucket) = (t, b);
            }
            else if (b == bestBucket && b > 0)
            {
                best = -2;
            }
        }

        return bestBucket == 0 ? NameLikeness.Outside : bestBucket >= NameShareBucket && best >= 0 ? best : -1;
    }

    /// <summary>The class of a name list's entry: its one entity type, or -1 for titles and entries of several types.</summary>
    public static int ClassOf(GazetteerTypes types) => types switch
    {
        GazetteerTypes.Person => 0,
        GazetteerTypes.Location => 1,
        GazetteerTypes.Organization => 2,
        GazetteerTypes.Miscellaneous => 3,
        _ => -1,
    };

    /// <summary>
    /// Stochastic gradient descent on the log loss of the softmax over the classes, examples shuffled each
    /// epoch with a fixed seed, so the result is repeatable.
    /// </summary>
    public static NameLikeness Learn(IReadOnlyList<Example> examples, NameLikenessOptions options, TextWriter? log = null)
    {
        if (options.HashBuckets < 1 || (options.HashBuckets & (options.HashBuckets - 1)) != 0)
        {
            throw new ArgumentException("The number of hash buckets must be a power of two.", nameof(options));
        }

        var model = new NameLikeness(new float[options.HashBuckets * NameLikeness.Classes]);
        var grams = new uint[examples.Count][];
        Span<uint> buffer = stackalloc uint[NameLikeness.MaxGrams];
        for (var i = 0; i < examples.Count; i++)
        {
            grams[i] = buffer[..NameLikeness.Grams(examples[i].Stem, buffer)].ToArray();
        }

        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        random.Shuffle(order);
        var heldOut = (int)(examples.Count * options.HeldOut);
        var test = order[..heldOut];
        var train = order[heldOut..];
        Span<float> p = stackalloc float[NameLikeness.Classes];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var rate = (float)(options.LearningRate / (1 + epoch));
            random.Shuffle(train);
            foreach (var i in train)
            {
                model.Scores(grams[i], p);
                NameLikeness.Softmax(p);
                p[examples[i].Class] -= 1;
                foreach (var g in grams[i])
                {
                    var row = model.Row(g);
                    for (var k = 0; k < NameLikeness.Classes; k++)
                    {
                        row[k] -= rate * p[k];
                    }
                }
            }
        }

        if (heldOut > 0)
        {
            var right = 0;
            foreach (var i in test)
            {
                model.Scores(grams[i], p);
                var best = 0;
                for (var k = 1; k < NameLikeness.Classes; k++)
                {
                    best = p[k] > p[best] ? k : best;
                }

                right += best == examples[i].Class ? 1 : 0;
            }

            log?.WriteLine($"name-likeness: {train.Length:N0} training stems, {options.Epochs} epochs; class right on {100.0 * right / heldOut:F1}% of {heldOut:N0} held-out stems");
        }

        return model;
    }
}
