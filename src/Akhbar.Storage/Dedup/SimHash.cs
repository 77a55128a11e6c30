using System.Numerics;

namespace Akhbar.Storage.Dedup;

/// <summary>
/// A 64-bit SimHash over word 3-shingles of folded words: articles that share most of their shingles get
/// fingerprints a few bits apart, so a republished story with small edits lands near its first copy.
/// </summary>
public static class SimHash
{
    public const int ShingleSize = 3;

    public static ulong Of(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        Span<int> weights = stackalloc int[64];
        var shingles = Math.Max(1, words.Count - ShingleSize + 1);
        for (var i = 0; i < shingles; i++)
        {
            var h = 14695981039346656037UL;
            for (var j = i; j < Math.Min(words.Count, i + ShingleSize); j++)
            {
                foreach (var c in words[j])
                {
                    h = (h ^ c) * 1099511628211UL;
                }

                h = (h ^ ' ') * 1099511628211UL;
            }

            h = Mix(h);
            for (var b = 0; b < 64; b++)
            {
                weights[b] += ((h >> b) & 1) == 1 ? 1 : -1;
            }
        }

        ulong result = 0;
        for (var b = 0; b < 64; b++)
        {
            if (weights[b] > 0)
            {
                result |= 1UL << b;
            }
        }

        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>A finalizer so that FNV's weak low bits do not bias the fingerprint.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
