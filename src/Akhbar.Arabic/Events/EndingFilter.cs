namespace Akhbar.Arabic.Events;

/// <summary>
/// The last three letters of the forms of a word list, as a set of bits: a word whose last three letters end no form of
/// the list is none of its forms, and neither is any part of it that keeps its end and at least three letters (the word
/// less a leading و, the future س or the article). Most words of a text are in no event list, and one test on the
/// word's end, which reads a few kilobytes that stay in the processor's cache, spares them the several dictionary
/// lookups (one per clitic reading) that would each find nothing.
/// </summary>
/// <remarks>
/// Endings are hashed into the bits, so an ending no form has may still pass (then the lookups decide, as without the
/// filter); a form's ending never fails. Words shorter than three letters always pass.
/// </remarks>
public sealed class EndingFilter
{
    /// <summary>Bits of the set (8 KB): a few hundred endings in it keep false passes rare.</summary>
    private const int Bits = 1 << 16;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    public EndingFilter(IEnumerable<string> forms)
    {
        foreach (var form in forms)
        {
            if (form.Length >= 3)
            {
                var bit = BitOf(form);
                _bits[bit >> 6] |= 1UL << (bit & 63);
            }
        }
    }

    /// <summary>Whether <paramref name="word"/>, or a part of it that ends where it ends and has at least three letters, may be one of the forms.</summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool MayEndLikeAForm(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return true;
        }

        var bit = BitOf(word);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The bit of a word's last three letters (a multiplicative hash; its top 16 bits).</summary>
    private static int BitOf(ReadOnlySpan<char> word)
    {
        var last = word[^3..];
        var packed = ((ulong)last[0] << 32) | ((ulong)last[1] << 16) | last[2];
        return (int)((packed * 0x9E3779B97F4A7C15UL) >> 48);
    }
}
