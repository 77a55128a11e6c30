namespace Akhbar.Arabic.Entities;

/// <summary>
/// First-order Viterbi over the nine BIO tags that never produces an invalid sequence: an I- tag only after
/// the B- or I- tag of its own type, never first in a sentence.
/// </summary>
public static class ViterbiDecoder
{
    /// <summary>
    /// Predecessors[t]: the tags that may come before tag t, in increasing order (all nine before an O or a
    /// B- tag, two before an I- tag), so that the decoder tries only those, in the order that breaks ties
    /// towards the lowest tag as a scan of all nine would.
    /// </summary>
    private static readonly int[][] Predecessors = BuildPredecessors();

    /// <summary>Longest sentence whose lattice is kept on the stack.</summary>
    private const int StackWords = 256;

    private static int[][] BuildPredecessors()
    {
        var predecessors = new int[BioTags.Count][];
        for (var t = 0; t < BioTags.Count; t++)
        {
            predecessors[t] = [.. Enumerable.Range(0, BioTags.Count).Where(p => BioTags.CanFollow(p, t))];
        }

        return predecessors;
    }

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

        var score = n <= StackWords ? stackalloc float[n * k] : new float[n * k];
        var back = n <= StackWords ? stackalloc byte[n * k] : new byte[n * k];
        var startRow = transitions.Slice(k * k, k);
        for (var t = 0; t < k; t++)
        {
            score[t] = BioTags.CanFollow(-1, t) ? emissions[t] + startRow[t] : float.NegativeInfinity;
        }

        // Each tag's transitions from its predecessors, side by side in predecessor order, so that the inner loop reads
        // two short contiguous rows instead of a column of the transition table and a jagged array per tag.
        Span<float> into = stackalloc float[k * k];
        Span<byte> from = stackalloc byte[k * k];
        Span<int> count = stackalloc int[k];
        for (var t = 0; t < k; t++)
        {
            var predecessors = Predecessors[t];
            count[t] = predecessors.Length;
            for (var j = 0; j < predecessors.Length; j++)
            {
                from[(t * k) + j] = (byte)predecessors[j];
                into[(t * k) + j] = transitions[(predecessors[j] * k) + t];
            }
        }

        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * k, k);
            var current = score.Slice(i * k, k);
            var emitted = emissions.Slice(i * k, k);
            var pointers = back.Slice(i * k, k);
            for (var t = 0; t < k; t++)
            {
                var tagFrom = from.Slice(t * k, count[t]);
                var tagInto = into.Slice(t * k, tagFrom.Length);
                var best = float.NegativeInfinity;
                byte arg = 0;
                for (var j = 0; j < tagFrom.Length; j++)
                {
                    var s = previous[tagFrom[j]] + tagInto[j];
                    if (s > best)
                    {
                        best = s;
                        arg = tagFrom[j];
                    }
                }

                current[t] = best + emitted[t];
                pointers[t] = arg;
            }
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
