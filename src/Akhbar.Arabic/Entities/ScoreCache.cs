using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

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
/// The words are kept in an open-addressing table of (hash, word) slots rather than a dictionary, so that the
/// words of a whole sentence can be looked up in sweeps (<see cref="Words"/>): first every slot is prefetched,
/// then every word found is, then they are read; their memory waits overlap instead of coming one by one.
/// </remarks>
public sealed class ScoreCache
{
    /// <summary>Words kept before the cache is emptied (about 300 bytes each, so at most about 40 MB).</summary>
    public const int Capacity = 1 << 17;

    private readonly FeatureExtractor _features;
    private readonly NerModel _model;
    private readonly int _capacity;

    /// <summary>At most half full, so that probes stay short; grows by doubling up to twice the capacity.</summary>
    private Slot[] _slots = new Slot[1024];

    /// <param name="capacity">Words kept before the cache is emptied (<see cref="Capacity"/> unless a test wants fewer).</param>
    public ScoreCache(FeatureExtractor features, NerModel model, int capacity = Capacity)
    {
        _features = features;
        _model = model;
        _capacity = capacity;
    }

    /// <summary>How many words the cache holds.</summary>
    public int Count { get; private set; }

    /// <summary>The cached word of <paramref name="forms"/>, made on its first use.</summary>
    public CachedWord Word(in WordForms forms) => Word(forms, HashOf(forms));

    /// <summary>
    /// The cached words of a sentence, as <see cref="Word(in WordForms)"/> one by one gives them, looked up in
    /// sweeps so that the memory waits of its words overlap; <paramref name="hashes"/> is working space.
    /// </summary>
    public unsafe void Words(ReadOnlySpan<WordForms> words, Span<CachedWord> into, Span<uint> hashes)
    {
        for (var i = 0; i < words.Length; i++)
        {
            hashes[i] = HashOf(words[i]);
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)hashes[i] & (_slots.Length - 1)]));
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            into[i] = Word(words[i], hashes[i]);
            into[i].Prefetch();
        }
    }

    private CachedWord Word(in WordForms forms, uint hash)
    {
        var capitalized = forms.Shape == WordShape.LatinCapitalized;
        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        while (_slots[slot].Word is { } kept)
        {
            if (_slots[slot].Hash == hash && kept.IsCapitalized == capitalized && string.Equals(kept.Key, forms.Key, StringComparison.Ordinal))
            {
                return kept;
            }

            slot = (slot + 1) & mask;
        }

        var word = new CachedWord(forms, _features, _model);
        if (Count >= _capacity)
        {
            Array.Clear(_slots);
            Count = 0;
        }
        else if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }
        else
        {
            _slots[slot] = new Slot(word, hash);
            Count++;
            return word;
        }

        Insert(new Slot(word, hash));
        Count++;
        return word;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        foreach (var s in old)
        {
            if (s.Word is not null)
            {
                Insert(s);
            }
        }
    }

    private void Insert(Slot s)
    {
        var mask = _slots.Length - 1;
        var slot = (int)s.Hash & mask;
        while (_slots[slot].Word is not null)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = s;
    }

    /// <summary>A hash of the word's key (four letters at a time) and of whether it is a capitalized Latin word.</summary>
    private static uint HashOf(in WordForms forms)
    {
        const ulong Mix = 0x9E3779B97F4A7C15;
        var key = forms.Key.AsSpan();
        var h = ((ulong)key.Length * Mix) ^ (forms.Shape == WordShape.LatinCapitalized ? 0x5555UL : 0);
        foreach (var block in MemoryMarshal.Cast<char, ulong>(key))
        {
            h = System.Numerics.BitOperations.RotateLeft((h ^ block) * Mix, 29);
        }

        for (var i = key.Length & ~3; i < key.Length; i++)
        {
            h = System.Numerics.BitOperations.RotateLeft((h ^ key[i]) * Mix, 29);
        }

        h *= Mix;
        return (uint)(h >> 32);
    }

    private readonly record struct Slot(CachedWord? Word, uint Hash);
}
