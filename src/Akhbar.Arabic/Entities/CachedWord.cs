namespace Akhbar.Arabic.Entities;

/// <summary>
/// What the tagger needs of one distinct word, computed once and kept in a <see cref="ScoreCache"/>: its
/// hashes, where gazetteer names begin in it, and the summed weights (one score per tag) of each group of features that depends on this word
/// alone: its own features (<see cref="FeatureExtractor.ExtractOwn"/>) and what it says of a word one or two
/// places away each side (<see cref="FeatureExtractor.ExtractNeighbour"/>).
/// </summary>
public sealed class CachedWord
{
    private const int K = BioTags.Count;

    /// <summary>Own, then as the neighbour at -2, -1, +1, +2: nine scores each.</summary>
    private readonly float[] _scores = new float[5 * K];

    public CachedWord(in WordForms forms, FeatureExtractor features, NerModel model)
    {
        Hashes = features.HashesOf(forms);
        GazetteerStarts = model.Gazetteer.StartsOf(forms);
        Span<uint> f = stackalloc uint[FeatureExtractor.MaxPerWord];
        model.AddWeights(f[..features.ExtractOwn(forms, f)], _scores.AsSpan(0, K));
        foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
        {
            model.AddWeights(f[..features.ExtractNeighbour(forms, Hashes, offset, f)], _scores.AsSpan(Slot(offset), K));
        }
    }

    public WordHashes Hashes { get; }

    /// <summary>Where gazetteer names begin in the word (<see cref="Gazetteer.StartsOf"/>); empty for most words.</summary>
    public GazetteerStart[] GazetteerStarts { get; }

    /// <summary>The scores of the word's own features.</summary>
    public ReadOnlySpan<float> Own => _scores.AsSpan(0, K);

    /// <summary>
    /// The scores of what this word says of a tagged word when it stands <paramref name="offset"/> places from
    /// it (-2, -1 before, +1, +2 after).
    /// </summary>
    public ReadOnlySpan<float> AtOffset(int offset) => _scores.AsSpan(Slot(offset), K);

    /// <summary>Offsets -2, -1, +1, +2 sit in slots 1 to 4.</summary>
    private static int Slot(int offset) => (offset < 0 ? offset + 3 : offset + 2) * K;
}
