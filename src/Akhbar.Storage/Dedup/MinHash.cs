namespace Akhbar.Storage.Dedup;

/// <summary>
/// MinHash signatures of an article's word 3-shingles: the fraction of equal positions in two signatures
/// estimates the Jaccard similarity of the shingle sets (with <see cref="Size"/> = 64, to within about ±0.05),
/// which is what "the same story with small edits" means.
/// </summary>
public static class MinHash
{
    public const int Size = 64;
    public const int ShingleSize = 3;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>The signature of a word sequence, or null when it has too few words to have shingles.</summary>
    public static uint[]? Of(IReadOnlyList<string> words)
    {
        if (words.Count < ShingleSize)
        {
            return null;
        }

        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            for (var j = i; j < i + ShingleSize; j++)
            {
                foreach (var c in words[j])
                {
                    h = (h ^ c) * 1099511628211UL;
                }

                h = (h ^ ' ') * 1099511628211UL;
            }

            for (var k = 0; k < Size; k++)
            {
                var v = (uint)(Mix(h ^ Seeds[k]) >> 32);
                if (v < signature[k])
                {
                    signature[k] = v;
                }
            }
        }

        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the shingle sets behind two signatures.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var k = 0; k < Size; k++)
        {
            if (a[k] == b[k])
            {
                equal++;
            }
        }

        return equal / (double)Size;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[Size * 4];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[Size];
        Buffer.BlockCopy(bytes, 0, signature, 0, Math.Min(bytes.Length, Size * 4));
        return signature;
    }

    /// <summary>A strong 64-bit finalizer: each seed gives an independent hash function.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var s = 0x9E3779B97F4A7C15UL;
        for (var k = 0; k < Size; k++)
        {
            s += 0x9E3779B97F4A7C15UL;
            seeds[k] = Mix(s);
        }

        return seeds;
    }
}
