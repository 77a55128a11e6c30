namespace Akhbar.Arabic.Entities;

/// <summary>
/// First-order Viterbi over the nine BIO tags that never produces an invalid sequence: an I- tag only after
/// the B- or I- tag of its own type, never first in a sentence.
/// </summary>
public static class ViterbiDecoder
{
    /// <summary>Allowed[p * Count + t]: whether tag t may follow tag p.</summary>
    private static readonly bool[] Allowed = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[BioTags.Count * BioTags.Count];
        for (var p = 0; p < BioTags.Count; p++)
        {
            for (var t = 0; t < BioTags.Count; t++)
            {
                allowed[(p * BioTags.Count) + t] = BioTags.CanFollow(p, t);
            }
        }

        return allowed;
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

        var score = new float[n * k];
        var back = new byte[n * k];
        var startRow = transitions.Slice(k * k, k);
        for (var t = 0; t < k; t++)
        {
            score[t] = BioTags.CanFollow(-1, t) ? emissions[t] + startRow[t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < k; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < k; p++)
                {
                    if (!Allowed[(p * k) + t])
                    {
                        continue;
                    }

                    var s = score[((i - 1) * k) + p] + transitions[(p * k) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * k) + t] = best + emissions[(i * k) + t];
                back[(i * k) + t] = (byte)arg;
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
