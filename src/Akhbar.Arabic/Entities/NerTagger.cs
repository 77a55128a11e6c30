using System.Buffers;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags a sentence with BIO tags: features from <see cref="FeatureExtractor"/>, scores from a
/// <see cref="NerModel"/>, best valid sequence from <see cref="ViterbiDecoder"/>. Thread-safe.
/// </summary>
/// <remarks>
/// Scoring is mostly cache misses on the weight table. Most features depend on one word only (its own forms,
/// affixes, classes and lexicon, and what it says of a neighbour one or two places away) or on two adjacent
/// words (bigrams). News repeats its words: the summed weights of the features of one word are therefore kept
/// per distinct word, per thread, in a bounded <see cref="ScoreCache"/>, and only the features of pairs of
/// words and of gazetteer names and titles spanning several words are hashed and looked up at every occurrence.
/// </remarks>
public sealed class NerTagger
{
    private readonly ThreadLocal<ScoreCache> _caches;

    /// <summary>The scores of what lies outside the sentence, one or two places before or after a word (-2, -1, +1, +2).</summary>
    private readonly float[] _edges = new float[4 * BioTags.Count];

    public NerTagger(NerModel model)
    {
        Model = model;
        Features = new FeatureExtractor(model.Gazetteer, model.Clusters, model.Lexicon, model.EmbeddingClasses, model.NameLikeness);
        _caches = new(() => new ScoreCache(Features, Model));
        Span<uint> edge = stackalloc uint[1];
        foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
        {
            model.AddWeights(edge[..FeatureExtractor.ExtractEdge(offset, edge)], Edge(offset));
        }
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
        if (model.Network is { } net)
        {
            _networkEdges = new float[5 * net.Hidden];
            foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
            {
                net.AddRows(edge[..FeatureExtractor.ExtractEdge(offset, edge)], offset + 2, _networkEdges.AsSpan((offset + 2) * net.Hidden, net.Hidden));
            }
        }
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

    public void Tag(ReadOnlySpan<WordForms> words, Span<int> tags) => Tag(words, tags, Span<uint>.Empty);

    /// <summary>Tags a sentence and writes the <see cref="NamePropagation.StemHash"/> of every word to <paramref name="stems"/>, as the tagger hashed it for its features.</summary>
    public void Tag(ReadOnlySpan<WordForms> words, Span<int> tags, Span<uint> stems)
    {
        if (words.Length == 0)
        {
            return;
        }

        // The scores live only as long as the decoding, so they are written to a pooled array.
        var length = words.Length * BioTags.Count;
        var emissions = ArrayPool<float>.Shared.Rent(length);
        Score(words, emissions.AsSpan(0, length), stems);
        if (_trigrams is not null)
        {
            SecondOrderDecoder.Decode(emissions.AsSpan(0, length), Model.Transitions, _trigrams, tags);
        }
        else
        {
            ViterbiDecoder.Decode(emissions.AsSpan(0, length), Model.Transitions, tags);
        }

        ArrayPool<float>.Shared.Return(emissions);
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

    /// <summary>
    /// The score of every tag at every word (words × <see cref="BioTags.Count"/>), before decoding: the
    /// summed weights of all the word's features (<see cref="FeatureExtractor.Extract"/>) and the
    /// <see cref="NerModel.EntityBias"/>, read from the thread's <see cref="ScoreCache"/> where it can.
    /// </summary>
    public float[] Emissions(ReadOnlySpan<WordForms> words)
    {
        var emissions = new float[words.Length * BioTags.Count];
        Score(words, emissions, default);
        return emissions;
    }

    /// <summary>Writes <see cref="Emissions"/> to <paramref name="emissions"/>, every score of it, and the words' stem hashes to <paramref name="stems"/> unless it is empty; the working arrays are pooled.</summary>
    private void Score(ReadOnlySpan<WordForms> words, Span<float> emissions, Span<uint> stems)
    {
        const int k = BioTags.Count;
        var n = words.Length;
        if (n == 0)
        {
            return;
        }

        var cache = _caches.Value!;
        var cachedArray = ArrayPool<CachedWord>.Shared.Rent(n);
        var hashesArray = ArrayPool<WordHashes>.Shared.Rent(n);
        var startsArray = ArrayPool<GazetteerStart[]>.Shared.Rent(n);
        var cached = cachedArray.AsSpan(0, n);
        var hashes = hashesArray.AsSpan(0, n);
        var starts = startsArray.AsSpan(0, n);
        var keyHashes = ArrayPool<uint>.Shared.Rent(n);
        cache.Words(words, cached, keyHashes);
        ArrayPool<uint>.Shared.Return(keyHashes);
        for (var i = 0; i < n; i++)
        {
            hashes[i] = cached[i].Hashes;
            starts[i] = cached[i].GazetteerStarts;
        }

        if (!stems.IsEmpty)
        {
            for (var i = 0; i < n; i++)
            {
                stems[i] = hashes[i].Stem;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var scores = emissions.Slice(i * k, k);
            cached[i].Own.CopyTo(scores);
            foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
            {
                var j = i + offset;
                TagScores.Add(j < 0 || j >= n ? Edge(offset) : cached[j].AtOffset(offset), scores);
            }
        }

        // What adjacent words say together (bigrams; most pairs of a news stream are new, so they are scored here),
        // then the gazetteer names and titles (most words have none), each feature with the word it belongs to: they
        // are looked up together (NerModel.AddWeights), in the order in which each word's scores were summed one
        // feature at a time, so the sums are the same.
        var spans = ArrayPool<uint>.Shared.Rent(n * FeatureExtractor.MaxPerWord);
        var counts = ArrayPool<int>.Shared.Rent(n);
        Features.ExtractSpans(words, hashes, starts, spans, counts);
        var total = (n + 1) * 2 * MaxPerPair;
        for (var i = 0; i < n; i++)
        {
            total += counts[i];
        }

        var featuresArray = ArrayPool<uint>.Shared.Rent(total);
        var targetsArray = ArrayPool<int>.Shared.Rent(total);
        var features = featuresArray.AsSpan();
        var targets = targetsArray.AsSpan();
        var c = Put(features, targets, 0, FeatureExtractor.ExtractFirst(hashes[0], features), 0);
        for (var i = 0; i + 1 < n; i++)
        {
            c = Put(features, targets, c, Features.ExtractWithRight(hashes[i], hashes[i + 1], features[c..]), i);
            c = Put(features, targets, c, Features.ExtractWithLeft(hashes[i], hashes[i + 1], features[c..]), i + 1);
        }

        c = Put(features, targets, c, FeatureExtractor.ExtractLast(hashes[n - 1], features[c..]), n - 1);
        for (var i = 0; i < n; i++)
        {
            spans.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]).CopyTo(features[c..]);
            c = Put(features, targets, c, counts[i], i);
        }

        Model.AddWeights(features[..c], targets[..c], emissions);
        for (var i = 0; i < n; i++)
        {
            Model.AddBias(emissions.Slice(i * k, k));
        }

        if (Model.Network is { } net)
        {
            AddNetwork(net, cached, spans, counts, emissions);
        }

        ArrayPool<uint>.Shared.Return(featuresArray);
        ArrayPool<int>.Shared.Return(targetsArray);
        ArrayPool<uint>.Shared.Return(spans);
        ArrayPool<int>.Shared.Return(counts);
        ArrayPool<WordHashes>.Shared.Return(hashesArray);

        // Cleared so that the pool does not keep words the cache has dropped.
        ArrayPool<CachedWord>.Shared.Return(cachedArray, clearArray: true);
        ArrayPool<GazetteerStart[]>.Shared.Return(startsArray, clearArray: true);
    }

    /// <summary>
    /// Adds the tag scores of a hybrid model's network (<see cref="NerNetwork"/>): per word, the cached rows of the
    /// words around it at their places (or of the sentence's edge), the rows of its gazetteer and title features, the
    /// rectifier and the output layer.
    /// </summary>
    private void AddNetwork(NerNetwork net, ReadOnlySpan<CachedWord> cached, uint[] spans, int[] counts, Span<float> emissions)
    {
        var n = cached.Length;
        var h = net.Hidden;
        Span<float> pre = h <= 512 ? stackalloc float[h] : new float[h];
        for (var i = 0; i < n; i++)
        {
            pre.Clear();
            for (var d = -2; d <= 2; d++)
            {
                var j = i + d;
                NerNetwork.Add(j < 0 || j >= n ? NetworkEdge(net, d) : cached[j].NetworkAt(d, h), pre);
            }

            net.AddRows(spans.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]), NerNetwork.SpanPlace, pre);
            net.Forward(pre, pre, emissions.Slice(i * BioTags.Count, BioTags.Count));
        }
    }

    /// <summary>For a hybrid model, the first-layer rows of the sentence's edge at the network's places -2, -1, +1, +2 (slots 0, 1, 3, 4).</summary>
    private readonly float[]? _networkEdges;

    private ReadOnlySpan<float> NetworkEdge(NerNetwork net, int offset) => _networkEdges.AsSpan((offset + 2) * net.Hidden, net.Hidden);

    /// <summary>At most this many features per pair of adjacent words and side (<see cref="FeatureExtractor.ExtractWithLeft"/>: two bigrams, the form and class, the class pair, the lexicon pair).</summary>
    private const int MaxPerPair = 8;

    /// <summary>Marks the <paramref name="count"/> features written at <paramref name="at"/> as features of word <paramref name="word"/>; returns where the next go.</summary>
    private static int Put(Span<uint> features, Span<int> targets, int at, int count, int word)
    {
        targets.Slice(at, count).Fill(word);
        return at + count;
    }

    private Span<float> Edge(int offset) => _edges.AsSpan((offset < 0 ? offset + 2 : offset + 1) * BioTags.Count, BioTags.Count);

    private static class DefaultHolder
    {
        public static readonly NerTagger Instance = new(NerResources.LoadModel());
    }
}
