using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences for the feasts of linking (twenty-first session, wt-ents10): a feast written with and without its word of
/// praise is one entity, and it has the English name the press uses.
/// </summary>
public sealed class FeastLinkingTests
{
    private static List<Entity> Feasts(Document doc) =>
        doc.LinkedEntities.Where(e => e.Type == EntityType.Miscellaneous && doc.Slice(e.Mentions[0].Span).StartsWith("عيد", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_feast_with_and_without_its_praise_is_one_entity_with_its_english_name()
    {
        var doc = Analyze.Text("وهنأ المحافظ المواطنين بحلول عيد الفطر المبارك، وأعلنت البلدية برنامج الاحتفالات. وتستمر عطلة عيد الفطر أربعة أيام.");
        var feast = Assert.Single(Feasts(doc));
        Assert.Equal(2, feast.Mentions.Count);
        Assert.Equal("Eid al-Fitr", feast.NameEn);
    }

    [Fact]
    public void The_feast_of_sacrifice_is_named_in_english()
    {
        var doc = Analyze.Text("وتوقعت الشركة ارتفاع عدد المسافرين قبل عيد الأضحى المبارك بأسبوع.");
        Assert.Equal("Eid al-Adha", Assert.Single(Feasts(doc)).NameEn);
    }
}
