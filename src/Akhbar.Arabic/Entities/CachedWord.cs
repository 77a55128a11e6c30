using System.Runtime.CompilerServices;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// What the tagger needs of one distinct word, computed once and kept in a <see cref="ScoreCache"/>: its
/// hashes and the summed weights (one score per tag) of each group of features that depends on this word
/// alone: its own features (<see cref="FeatureExtractor.ExtractOwn"/>) and what it says of a word one or two
/// places away each side (<see cref="FeatureExtractor.ExtractNeighbour"/>).
/// </summary>
/// <remarks>
/// A plain value of four cache lines (the scores, then the hashes), so that the cache keeps its words side by side in
/// one array on huge pages (<see cref="HugePageArray{T}"/>) rather than as objects scattered over the heap: reading a
/// word then touches four lines that its prefetch can ask for, and no page that the processor's translation cache must
/// first look up. Where gazetteer names begin in the word, and a hybrid model's network rows, are arrays, kept beside.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Size = 256)]
public struct CachedWord
{
    private const int K = BioTags.Count;

    /// <summary>Own, then as the neighbour at -2, -1, +1, +2: nine scores each.</summary>
    private ScoreRows _scores;

    private WordHashes _hashes;

    /// <summary>
    /// Computes the word's hashes, its scores and, for a hybrid model, the summed first-layer rows of its own features at
    /// the places -2 .. +2 of its network (<see cref="NerNetwork"/>; otherwise null).
    /// </summary>
    public CachedWord(in WordForms forms, FeatureExtractor features, NerModel model, out float[]? network)
    {
        _hashes = features.HashesOf(forms);
        Span<uint> f = stackalloc uint[FeatureExtractor.MaxPerWord];
        Span<float> scores = _scores;
        var ownCount = features.ExtractOwn(forms, f);
        network = null;
        if (model.Network is { } net)
        {
            // The network's first layer is linear in each place's inputs: the word's rows at each of the five places
            // are summed here once.
            network = new float[5 * net.Hidden];
            for (var place = 0; place < 5; place++)
            {
                net.AddRows(f[..ownCount], place, network.AsSpan(place * net.Hidden, net.Hidden));
            }
        }

        model.AddWeights(f[..ownCount], scores[..K]);
        foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
        {
            model.AddWeights(f[..features.ExtractNeighbour(forms, _hashes, offset, f)], scores.Slice(Slot(offset), K));
        }
    }

    /// <summary>Bytes of one word; its prefetch asks for each of its cache lines.</summary>
    public static int Size => Unsafe.SizeOf<CachedWord>();

    public readonly WordHashes Hashes => _hashes;

    /// <summary>The scores of the word's own features.</summary>
    [UnscopedRef]
    public readonly ReadOnlySpan<float> Own => ((ReadOnlySpan<float>)_scores)[..K];

    /// <summary>
    /// The scores of what this word says of a tagged word when it stands <paramref name="offset"/> places from
    /// it (-2, -1 before, +1, +2 after).
    /// </summary>
    [UnscopedRef]
    public readonly ReadOnlySpan<float> AtOffset(int offset) => ((ReadOnlySpan<float>)_scores).Slice(Slot(offset), K);

    /// <summary>Offsets -2, -1, +1, +2 sit in slots 1 to 4.</summary>
    private static int Slot(int offset) => (offset < 0 ? offset + 3 : offset + 2) * K;

    [InlineArray(Length)]
    private struct ScoreRows
    {
        public const int Length = 5 * K;

        private float _first;
    }
}
