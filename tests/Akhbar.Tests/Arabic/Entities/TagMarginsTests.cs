using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class TagMarginsTests
{
    private const int K = BioTags.Count;

    [Fact]
    public void Margins_are_the_best_path_minus_the_best_path_through_another_tag_found_by_enumeration()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 100; trial++)
        {
            var n = random.Next(1, 4);
            var emissions = Enumerable.Range(0, n * K).Select(_ => (float)((random.NextDouble() * 6) - 3)).ToArray();
            var transitions = Enumerable.Range(0, (K + 1) * K).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            var tags = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, tags);
            var margins = new float[n];
            TagMargins.Compute(emissions, transitions, tags, margins);

            // Brute force over every valid sequence.
            var bestWith = Enumerable.Repeat(float.NegativeInfinity, n * K).ToArray();
            foreach (var path in Paths(n))
            {
                var score = PathScore(path, emissions, transitions);
                for (var i = 0; i < n; i++)
                {
                    bestWith[(i * K) + path[i]] = Math.Max(bestWith[(i * K) + path[i]], score);
                }
            }

            for (var i = 0; i < n; i++)
            {
                var other = Enumerable.Range(0, K).Where(t => t != tags[i]).Max(t => bestWith[(i * K) + t]);
                Assert.Equal(bestWith[(i * K) + tags[i]] - other, margins[i], 3);
                Assert.True(margins[i] >= -1e-4, $"trial {trial}: the decoded tag must be the best at every word");
            }
        }
    }

    private static IEnumerable<int[]> Paths(int n)
    {
        var total = (int)Math.Pow(K, n);
        for (var code = 0; code < total; code++)
        {
            var path = new int[n];
            var c = code;
            for (var i = 0; i < n; i++)
            {
                path[i] = c % K;
                c /= K;
            }

            if (Enumerable.Range(0, n).All(i => BioTags.CanFollow(i == 0 ? -1 : path[i - 1], path[i])))
            {
                yield return path;
            }
        }
    }

    private static float PathScore(int[] path, float[] emissions, float[] transitions)
    {
        var score = 0f;
        for (var i = 0; i < path.Length; i++)
        {
            var previous = i == 0 ? -1 : path[i - 1];
            score += emissions[(i * K) + path[i]] + transitions[((previous < 0 ? K : previous) * K) + path[i]];
        }

        return score;
    }
}
