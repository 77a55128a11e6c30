namespace Akhbar.Arabic.Entities;

/// <summary>
/// Second-order Viterbi over the BIO tags: besides the tag bigram <c>transitions</c>, a score for every tag
/// trigram (<c>trigrams[(pp * (Count + 1) + p) * Count + t]</c>, where tag Count stands for the sentence
/// start), so that the step into a tag depends on the two tags before it. Never yields an invalid sequence.
/// </summary>
public static class SecondOrderDecoder
{
    private const int K = BioTags.Count;
    private const int Start = K;

    /// <summary>The feature that holds the trigram weights after tags <paramref name="beforePrevious"/> and <paramref name="previous"/> (-1: start).</summary>
    public static uint TrigramFeature(int beforePrevious, int previous) => FeatureHash.Of(240, (uint)(beforePrevious + 1), (uint)(previous + 1));

    public static int TrigramIndex(int beforePrevious, int previous, int tag) =>
        (((beforePrevious < 0 ? Start : beforePrevious) * (K + 1)) + (previous < 0 ? Start : previous)) * K + tag;

    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> trigrams, Span<int> tags)
    {
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        // State (p, t): the tag at word i is t and the one before it p (Start at word 0).
        const int s = (K + 1) * K;
        var score = new float[n * s];
        var back = new byte[n * s];
        score.AsSpan().Fill(float.NegativeInfinity);
        for (var t = 0; t < K; t++)
        {
            if (BioTags.CanFollow(-1, t))
            {
                score[(Start * K) + t] = emissions[t] + transitions[(K * K) + t] + trigrams[TrigramIndex(-1, -1, t)];
            }
        }

        for (var i = 1; i < n; i++)
        {
            for (var p = 0; p < K; p++)
            {
                for (var t = 0; t < K; t++)
                {
                    if (!BioTags.CanFollow(p, t))
                    {
                        continue;
                    }

                    var best = float.NegativeInfinity;
                    var arg = 0;
                    for (var pp = 0; pp <= K; pp++)
                    {
                        var prior = score[((i - 1) * s) + (pp * K) + p];
                        if (float.IsNegativeInfinity(prior))
                        {
                            continue;
                        }

                        var v = prior + trigrams[TrigramIndex(pp == Start ? -1 : pp, p, t)];
                        if (v > best)
                        {
                            best = v;
                            arg = pp;
                        }
                    }

                    score[(i * s) + (p * K) + t] = best + transitions[(p * K) + t] + emissions[(i * K) + t];
                    back[(i * s) + (p * K) + t] = (byte)arg;
                }
            }
        }

        var top = float.NegativeInfinity;
        var lastState = 0;
        for (var st = 0; st < s; st++)
        {
            if (score[((n - 1) * s) + st] > top)
            {
                top = score[((n - 1) * s) + st];
                lastState = st;
            }
        }

        var prev = lastState / K;
        tags[n - 1] = lastState % K;
        for (var i = n - 1; i > 0; i--)
        {
            var pp = back[(i * s) + (prev * K) + tags[i]];
            tags[i - 1] = prev;
            prev = pp;
        }
    }
}
