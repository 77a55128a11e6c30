using System.Runtime.CompilerServices;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A set of 64-bit values kept as one bit each, hashed: it may answer yes for a value it does not hold (a shared bit),
/// never no for one it holds. The word filters of the event stage (<see cref="EndingFilter"/>, <see cref="FormShapeFilter"/>)
/// keep what their lists' words have in common in one, to turn most words of a text away before a dictionary lookup.
/// </summary>
/// <remarks>
/// The set is sized to what it holds: a given number of bits per value, from 1,024 bits up to 65,536 (8 KB). Small sets
/// stay in the processor's cache between documents, while the stages before the event stage push out the lines of large
/// ones; 8 KB whatever the list made each test a wait on memory (docs/PERFORMANCE.md, wt-perf23).
/// </remarks>
public sealed class HashedBitSet
{
    private const int MinBitsLog2 = 10;

    private const int MaxBitsLog2 = 16;

    private readonly ulong[] _bits;

    /// <summary>64 less the log2 of the number of bits: the hash's top bits index the set.</summary>
    private readonly int _shift;

    /// <param name="values">What the set holds (repeats count once).</param>
    /// <param name="bitsPerValue">How many bits to give each value: about one in that many others shares a bit with one of them.</param>
    public HashedBitSet(IEnumerable<ulong> values, int bitsPerValue)
    {
        var distinct = values.ToHashSet();
        var log2 = MinBitsLog2;
        while (log2 < MaxBitsLog2 && (1L << log2) < (long)distinct.Count * bitsPerValue)
        {
            log2++;
        }

        _bits = new ulong[(1 << log2) / 64];
        _shift = 64 - log2;
        foreach (var value in distinct)
        {
            var bit = BitOf(value);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>How many bits the set has.</summary>
    public int Size => _bits.Length * 64;

    /// <summary>Whether the set may hold the value: false only when it does not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ulong value)
    {
        var bit = BitOf(value);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The bit of a value (a multiplicative hash; its top bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BitOf(ulong value) => (int)((value * 0x9E3779B97F4A7C15UL) >> _shift);
}
