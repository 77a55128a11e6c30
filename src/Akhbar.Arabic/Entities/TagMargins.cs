namespace Akhbar.Arabic.Entities;

/// <summary>
/// How sure a linear-chain tagger is of each word's tag: the max-marginal margin, that is the score of the
/// best valid path through the word's chosen tag minus the score of the best valid path through any other
/// tag at that word. Computed with a forward and a backward max-product pass over the same scores and
/// BIO constraints as <see cref="ViterbiDecoder"/>. A sentence is as sure as its least sure word.
/// </summary>
public static class TagMargins
{
    /// <summary>
    /// Writes to <paramref name="margins"/> the margin of each word's tag in the best path
    /// <paramref name="tags"/> (as <see cref="ViterbiDecoder.Decode"/> returns it for the same scores).
    /// </summary>
    public static void Compute(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<int> tags, Span<float> margins)
    {
        const int k = BioTags.Count;
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        // forward[i, t]: best score of a path over words 0..i that ends in t (emission of i included);
        // backward[i, t]: best score of the rest of the sentence after word i, given t at i.
        var forward = new float[n * k];
        var backward = new float[n * k];
        var startRow = transitions.Slice(k * k, k);
        for (var t = 0; t < k; t++)
        {
            forward[t] = BioTags.CanFollow(-1, t) ? emissions[t] + startRow[t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < k; t++)
            {
                var best = float.NegativeInfinity;
                for (var p = 0; p < k; p++)
                {
                    if (BioTags.CanFollow(p, t))
                    {
                        best = MathF.Max(best, forward[((i - 1) * k) + p] + transitions[(p * k) + t]);
                    }
                }

                forward[(i * k) + t] = best + emissions[(i * k) + t];
            }
        }

        for (var i = n - 2; i >= 0; i--)
        {
            for (var p = 0; p < k; p++)
            {
                var best = float.NegativeInfinity;
                for (var t = 0; t < k; t++)
                {
                    if (BioTags.CanFollow(p, t))
                    {
                        best = MathF.Max(best, transitions[(p * k) + t] + emissions[((i + 1) * k) + t] + backward[((i + 1) * k) + t]);
                    }
                }

                backward[(i * k) + p] = best;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var chosen = forward[(i * k) + tags[i]] + backward[(i * k) + tags[i]];
            var other = float.NegativeInfinity;
            for (var t = 0; t < k; t++)
            {
                if (t != tags[i])
                {
                    other = MathF.Max(other, forward[(i * k) + t] + backward[(i * k) + t]);
                }
            }

            margins[i] = chosen - other;
        }
    }
}
