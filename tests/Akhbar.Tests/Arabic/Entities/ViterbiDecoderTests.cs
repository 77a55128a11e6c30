using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class ViterbiDecoderTests
{
    private const int K = BioTags.Count;

    [Fact]
    public void Decoding_never_yields_an_invalid_sequence_whatever_the_scores()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 500; trial++)
        {
            var n = random.Next(1, 12);
            var emissions = Enumerable.Range(0, n * K).Select(_ => (float)((random.NextDouble() * 10) - 5)).ToArray();
            var transitions = Enumerable.Range(0, (K + 1) * K).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
            var tags = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, tags);
            for (var i = 0; i < n; i++)
            {
                Assert.True(BioTags.CanFollow(i == 0 ? -1 : tags[i - 1], tags[i]), $"trial {trial}: {string.Join(' ', tags.Select(BioTags.Name))}");
            }
        }
    }

    [Fact]
    public void A_strong_inside_score_at_the_start_becomes_the_best_valid_sequence()
    {
        var emissions = new float[2 * K];
        emissions[BioTags.Inside(EntityType.Person)] = 10;
        emissions[K + BioTags.Inside(EntityType.Person)] = 10;
        emissions[BioTags.Begin(EntityType.Person)] = 1;
        var tags = new int[2];
        ViterbiDecoder.Decode(emissions, new float[(K + 1) * K], tags);
        Assert.Equal([BioTags.Begin(EntityType.Person), BioTags.Inside(EntityType.Person)], tags);
    }

    [Fact]
    public void Transitions_can_outweigh_emissions()
    {
        var emissions = new float[2 * K];
        emissions[BioTags.Begin(EntityType.Location)] = 1;
        emissions[K + BioTags.Begin(EntityType.Location)] = 1;
        emissions[K + BioTags.Inside(EntityType.Location)] = 0.5f;
        var transitions = new float[(K + 1) * K];
        transitions[(BioTags.Begin(EntityType.Location) * K) + BioTags.Inside(EntityType.Location)] = 2;
        var tags = new int[2];
        ViterbiDecoder.Decode(emissions, transitions, tags);
        Assert.Equal([BioTags.Begin(EntityType.Location), BioTags.Inside(EntityType.Location)], tags);
    }

    [Fact]
    public void Decoding_finds_the_best_valid_sequence_of_an_exhaustive_search()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(1, 5);
            var emissions = Enumerable.Range(0, n * K).Select(_ => (float)((random.NextDouble() * 10) - 5)).ToArray();
            var transitions = Enumerable.Range(0, (K + 1) * K).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
            var tags = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, tags);

            var best = double.NegativeInfinity;
            int[] bestTags = [];
            var candidate = new int[n];
            for (var code = 0; code < Math.Pow(K, n); code++)
            {
                var c = code;
                for (var i = 0; i < n; i++)
                {
                    candidate[i] = c % K;
                    c /= K;
                }

                if (!Enumerable.Range(0, n).All(i => BioTags.CanFollow(i == 0 ? -1 : candidate[i - 1], candidate[i])))
                {
                    continue;
                }

                double score = 0;
                for (var i = 0; i < n; i++)
                {
                    score += emissions[(i * K) + candidate[i]] + transitions[((i == 0 ? K : candidate[i - 1]) * K) + candidate[i]];
                }

                if (score > best)
                {
                    best = score;
                    bestTags = [.. candidate];
                }
            }

            Assert.Equal(bestTags, tags);
        }
    }
}
