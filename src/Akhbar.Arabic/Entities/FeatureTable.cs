using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A read-only map from feature hash to weight row, as an open-addressing table with linear probing. Key,
/// row and, when the model's weights are all half-precision values (as a model read from its file always is,
/// since the file stores them so), the nine weights themselves as halves sit side by side in one 32-byte slot
/// aligned to its half of a cache line: a lookup, which dominates tagging and mostly misses the cache, then
/// touches one cache line for both the key and its weights, instead of one for the key and one or two for a row
/// of nine floats elsewhere. In front of it, a Bloom filter (two bits set per key, eight times smaller than the
/// table) answers most lookups of features the model does not have (it keeps only those that training found
/// useful) from the processor's cache, without touching the table.
/// </summary>
public sealed unsafe class FeatureTable
{
    private const int SlotBytes = 32;

    /// <summary>The memory of the slots, on the pinned heap so that <see cref="_slots"/> stays valid; kept alive by this field.</summary>
    private readonly byte[] _memory;
    private readonly Slot* _slots;
    private readonly int _mask;
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    /// <param name="rows">The row of each feature hash.</param>
    /// <param name="weights">The weights, <see cref="BioTags.Count"/> per row; kept in the slots when every one is a finite half-precision value.</param>
    public FeatureTable(IReadOnlyDictionary<uint, int> rows, ReadOnlySpan<float> weights = default)
    {
        var size = 1;
        while (size < rows.Count * 2)
        {
            size <<= 1;
        }

        _memory = GC.AllocateArray<byte>((size * SlotBytes) + SlotBytes, pinned: true);
        var address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_memory));
        _slots = (Slot*)(address + ((SlotBytes - (address % SlotBytes)) % SlotBytes));
        _mask = size - 1;
        for (var i = 0; i < size; i++)
        {
            _slots[i].Row = -1;
        }

        HasHalfWeights = rows.Count > 0 && weights.Length == rows.Count * BioTags.Count && AreHalves(weights);
        foreach (var (key, row) in rows)
        {
            var slot = (int)(key & (uint)_mask);
            while (_slots[slot].Row >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot].Key = key;
            _slots[slot].Row = row;
            if (HasHalfWeights)
            {
                for (var t = 0; t < BioTags.Count; t++)
                {
                    _slots[slot].Halves[t] = BitConverter.HalfToUInt16Bits((Half)weights[(row * BioTags.Count) + t]);
                }
            }
        }

        // Eight filter bits per slot, at least 16 per key: about 1 in 100 absent keys gets through to the table.
        var bits = Math.Max(64, size * 8);
        _filter = new ulong[bits / 64];
        _filterMask = bits - 1;
        foreach (var key in rows.Keys)
        {
            var (a, b) = FilterBits(key);
            _filter[a >> 6] |= 1UL << a;
            _filter[b >> 6] |= 1UL << b;
        }
    }

    /// <summary>
    /// Whether the slots hold the weights (<see cref="AddWeights(uint, Span{float})"/>): every weight given was a finite
    /// half-precision value, so that the half read back is the same float. A model being trained has other weights and
    /// is read through its rows.
    /// </summary>
    public bool HasHalfWeights { get; }

    /// <summary>Whether every weight is a finite value that a half-precision float holds exactly (the same bits back, signed zeros too).</summary>
    private static bool AreHalves(ReadOnlySpan<float> weights)
    {
        foreach (var w in weights)
        {
            var half = (Half)w;
            if (!Half.IsFinite(half) || BitConverter.SingleToInt32Bits((float)half) != BitConverter.SingleToInt32Bits(w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The two filter bits of a key: its low bits and its high bits (the keys are well-mixed hashes).</summary>
    private (int A, int B) FilterBits(uint key) => ((int)(key >> 7) & _filterMask, (int)((key >> 17) | (key << 15)) & _filterMask);

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(uint key) => MayHave(key) ? Probe(key)->Row : -1;

    /// <summary>
    /// Adds the weights of <paramref name="key"/>, read from its slot, to <paramref name="scores"/> (one per tag); false,
    /// adding nothing, when the table does not have the key. Only when <see cref="HasHalfWeights"/>.
    /// </summary>
    public bool AddWeights(uint key, Span<float> scores)
    {
        if (!MayHave(key))
        {
            return false;
        }

        var slot = Probe(key);
        if (slot->Row < 0)
        {
            return false;
        }

        TagScores.AddHalves(in slot->Halves, scores);
        return true;
    }

    /// <summary>
    /// The rows of many keys (-1 for those absent), the same as <see cref="Find"/> key by key, in two sweeps: the
    /// filter, which sits in the processor's cache, and a prefetch of the slot of each key that passes it; then the
    /// probes. The slots' memory waits overlap instead of coming one after the other.
    /// </summary>
    public void FindAll(ReadOnlySpan<uint> keys, Span<int> rows)
    {
        const int Pending = int.MinValue;
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
                Sse.Prefetch0(_slots + (int)(key & (uint)_mask));
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (rows[i] == Pending)
            {
                rows[i] = Probe(keys[i])->Row;
            }
        }
    }

    /// <summary>
    /// Adds the weights of many keys, read from their slots, each to its own row of scores: key i to
    /// <c>scores[targets[i] * BioTags.Count ..]</c>, in the order given (the same sums as key by key). Two sweeps as
    /// in <see cref="FindAll"/>: the filter and a prefetch of each slot, then the probes and sums, so that the memory
    /// waits overlap; the weights come with the key's cache line. Only when <see cref="HasHalfWeights"/>.
    /// </summary>
    /// <param name="passed">Working space, one per key.</param>
    public void AddWeights(ReadOnlySpan<uint> keys, ReadOnlySpan<int> targets, Span<float> scores, Span<bool> passed)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            passed[i] = MayHave(key);
            if (passed[i] && Sse.IsSupported)
            {
                Sse.Prefetch0(_slots + (int)(key & (uint)_mask));
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (passed[i])
            {
                var slot = Probe(keys[i]);
                if (slot->Row >= 0)
                {
                    TagScores.AddHalves(in slot->Halves, scores.Slice(targets[i] * BioTags.Count, BioTags.Count));
                }
            }
        }
    }

    /// <summary>Whether the filter lets <paramref name="key"/> through (all present keys, and about 1 in 100 absent ones).</summary>
    private bool MayHave(uint key)
    {
        var (a, b) = FilterBits(key);
        return (_filter[a >> 6] & (1UL << a)) != 0 && (_filter[b >> 6] & (1UL << b)) != 0;
    }

    /// <summary>The slot of <paramref name="key"/> in the table (linear probing), or the empty slot (row -1) where it would be.</summary>
    private Slot* Probe(uint key)
    {
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var s = _slots + slot;
            if (s->Row < 0 || s->Key == key)
            {
                return s;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [StructLayout(LayoutKind.Sequential, Size = SlotBytes)]
    private struct Slot
    {
        public uint Key;
        public int Row;
        public HalfRow Halves;
    }
}
