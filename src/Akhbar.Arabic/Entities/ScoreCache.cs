using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// One thread's memory of the words <see cref="NerTagger"/> has scored: per distinct word its
/// <see cref="CachedWord"/>, named by an entry number. News repeats its words, so most of a sentence's features are
/// neither hashed nor looked up: their sums are read back. The cache is emptied when full, so memory stays bounded.
/// Not thread-safe: a tagger keeps one per thread.
/// </summary>
/// <remarks>
/// Pairs of adjacent words were cached the same way at first, but most pairs of a news stream are new (62%
/// of the 930,000 in the 3,000 bench articles), and a map of pairs big enough to keep the others cost about
/// as much to probe as their ten features cost to score.
/// The words are found through an open-addressing table of (key, hash, entry) slots rather than a dictionary, so that
/// the words of a whole sentence can be looked up in sweeps (<see cref="Words"/>): first every slot is prefetched, then
/// every word found is, then they are read; their memory waits overlap instead of coming one by one. The words
/// themselves lie side by side in one array on huge pages (<see cref="HugePageArray{T}"/>), not as objects over the
/// heap, and the slot holds the key, so that finding a word reads only its slot: the key is the segmenter's shared
/// string, so the comparison is mostly of two references.
/// An entry number is valid until the cache is next emptied: <see cref="Words"/> empties it, when it must, before a
/// sentence and never during one, so that the entries of a sentence stay valid while it is scored.
/// </remarks>
public sealed class ScoreCache
{
    /// <summary>Words kept before the cache is emptied (256 bytes each, so at most 32 MB, on huge pages).</summary>
    public const int Capacity = 1 << 17;

    private readonly FeatureExtractor _features;
    private readonly NerModel _model;
    private readonly int _capacity;

    /// <summary>At most half full, so that probes stay short; grows by doubling up to twice the capacity.</summary>
    private Slot[] _slots = new Slot[1024];

    /// <summary>The words by entry; as long as the capacity, or as the longest sentence if that is longer.</summary>
    private HugePageArray<CachedWord> _words;

    /// <summary>By entry, where gazetteer names begin in the word (<see cref="Gazetteer.StartsOf"/>; empty for most words).</summary>
    private GazetteerStart[][] _gazetteerStarts;

    /// <summary>By entry, for a hybrid model, the word's summed network rows (<see cref="CachedWord(in WordForms, FeatureExtractor, NerModel, out float[])"/>); otherwise null.</summary>
    private float[]?[] _network;

    /// <param name="capacity">Words kept before the cache is emptied (<see cref="Capacity"/> unless a test wants fewer).</param>
    public ScoreCache(FeatureExtractor features, NerModel model, int capacity = Capacity)
    {
        _features = features;
        _model = model;
        _capacity = capacity;
        _words = new HugePageArray<CachedWord>(capacity);
        _gazetteerStarts = new GazetteerStart[capacity][];
        _network = new float[]?[model.Network is null ? 0 : capacity];
    }

    /// <summary>How many words the cache holds.</summary>
    public int Count { get; private set; }

    /// <summary>The word of entry <paramref name="entry"/> (from <see cref="Word"/> or <see cref="Words"/>).</summary>
    public ref readonly CachedWord this[int entry] => ref _words.Span[entry];

    /// <summary>Where gazetteer names begin in the word of <paramref name="entry"/>.</summary>
    public GazetteerStart[] GazetteerStartsOf(int entry) => _gazetteerStarts[entry];

    /// <summary>
    /// The summed first-layer rows of the network (<see cref="NerNetwork"/>) for the word of <paramref name="entry"/> standing
    /// <paramref name="offset"/> places from the tagged word (-2 .. +2; 0 is the word itself); only for a hybrid model.
    /// </summary>
    public ReadOnlySpan<float> NetworkAt(int entry, int offset, int hidden) => _network[entry].AsSpan((offset + 2) * hidden, hidden);

    /// <summary>The entry of <paramref name="forms"/>, its word made on its first use; the cache is emptied first when it is full.</summary>
    public int Word(in WordForms forms)
    {
        var hash = HashOf(forms);
        var found = Find(forms, hash);
        if (found >= 0)
        {
            return found;
        }

        if (Count >= _capacity)
        {
            Empty();
        }

        return Add(forms, hash);
    }

    /// <summary>
    /// The entries of a sentence's words, as <see cref="Word(in WordForms)"/> one by one gives them, except that a cache too
    /// full to take every word of the sentence is emptied before it, so that all its entries stay valid together.
    /// Looked up in sweeps so that the memory waits of its words overlap; <paramref name="hashes"/> is working space.
    /// </summary>
    public unsafe void Words(ReadOnlySpan<WordForms> words, Span<int> into, Span<uint> hashes)
    {
        if (Count + words.Length > _capacity)
        {
            Empty();
        }

        if (words.Length > _words.Length)
        {
            // Only a cache smaller than a sentence (a test's) gets here.
            _words = new HugePageArray<CachedWord>(words.Length);
            Array.Resize(ref _gazetteerStarts, words.Length);
            Array.Resize(ref _network, _model.Network is null ? 0 : words.Length);
        }

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
            var found = Find(words[i], hashes[i]);
            into[i] = found >= 0 ? found : Add(words[i], hashes[i]);
            if (Sse.IsSupported)
            {
                var word = (byte*)_words.AddressOf(into[i]);
                for (var line = 0; line < CachedWord.Size; line += 64)
                {
                    Sse.Prefetch0(word + line);
                }
            }
        }
    }

    /// <summary>The entry of the word, or -1.</summary>
    private int Find(in WordForms forms, uint hash)
    {
        var capitalized = forms.Shape == WordShape.LatinCapitalized;
        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        while (_slots[slot].Key is { } kept)
        {
            if (_slots[slot].Hash == hash && _slots[slot].IsCapitalized == capitalized && string.Equals(kept, forms.Key, StringComparison.Ordinal))
            {
                return _slots[slot].Entry;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    /// <summary>Makes the word of an absent key in the next entry, which the caller has made sure exists.</summary>
    private int Add(in WordForms forms, uint hash)
    {
        var entry = Count;
        _words.Span[entry] = new CachedWord(forms, _features, _model, out var network);
        _gazetteerStarts[entry] = _model.Gazetteer.StartsOf(forms);
        if (network is not null)
        {
            _network[entry] = network;
        }

        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Insert(new Slot(forms.Key, hash, entry, forms.Shape == WordShape.LatinCapitalized));
        Count++;
        return entry;
    }

    /// <summary>Forgets every word; their entries are made again from zero.</summary>
    private void Empty()
    {
        Array.Clear(_slots);
        Array.Clear(_gazetteerStarts);
        Array.Clear(_network);
        Count = 0;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        foreach (var s in old)
        {
            if (s.Key is not null)
            {
                Insert(s);
            }
        }
    }

    private void Insert(Slot s)
    {
        var mask = _slots.Length - 1;
        var slot = (int)s.Hash & mask;
        while (_slots[slot].Key is not null)
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

    /// <summary>A word's key and case, where it is found, and its entry: finding a word reads nothing else.</summary>
    private readonly record struct Slot(string? Key, uint Hash, int Entry, bool IsCapitalized);
}
