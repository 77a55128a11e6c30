using System.Runtime.Intrinsics;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// First-order Viterbi over the nine BIO tags that never produces an invalid sequence: an I- tag only after
/// the B- or I- tag of its own type, never first in a sentence.
/// </summary>
public static class ViterbiDecoder
{
    /// <summary>Longest sentence whose lattice is kept on the stack.</summary>
    private const int StackWords = 256;

    /// <summary>A row of scores is read as the eight lanes of a 256-bit vector and one more tag beside them.</summary>
    private const int Lanes = 8;

    /// <summary>Whether the tag set has the nine tags the decoder's rows are laid out for.</summary>
    private static readonly bool NineTags = BioTags.Count == Lanes + 1;

    /// <summary>Follows[p * Count + t]: whether tag t may come right after tag p (<see cref="BioTags.CanFollow"/>), asked once.</summary>
    private static readonly bool[] Follows = [.. Enumerable.Range(0, BioTags.Count * BioTags.Count).Select(i => BioTags.CanFollow(i / BioTags.Count, i % BioTags.Count))];

    /// <summary>
    /// Best tags for <paramref name="emissions"/> (words × <see cref="BioTags.Count"/> scores) under
    /// <paramref name="transitions"/> ((<see cref="BioTags.Count"/> + 1) × <see cref="BioTags.Count"/>: row
    /// p is the previous tag, the last row the sentence start).
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags)
    {
        const int k = BioTags.Count;
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        if (!NineTags)
        {
            throw new InvalidOperationException("ViterbiDecoder reads rows of nine tags: eight vector lanes and one more.");
        }

        var score = n <= StackWords ? stackalloc float[n * k] : new float[n * k];
        var back = n <= StackWords ? stackalloc byte[n * k] : new byte[n * k];
        var startRow = transitions.Slice(k * k, k);
        for (var t = 0; t < k; t++)
        {
            score[t] = BioTags.CanFollow(-1, t) ? emissions[t] + startRow[t] : float.NegativeInfinity;
        }

        // Row p: the transitions from tag p to each tag, minus infinity where p may not precede it (an I- tag after anything
        // but the B- or I- tag of its type), so that one scan of the nine rows in increasing order finds every tag's best
        // predecessor, eight tags at a time and the ninth beside them. A tag keeps the first best, as a scan of its own
        // predecessors in increasing order does: a later one must score strictly more, and minus infinity never does.
        Span<float> from = stackalloc float[k * k];
        for (var p = 0; p < k; p++)
        {
            for (var t = 0; t < k; t++)
            {
                from[(p * k) + t] = Follows[(p * k) + t] ? transitions[(p * k) + t] : float.NegativeInfinity;
            }
        }

        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * k, k);
            var current = score.Slice(i * k, k);
            var emitted = emissions.Slice(i * k, k);
            var pointers = back.Slice(i * k, k);
            var best = Vector256.Create(float.NegativeInfinity);
            var arg = Vector256<int>.Zero;
            var lastBest = float.NegativeInfinity;
            var lastArg = 0;
            for (var p = 0; p < k; p++)
            {
                var row = from.Slice(p * k, k);
                var candidate = Vector256.Create(previous[p]) + Vector256.Create((ReadOnlySpan<float>)row[..Lanes]);
                var better = Vector256.GreaterThan(candidate, best);
                best = Vector256.ConditionalSelect(better, candidate, best);
                arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), arg);
                var s = previous[p] + row[Lanes];
                if (s > lastBest)
                {
                    lastBest = s;
                    lastArg = p;
                }
            }

            (best + Vector256.Create(emitted[..Lanes])).CopyTo(current);
            current[Lanes] = lastBest + emitted[Lanes];
            for (var t = 0; t < Lanes; t++)
            {
                pointers[t] = (byte)arg.GetElement(t);
            }

            pointers[Lanes] = (byte)lastArg;
        }

        var last = 0;
        var top = float.NegativeInfinity;
        for (var t = 0; t < k; t++)
        {
            if (score[((n - 1) * k) + t] > top)
            {
                top = score[((n - 1) * k) + t];
                last = t;
            }
        }

        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * k) + tags[i]];
        }
    }
}
