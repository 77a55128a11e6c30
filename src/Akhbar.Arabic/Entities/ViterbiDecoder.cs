namespace Akhbar.Arabic.Entities;

/// <summary>
/// First-order Viterbi over the nine BIO tags that never produces an invalid sequence: an I- tag only after
/// the B- or I- tag of its own type, never first in a sentence.
/// </summary>
public static class ViterbiDecoder
{
    /// <summary>The number of entity types: tags 1 to 4 are their B- tags, 5 to 8 their I- tags.</summary>
    private const int Types = 4;

    /// <summary>The last tag that any tag may precede (O, then the B- tags); every later tag is an I- tag.</summary>
    private const int LastBegin = Types;

    /// <summary>Longest sentence whose lattice is kept on the stack.</summary>
    private const int StackWords = 256;

    /// <summary>
    /// Whether <see cref="BioTags.CanFollow"/> allows what the decoder assumes: any tag before O or a B- tag, and before an
    /// I- tag only the B- and I- tags of its type. Checked once, so that a change of the tag set cannot go unnoticed.
    /// </summary>
    private static readonly bool LayoutHolds = HoldsLayout();

    private static bool HoldsLayout()
    {
        for (var t = 0; t < BioTags.Count; t++)
        {
            for (var p = 0; p < BioTags.Count; p++)
            {
                var assumed = t <= LastBegin || p == t - Types || p == t;
                if (BioTags.CanFollow(p, t) != assumed)
                {
                    return false;
                }
            }
        }

        return true;
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

        if (!LayoutHolds)
        {
            throw new InvalidOperationException("ViterbiDecoder assumes the tag set of BioTags: O, four B- tags, then the four I- tags.");
        }

        var score = n <= StackWords ? stackalloc float[n * k] : new float[n * k];
        var back = n <= StackWords ? stackalloc byte[n * k] : new byte[n * k];
        var startRow = transitions.Slice(k * k, k);
        for (var t = 0; t < k; t++)
        {
            score[t] = BioTags.CanFollow(-1, t) ? emissions[t] + startRow[t] : float.NegativeInfinity;
        }

        // The transitions into each tag, side by side in predecessor order, so that the inner loops read short contiguous
        // rows instead of a column of the transition table: all nine tags may come before an O or a B- tag, and only the
        // B- and I- tags of its own type before an I- tag (BioTags: O, four B- tags, then the four I- tags in the same order).
        Span<float> into = stackalloc float[k * k];
        for (var t = 0; t < k; t++)
        {
            for (var p = 0; p < k; p++)
            {
                into[(t * k) + p] = transitions[(p * k) + t];
            }
        }

        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * k, k);
            var current = score.Slice(i * k, k);
            var emitted = emissions.Slice(i * k, k);
            var pointers = back.Slice(i * k, k);
            for (var t = 0; t <= LastBegin; t++)
            {
                // The first best in predecessor order, as the scan of the predecessors in increasing order finds it.
                var row = into.Slice(t * k, k);
                var best = float.NegativeInfinity;
                byte arg = 0;
                for (var p = 0; p < k; p++)
                {
                    var s = previous[p] + row[p];
                    if (s > best)
                    {
                        best = s;
                        arg = (byte)p;
                    }
                }

                current[t] = best + emitted[t];
                pointers[t] = arg;
            }

            for (var t = LastBegin + 1; t < k; t++)
            {
                var begin = t - Types;
                var best = float.NegativeInfinity;
                byte arg = 0;
                var fromBegin = previous[begin] + into[(t * k) + begin];
                if (fromBegin > best)
                {
                    best = fromBegin;
                    arg = (byte)begin;
                }

                var fromInside = previous[t] + into[(t * k) + t];
                if (fromInside > best)
                {
                    best = fromInside;
                    arg = (byte)t;
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
