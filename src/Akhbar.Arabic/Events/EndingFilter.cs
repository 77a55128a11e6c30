using System.Runtime.CompilerServices;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The last three letters of the forms of a word list, as a set of bits: a word whose last three letters end no form of
/// the list is none of its forms, and neither is any part of it that keeps its end and at least three letters (the word
/// less a leading و, the future س or the article). Most words of a text are in no event list, and one test on the
/// word's end, which reads a few hundred bytes that stay in the processor's cache, spares them the several dictionary
/// lookups (one per clitic reading) that would each find nothing.
/// </summary>
/// <remarks>
/// Endings are hashed into the bits, so an ending no form has may still pass (then the lookups decide, as without the
/// filter); a form's ending never fails. Words shorter than three letters always pass.
/// <para>
/// The set is sized to its list, about 32 bits per distinct ending (1 in 32 of other endings passes by a shared bit),
/// from 1,024 bits up to 65,536 (8 KB). It used to be 8 KB whatever the list: a document's words then read a different
/// cache line of it nearly every time, and the stages before the event stage (the tagger's tables above all) evict
/// those lines between documents, so each filter's test was a wait on memory (docs/PERFORMANCE.md, wt-perf23). The
/// event lexicon's 500 endings now take 2 KB, a list of a few dozen words 128 bytes.
/// </para>
/// </remarks>
public sealed class EndingFilter
{
    /// <summary>Bits per distinct ending: the share of other endings that pass is about its inverse.</summary>
    private const int BitsPerEnding = 32;

    private const int MinBitsLog2 = 10;

    private const int MaxBitsLog2 = 16;

    private readonly ulong[] _bits;

    /// <summary>64 less the log2 of the number of bits: the hash's top bits index the set.</summary>
    private readonly int _shift;

    public EndingFilter(IEnumerable<string> forms)
    {
        var endings = new HashSet<ulong>();
        foreach (var form in forms)
        {
            if (form.Length >= 3)
            {
                endings.Add(Packed(form));
            }
        }

        var log2 = MinBitsLog2;
        while (log2 < MaxBitsLog2 && (1L << log2) < (long)endings.Count * BitsPerEnding)
        {
            log2++;
        }

        _bits = new ulong[(1 << log2) / 64];
        _shift = 64 - log2;
        foreach (var ending in endings)
        {
            var bit = BitOf(ending);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>How many bits the set has (for tests: it grows with the list and stays within its bounds).</summary>
    public int Size => _bits.Length * 64;

    /// <summary>Whether <paramref name="word"/>, or a part of it that ends where it ends and has at least three letters, may be one of the forms.</summary>
    // Inlined into the per-token rules that ask it (several times for every token of every document): as a call of its
    // own, with the hash a second call, it cost more than the bit test itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayEndLikeAForm(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return true;
        }

        var bit = BitOf(Packed(word));
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>A word's last three letters in one number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Packed(ReadOnlySpan<char> word) =>
        ((ulong)word[^3] << 32) | ((ulong)word[^2] << 16) | word[^1];

    /// <summary>The bit of an ending (a multiplicative hash; its top bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BitOf(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> _shift);
}
