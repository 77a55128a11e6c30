namespace Akhbar.Arabic.Entities;

/// <summary>
/// A Bloom filter over the edges of a <see cref="Gazetteer"/>'s trie (two bits per edge, at least sixteen bits per
/// edge): most edges asked for do not exist (a word that begins no name, a next word that does not go on with one),
/// and the filter, small enough for the processor's cache, answers most of those without a probe of the edge
/// dictionary, whose buckets and entries are two memory waits each. It never turns away an edge that exists.
/// </summary>
public sealed class EdgeFilter
{
    private readonly ulong[] _bits;
    private readonly int _mask;

    public EdgeFilter(IReadOnlyCollection<ulong> edges)
    {
        var bits = 64;
        while (bits < edges.Count * 16)
        {
            bits <<= 1;
        }

        _bits = new ulong[bits / 64];
        _mask = bits - 1;
        Count = edges.Count;
        foreach (var edge in edges)
        {
            var (a, b) = BitsOf(edge);
            _bits[a >> 6] |= 1UL << a;
            _bits[b >> 6] |= 1UL << b;
        }
    }

    /// <summary>How many edges the filter was built from: the gazetteer builds a new one when it has more.</summary>
    public int Count { get; }

    /// <summary>Whether <paramref name="edge"/> may exist (every edge the filter was built from does; about 1 in 100 others).</summary>
    public bool MayHave(ulong edge)
    {
        var (a, b) = BitsOf(edge);
        return (_bits[a >> 6] & (1UL << a)) != 0 && (_bits[b >> 6] & (1UL << b)) != 0;
    }

    /// <summary>Two bit positions from the low and high halves of the edge (node and word hash side by side) mixed by a 64-bit finalizer.</summary>
    private (int A, int B) BitsOf(ulong edge)
    {
        var z = (edge ^ (edge >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        z ^= z >> 31;
        return ((int)z & _mask, (int)(z >> 32) & _mask);
    }
}
