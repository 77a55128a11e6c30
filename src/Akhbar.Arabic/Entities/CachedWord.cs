using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// What the tagger needs of one distinct word, computed once and kept in a <see cref="ScoreCache"/>: its
/// hashes, where gazetteer names begin in it, and the summed weights (one score per tag) of each group of features that depends on this word
/// alone: its own features (<see cref="FeatureExtractor.ExtractOwn"/>) and what it says of a word one or two
/// places away each side (<see cref="FeatureExtractor.ExtractNeighbour"/>).
/// </summary>
/// <remarks>
/// The scores are kept inside the object rather than in an array of their own, so that reading a word touches one
/// block of memory, which <see cref="Prefetch"/> can ask for ahead of its use.
/// </remarks>
public sealed class CachedWord
{
    private const int K = BioTags.Count;

    /// <summary>Own, then as the neighbour at -2, -1, +1, +2: nine scores each.</summary>
    private ScoreRows _scores;

    private readonly WordHashes _hashes;

    /// <summary>For a hybrid model, the summed first-layer rows of the word's own features at the places -2 .. +2 of its network (<see cref="NerNetwork"/>); otherwise null.</summary>
    private readonly float[]? _network;

    public CachedWord(in WordForms forms, FeatureExtractor features, NerModel model)
    {
        Key = forms.Key;
        IsCapitalized = forms.Shape == WordShape.LatinCapitalized;
        _hashes = features.HashesOf(forms);
        GazetteerStarts = model.Gazetteer.StartsOf(forms);
        Span<uint> f = stackalloc uint[FeatureExtractor.MaxPerWord];
        Span<float> scores = _scores;
        var ownCount = features.ExtractOwn(forms, f);
        if (model.Network is { } net)
        {
            // The network's first layer is linear in each place's inputs: the word's rows at each of the five places
            // are summed here once.
            _network = new float[5 * net.Hidden];
            for (var place = 0; place < 5; place++)
            {
                net.AddRows(f[..ownCount], place, _network.AsSpan(place * net.Hidden, net.Hidden));
            }
        }

        model.AddWeights(f[..ownCount], scores[..K]);
        foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
        {
            model.AddWeights(f[..features.ExtractNeighbour(forms, _hashes, offset, f)], scores.Slice(Slot(offset), K));
        }
    }

    /// <summary>The folded key of the word.</summary>
    public string Key { get; }

    /// <summary>Whether the word is a Latin word written with a capital (it has other features than the same key without).</summary>
    public bool IsCapitalized { get; }

    public WordHashes Hashes => _hashes;

    /// <summary>Where gazetteer names begin in the word (<see cref="Gazetteer.StartsOf"/>); empty for most words.</summary>
    public GazetteerStart[] GazetteerStarts { get; }

    /// <summary>The scores of the word's own features.</summary>
    public ReadOnlySpan<float> Own => ((ReadOnlySpan<float>)_scores)[..K];

    /// <summary>
    /// The scores of what this word says of a tagged word when it stands <paramref name="offset"/> places from
    /// it (-2, -1 before, +1, +2 after).
    /// </summary>
    public ReadOnlySpan<float> AtOffset(int offset) => ((ReadOnlySpan<float>)_scores).Slice(Slot(offset), K);

    /// <summary>
    /// The summed first-layer rows of the network (<see cref="NerNetwork"/>) for this word standing
    /// <paramref name="offset"/> places from the tagged word (-2 .. +2; 0 is the word itself); only for a hybrid model.
    /// </summary>
    public ReadOnlySpan<float> NetworkAt(int offset, int hidden) => _network.AsSpan((offset + 2) * hidden, hidden);

    /// <summary>Asks the processor to load the word's hashes and scores (a hint: nothing is read).</summary>
    public unsafe void Prefetch()
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in _hashes)));
            for (var i = 0; i < ScoreRows.Length; i += 16)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _scores[i]));
            }

            Sse.Prefetch0(Unsafe.AsPointer(ref _scores[ScoreRows.Length - 1]));
        }
    }

    /// <summary>Offsets -2, -1, +1, +2 sit in slots 1 to 4.</summary>
    private static int Slot(int offset) => (offset < 0 ? offset + 3 : offset + 2) * K;

    [InlineArray(Length)]
    private struct ScoreRows
    {
        public const int Length = 5 * K;

        private float _first;
    }
}
