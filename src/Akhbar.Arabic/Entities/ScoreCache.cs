namespace Akhbar.Arabic.Entities;

/// <summary>
/// One thread's memory of the words <see cref="NerTagger"/> has scored: per distinct word its
/// <see cref="CachedWord"/>. News repeats its words, so most of a sentence's features are neither hashed nor
/// looked up: their sums are read back. The cache is emptied when full, so memory stays bounded. Not
/// thread-safe: a tagger keeps one per thread.
/// </summary>
/// <remarks>
/// Pairs of adjacent words were cached the same way at first, but most pairs of a news stream are new (62%
/// of the 930,000 in the 3,000 bench articles), and a map of pairs big enough to keep the others cost about
/// as much to probe as their ten features cost to score.
/// </remarks>
public sealed class ScoreCache
{
    /// <summary>Words kept before the cache is emptied (about 300 bytes each, so at most about 40 MB).</summary>
    public const int Capacity = 1 << 17;

    private readonly FeatureExtractor _features;
    private readonly NerModel _model;
    private readonly Dictionary<string, CachedWord> _words = new(StringComparer.Ordinal);

    /// <summary>Latin words written with a capital have the same key as written without, and other features.</summary>
    private readonly Dictionary<string, CachedWord> _capitalized = new(StringComparer.Ordinal);

    private readonly int _capacity;

    /// <param name="capacity">Words kept before the cache is emptied (<see cref="Capacity"/> unless a test wants fewer).</param>
    public ScoreCache(FeatureExtractor features, NerModel model, int capacity = Capacity)
    {
        _features = features;
        _model = model;
        _capacity = capacity;
    }

    /// <summary>How many words the cache holds.</summary>
    public int Count => _words.Count + _capitalized.Count;

    /// <summary>The cached word of <paramref name="forms"/>, made on its first use.</summary>
    public CachedWord Word(in WordForms forms)
    {
        var map = forms.Shape == WordShape.LatinCapitalized ? _capitalized : _words;
        if (map.TryGetValue(forms.Key, out var word))
        {
            return word;
        }

        if (Count >= _capacity)
        {
            _words.Clear();
            _capitalized.Clear();
        }

        word = new CachedWord(forms, _features, _model);
        map[forms.Key] = word;
        return word;
    }
}
