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
/// filter); a form's ending never fails. Words shorter than three letters always pass. About 32 bits per distinct ending
/// (1 in 32 of other endings passes by a shared bit): the event lexicon's 500 endings take 2 KB, a list of a few dozen
/// words 128 bytes. It used to be 8 KB whatever the list, read at a different cache line nearly every time
/// (docs/PERFORMANCE.md, wt-perf23).
/// </remarks>
public sealed class EndingFilter
{
    /// <summary>Bits per distinct ending: the share of other endings that pass is about its inverse.</summary>
    private const int BitsPerEnding = 32;

    private readonly HashedBitSet _endings;

    public EndingFilter(IEnumerable<string> forms)
    {
        _endings = new HashedBitSet(forms.Where(f => f.Length >= 3).Select(f => Packed(f)), BitsPerEnding);
    }

    /// <summary>How many bits the set has (for tests: it grows with the list and stays within its bounds).</summary>
    public int Size => _endings.Size;

    /// <summary>Whether <paramref name="word"/>, or a part of it that ends where it ends and has at least three letters, may be one of the forms.</summary>
    // Inlined into the per-token rules that ask it (several times for every token of every document): as a call of its
    // own, with the hash a second call, it cost more than the bit test itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayEndLikeAForm(ReadOnlySpan<char> word) => word.Length < 3 || _endings.MayHold(Packed(word));

    /// <summary>A word's last three letters in one number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Packed(ReadOnlySpan<char> word) =>
        ((ulong)word[^3] << 32) | ((ulong)word[^2] << 16) | word[^1];
}
