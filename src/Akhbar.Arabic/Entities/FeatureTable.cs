using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A read-only map from feature hash to weight row, as an open-addressing table with linear probing. Key
/// and row sit side by side in one array, so that a lookup, which dominates tagging and mostly misses the
/// cache, touches one cache line instead of the several of a <see cref="Dictionary{TKey, TValue}"/>.
/// In front of it, a Bloom filter (two bits set per key, eight times smaller than the table) answers most
/// lookups of features the model does not have (it keeps only those that training found useful) from the
/// processor's cache, without touching the table. The filter is blocked: both bits of a key lie in one 64-bit
/// word, so that a lookup reads one cache line of it instead of two (about two thirds of the ten-odd features
/// looked up per word are absent, and the filter's 256 KB compete with everything else for the cache).
/// </summary>
public sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows)
    {
        var size = 1;
        while (size < rows.Count * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(0, -1));
        _mask = size - 1;
        foreach (var (key, row) in rows)
        {
            var slot = (int)(key & (uint)_mask);
            while (_slots[slot].Row >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row);
        }

        // Eight filter bits per slot, at least 16 per key: about 1 in 100 absent keys gets through to the table (a little more than with the two bits anywhere).
        _filter = new ulong[Math.Max(1, size / 8)];
        _filterMask = _filter.Length - 1;
        foreach (var key in rows.Keys)
        {
            var (word, bits) = FilterBits(key);
            _filter[word] |= bits;
        }
    }

    /// <summary>
    /// The filter word of a key (from its bits 7 and up; the keys are well-mixed hashes) and the two bits set in it,
    /// from the high bits of the key multiplied by an odd constant, which are independent of the word's.
    /// </summary>
    private (int Word, ulong Bits) FilterBits(uint key)
    {
        var mixed = key * 0x9E3779B1u;
        return ((int)(key >> 7) & _filterMask, (1UL << (int)(mixed >> 26)) | (1UL << (int)((mixed >> 20) & 63)));
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(uint key) => MayHave(key) ? Probe(key) : -1;

    /// <summary>
    /// The rows of many keys (-1 for those absent), the same as <see cref="Find"/> key by key, in three sweeps: a
    /// prefetch of each key's filter word (the filter, a byte per slot, is larger than the processor's nearest caches, and
    /// most keys of a sentence are absent, so their filter word is all they read); the filter, and a prefetch of the slot
    /// of each key that passes it; then the probes. The memory waits overlap instead of coming one after the other.
    /// </summary>
    public unsafe void FindAll(ReadOnlySpan<uint> keys, Span<int> rows)
    {
        const int Pending = int.MinValue;
        if (Sse.IsSupported)
        {
            foreach (var key in keys)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _filter[FilterBits(key).Word]));
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (!MayHave(key))
            {
                rows[i] = -1;
                continue;
            }

            rows[i] = Pending;
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)(key & (uint)_mask)]));
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (rows[i] == Pending)
            {
                rows[i] = Probe(keys[i]);
            }
        }
    }

    /// <summary>Whether the filter lets <paramref name="key"/> through (all present keys, and about 1 in 100 absent ones).</summary>
    private bool MayHave(uint key)
    {
        var (word, bits) = FilterBits(key);
        return (_filter[word] & bits) == bits;
    }

    /// <summary>The row of <paramref name="key"/> in the table (linear probing), or -1.</summary>
    private int Probe(uint key)
    {
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var s = _slots[slot];
            if (s.Row < 0 || s.Key == key)
            {
                return s.Row;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(uint Key, int Row);
}
