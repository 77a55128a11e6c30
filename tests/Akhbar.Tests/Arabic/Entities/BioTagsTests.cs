using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class BioTagsTests
{
    private static int[] Tags(params string[] names) => names.Select(n => BioTags.TryParse(n, out var t) ? t : throw new ArgumentException(n)).ToArray();

    [Fact]
    public void Chunks_follow_conlleval_including_a_stray_inside_tag()
    {
        var chunks = BioTags.Chunks(Tags("B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "I-LOC"));
        Assert.Equal(
            [(0, 1, EntityType.Person), (3, 3, EntityType.Location), (4, 4, EntityType.Organization), (5, 5, EntityType.Location)],
            chunks);
    }

    [Fact]
    public void Repair_turns_a_chunk_opening_inside_tag_into_a_begin_tag()
    {
        Assert.Equal(Tags("B-LOC", "I-LOC", "O", "B-ORG"), BioTags.Repair(Tags("I-LOC", "I-LOC", "O", "I-ORG")));
    }

    [Fact]
    public void An_inside_tag_may_only_follow_its_own_type()
    {
        Assert.True(BioTags.CanFollow(BioTags.Begin(EntityType.Person), BioTags.Inside(EntityType.Person)));
        Assert.True(BioTags.CanFollow(BioTags.Inside(EntityType.Person), BioTags.Inside(EntityType.Person)));
        Assert.False(BioTags.CanFollow(BioTags.Begin(EntityType.Location), BioTags.Inside(EntityType.Person)));
        Assert.False(BioTags.CanFollow(BioTags.Outside, BioTags.Inside(EntityType.Person)));
        Assert.False(BioTags.CanFollow(-1, BioTags.Inside(EntityType.Person)));
    }

    [Fact]
    public void Scorer_counts_exact_span_and_type_only()
    {
        var scorer = new EntityScorer();
        scorer.Add(Tags("B-PERS", "I-PERS", "O", "B-LOC"), Tags("B-PERS", "O", "O", "B-LOC"));
        scorer.Add(Tags("B-ORG", "O"), Tags("B-MISC", "O"));
        Assert.Equal(new EntityScore(1, 3, 3), scorer.Micro);
        Assert.Equal(new EntityScore(0, 1, 1), scorer.For(EntityType.Person));
        Assert.Equal(1.0, scorer.For(EntityType.Location).F1);
    }
}
