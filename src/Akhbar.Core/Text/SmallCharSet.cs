using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Akhbar.Core.Text;

/// <summary>
/// A search for any of a few characters (at most 16) in Arabic text, by comparing sixteen characters at a time with each
/// of them. <see cref="System.Buffers.SearchValues{T}"/> answers a set like the sentence splitter's (ASCII, Arabic and
/// typographic punctuation) with a probabilistic map keyed by the two bytes of a character; in Arabic text the high
/// byte of nearly every letter is that of ؟ and ؛, and the low bytes of ء آ ئ ة ع غ are those of ! " . ? and others, so
/// the map stops at nearly every word to check a candidate. Comparing with each character is slower per block of
/// text but never stops for nothing.
/// </summary>
public sealed class SmallCharSet
{
    private const int MaxChars = 16;

    private readonly char[] _chars;
    private readonly Vector256<ushort>[] _vectors;

    public SmallCharSet(string chars)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chars.Length, MaxChars);
        ArgumentOutOfRangeException.ThrowIfZero(chars.Length);
        _chars = chars.ToCharArray();
        _vectors = [.. _chars.Select(c => Vector256.Create((ushort)c))];
    }

    /// <summary>Whether <paramref name="c"/> is one of the set's characters.</summary>
    public bool Contains(char c) => Array.IndexOf(_chars, c) >= 0;

    /// <summary>The index of the first character of the set in <paramref name="span"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> span)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && span.Length >= Vector256<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            var vectors = _vectors;
            var lastBlock = span.Length - Vector256<ushort>.Count;
            while (true)
            {
                var block = Vector256.LoadUnsafe(ref start, (nuint)i);
                var hits = Vector256.Equals(block, vectors[0]);
                for (var k = 1; k < vectors.Length; k++)
                {
                    hits |= Vector256.Equals(block, vectors[k]);
                }

                if (hits != Vector256<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                }

                if (i == lastBlock)
                {
                    return -1;
                }

                // The last block may overlap the one before: the overlap was already found free of the set.
                i = Math.Min(i + Vector256<ushort>.Count, lastBlock);
            }
        }

        for (; i < span.Length; i++)
        {
            if (Contains(span[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="span"/> holds any of the set's characters.</summary>
    public bool ContainsAny(ReadOnlySpan<char> span) => IndexOfAny(span) >= 0;
}
