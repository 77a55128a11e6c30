using System.Runtime.Intrinsics;

namespace Akhbar.Arabic.Entities;

/// <summary>Sums of scores, one per BIO tag, added tag by tag.</summary>
public static class TagScores
{
    /// <summary>
    /// Adds <paramref name="from"/> to <paramref name="to"/> (both <see cref="BioTags.Count"/> long), each tag
    /// on its own, so the sums are those of a plain loop: the first eight tags in one vector, then the ninth.
    /// </summary>
    public static void Add(ReadOnlySpan<float> from, Span<float> to)
    {
        if (Vector256.IsHardwareAccelerated && BioTags.Count == 9)
        {
            (Vector256.Create(from) + Vector256.Create<float>(to)).CopyTo(to);
            to[8] += from[8];
            return;
        }

        for (var t = 0; t < BioTags.Count; t++)
        {
            to[t] += from[t];
        }
    }
}
