using Akhbar.Arabic.Entities.Linking.Evaluation;
using Akhbar.Tests.Support;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class LinkingScoreTests
{
    private static Entity Predicted(EntityType type, string? nameEn, string? country, GeoLink? geo) =>
        new("e1", type, "x", nameEn, country, [], null, geo, []);

    [Fact]
    public void Type_and_half_the_mentions_make_a_match_and_attributes_are_checked_on_it()
    {
        var score = new LinkingScore();
        var gold = new List<GoldEntity>
        {
            new("LOC", "Aleppo", "SYR", 36.2, 37.16, [new TextSpan(0, 4), new TextSpan(10, 14)]),
            new("PERS", "Samir Nader", "SYR", null, null, [new TextSpan(20, 29)]),
        };
        var predicted = new List<(Entity, HashSet<TextSpan>)>
        {
            (Predicted(EntityType.Location, "Homs", "SYR", new GeoLink(1, 36.21, 37.15, "PPLA", "SYR")), [new TextSpan(0, 4), new TextSpan(10, 14), new TextSpan(40, 44)]),
            (Predicted(EntityType.Organization, "Samir Nader", "SYR", null), [new TextSpan(20, 29)]),
        };
        score.Add(gold, predicted);
        Assert.Equal(1, score.Matched);
        Assert.Equal((0, 1), score.NameEn);
        Assert.Equal((1, 1), score.Country);
        Assert.Equal((1, 1), score.Point);
    }

    [Fact]
    public void One_predicted_entity_matches_one_gold_entity_only()
    {
        var score = new LinkingScore();
        var gold = new List<GoldEntity>
        {
            new("PERS", null, null, null, null, [new TextSpan(0, 4)]),
            new("PERS", null, null, null, null, [new TextSpan(0, 4), new TextSpan(8, 12)]),
        };
        score.Add(gold, [(Predicted(EntityType.Person, null, null, null), [new TextSpan(0, 4), new TextSpan(8, 12)])]);
        Assert.Equal(1, score.Matched);
        Assert.Equal(2, score.Gold);
        Assert.Equal(1, score.Predicted);
    }

    [Fact]
    public void An_entity_named_only_in_the_title_is_counted_apart_and_not_scored()
    {
        var score = new LinkingScore();
        var gold = new List<GoldEntity> { new("LOC", "Homs", "SYR", null, null, [new TextSpan(0, 4)]) };
        score.Add(gold, [(Predicted(EntityType.Location, "Homs", "SYR", null), [new TextSpan(0, 4)]), (Predicted(EntityType.Location, "Hama", "SYR", null), [])]);
        Assert.Equal((1, 1, 1), (score.Predicted, score.Matched, score.OnlyInTitle));
    }

    [Fact]
    public void A_mention_glued_to_lil_is_not_scored_since_gold_marks_none()
    {
        var doc = Analyze.Text("أرسل الاتحاد رسالة للصين. وقالت الصين إنها تدرس الرسالة. وأرسل رسالة أخرى للعراق.");
        var predictions = LinkingScore.Predictions(doc);
        var china = Assert.Single(predictions, p => p.Entity.NameEn == "China");
        Assert.Single(china.Raw);
        Assert.DoesNotContain(predictions, p => p.Entity.NameEn == "Iraq");
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "Iraq");
    }

    [Fact]
    public void An_organization_only_described_by_a_noun_and_a_nisba_is_kept_for_events_but_not_scored()
    {
        var doc = Analyze.Text("وقالت الحكومة الكندية إنها ستفتح تحقيقا. وأكدت الحكومة أن النتائج ستنشر قريبا، فيما رحب الجيش الكندي بالقرار.");
        var government = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الحكومة الكندية"));
        Assert.True(government.Descriptive);
        Assert.Equal("CANGOV", government.Cameo);
        var army = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الجيش الكندي"));
        Assert.False(army.Descriptive);
        var predictions = LinkingScore.Predictions(doc);
        Assert.DoesNotContain(predictions, p => p.Entity == government);
        Assert.Contains(predictions, p => p.Entity == army);
    }
}
