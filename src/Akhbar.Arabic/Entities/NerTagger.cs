using System.Runtime.CompilerServices;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags a sentence with BIO tags: features from <see cref="FeatureExtractor"/>, scores from a
/// <see cref="NerModel"/>, best valid sequence from <see cref="ViterbiDecoder"/>. Thread-safe.
/// </summary>
/// <remarks>
/// Scoring is mostly cache misses on the weight table, about a third of them for features of the word
/// alone (its forms, affixes, classes, lexicon), which are the same at every occurrence. Their scores are
/// therefore kept per distinct word, per thread, in a bounded cache: news repeats its words, so most
/// words are looked up once instead of scored feature by feature.
/// </remarks>
public sealed class NerTagger
{
    /// <summary>A thread's cache is emptied when it holds this many words, so that memory stays bounded.</summary>
    private const int CacheCapacity = 1 << 16;

    private readonly ThreadLocal<Dictionary<(string Key, WordShape Shape), OwnScores>> _ownScores = new(() => []);

    public NerTagger(NerModel model)
    {
        Model = model;
        Features = new FeatureExtractor(model.Gazetteer, model.Clusters, model.Lexicon);
        // A second-order model keeps its tag trigram weights as features of the table (one row per pair of
        // previous tags); pruning may have dropped some rows, whose weights are then zero.
        var trigrams = new float[(BioTags.Count + 1) * (BioTags.Count + 1) * BioTags.Count];
        var any = false;
        for (var pp = -1; pp < BioTags.Count; pp++)
        {
            for (var p = -1; p < BioTags.Count; p++)
            {
                var feature = SecondOrderDecoder.TrigramFeature(pp, p);
                any |= model.Has(feature);
                model.AddWeights([feature], trigrams.AsSpan(SecondOrderDecoder.TrigramIndex(pp, p, 0), BioTags.Count));
            }
        }

        _trigrams = any ? trigrams : null;
    }

    /// <summary>Whether the model is second-order (decoded by <see cref="SecondOrderDecoder"/>).</summary>
    public bool IsSecondOrder => _trigrams is not null;

    /// <summary>Tag trigram weights of a second-order model (<see cref="SecondOrderDecoder"/>), or null.</summary>
    private readonly float[]? _trigrams;

    public NerModel Model { get; }

    public FeatureExtractor Features { get; }

    /// <summary>The tagger with the model and gazetteers that ship in Akhbar.Resources.</summary>
    public static NerTagger Default => DefaultHolder.Instance;

    public int[] Tag(IReadOnlyList<string> words)
    {
        var forms = new WordForms[words.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = WordForms.Of(words[i]);
        }

        var tags = new int[forms.Length];
        Tag(forms, tags);
        return tags;
    }

    public void Tag(ReadOnlySpan<WordForms> words, Span<int> tags)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (_trigrams is not null)
        {
            SecondOrderDecoder.Decode(Emissions(words), Model.Transitions, _trigrams, tags);
            return;
        }

        ViterbiDecoder.Decode(Emissions(words), Model.Transitions, tags);
    }

    /// <summary>
    /// Tags a sentence and writes how sure the model is of each tag (<see cref="TagMargins"/>), for
    /// choosing the sentences of unlabeled text that a model tags confidently.
    /// </summary>
    public void Tag(ReadOnlySpan<WordForms> words, Span<int> tags, Span<float> margins)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (_trigrams is not null)
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, "Tag margins need a first-order model (one trained without --second-order).");
        }

        var emissions = Emissions(words);
        ViterbiDecoder.Decode(emissions, Model.Transitions, tags);
        TagMargins.Compute(emissions, Model.Transitions, tags, margins);
    }

    /// <summary>The score of every tag at every word (words × <see cref="BioTags.Count"/>), before decoding.</summary>
    private float[] Emissions(ReadOnlySpan<WordForms> words)
    {
        var n = words.Length;
        var features = new uint[n * FeatureExtractor.MaxPerWord];
        var counts = new int[n];
        Features.ExtractContext(words, features, counts);
        var emissions = new float[n * BioTags.Count];
        var cache = _ownScores.Value!;
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * BioTags.Count, BioTags.Count);
            Own(words[i], cache, scores);
            Model.Score(features.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]), scores);
        }

        return emissions;
    }

    /// <summary>Writes the summed weights of the word's own features to <paramref name="scores"/>, from the cache or scored and cached.</summary>
    private void Own(in WordForms word, Dictionary<(string, WordShape), OwnScores> cache, Span<float> scores)
    {
        var key = (word.Key, word.Shape);
        if (!cache.TryGetValue(key, out var cached))
        {
            Span<uint> own = stackalloc uint[FeatureExtractor.MaxPerWord];
            var count = Features.ExtractOwn(word, own);
            Model.AddWeights(own[..count], cached);
            if (cache.Count >= CacheCapacity)
            {
                cache.Clear();
            }

            cache[key] = cached;
        }

        ((ReadOnlySpan<float>)cached).CopyTo(scores);
    }

    [InlineArray(BioTags.Count)]
    private struct OwnScores
    {
        private float _element;
    }

    private static class DefaultHolder
    {
        public static readonly NerTagger Instance = new(NerResources.LoadModel());
    }
}
