using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class SecondOrderDecoderTests
{
    private const int K = BioTags.Count;
    private const int TrigramLength = (K + 1) * (K + 1) * K;

    [Fact]
    public void Without_trigram_weights_it_finds_the_first_order_path_and_never_an_invalid_one()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = random.Next(1, 10);
            var emissions = Enumerable.Range(0, n * K).Select(_ => (float)((random.NextDouble() * 10) - 5)).ToArray();
            var transitions = Enumerable.Range(0, (K + 1) * K).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
            var first = new int[n];
            var second = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, first);
            SecondOrderDecoder.Decode(emissions, transitions, new float[TrigramLength], second);
            Assert.Equal(first, second);

            var trigrams = Enumerable.Range(0, TrigramLength).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
            SecondOrderDecoder.Decode(emissions, transitions, trigrams, second);
            for (var i = 0; i < n; i++)
            {
                Assert.True(BioTags.CanFollow(i == 0 ? -1 : second[i - 1], second[i]), $"trial {trial}: {string.Join(' ', second.Select(BioTags.Name))}");
            }
        }
    }

    [Fact]
    public void A_trigram_weight_changes_the_third_tag_given_the_two_before()
    {
        // Three words: a person's first name, its second word, then a word that leans slightly to O.
        var emissions = new float[3 * K];
        var begin = BioTags.Begin(EntityType.Person);
        var inside = BioTags.Inside(EntityType.Person);
        emissions[begin] = 5;
        emissions[K + inside] = 5;
        emissions[(2 * K) + BioTags.Outside] = 1;
        var transitions = new float[(K + 1) * K];
        var tags = new int[3];
        SecondOrderDecoder.Decode(emissions, transitions, new float[TrigramLength], tags);
        Assert.Equal([begin, inside, BioTags.Outside], tags);

        var trigrams = new float[TrigramLength];
        trigrams[SecondOrderDecoder.TrigramIndex(begin, inside, inside)] = 2;
        SecondOrderDecoder.Decode(emissions, transitions, trigrams, tags);
        Assert.Equal([begin, inside, inside], tags);
    }
}
