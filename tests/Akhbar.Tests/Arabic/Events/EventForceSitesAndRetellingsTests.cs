using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict (roots 14-20) on the causes pooled over the least-tuned gold folders (issue 7, branch wt-evforce5):
/// the side a site's common noun takes up ("مواقع الميليشيات" after "ميليشيات الحوثي"). Sentences written for these tests.
/// </summary>
public sealed class EventForceSitesAndRetellingsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-force-sites-and-retellings", "2022-06-14", paragraphs);

    private static CodedEvent On(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal) && e.Cameo[..2] is "18" or "19" or "20");

    [Fact]
    public void The_sites_of_a_side_named_again_by_its_common_noun_are_that_side()
    {
        var doc = Run(
            "تقدمت ميليشيات الحوثي نحو مدينة الحديدة صباح الاثنين.",
            "وقصفت طائرات التحالف مواقع الميليشيات جنوب المدينة.");
        var militia = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "ميليشيات الحوثي"));
        Assert.Equal(militia.Id, On(doc, "وقصفت").Target?.EntityId);
    }

    [Fact]
    public void The_sites_after_lam_of_a_side_named_again_are_that_side()
    {
        var doc = Run(
            "تقدمت ميليشيات الحوثي نحو مدينة الحديدة صباح الاثنين.",
            "وشنت قوات الجيش هجوما على مواقع للميليشيات شرق المدينة.");
        var militia = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "ميليشيات الحوثي"));
        Assert.Equal(militia.Id, On(doc, "هجوما").Target?.EntityId);
    }

    [Fact]
    public void The_sites_of_a_side_with_words_the_earlier_name_lacks_stay_as_written()
    {
        // "القوات النظامية" are the government's forces, not the Hezbollah forces named before them.
        var doc = Run(
            "انتشرت قوات حزب الله في البلدة الحدودية.",
            "وشن المسلحون هجوما على مواقع القوات النظامية قرب البلدة.");
        var attack = On(doc, "هجوما");
        Assert.Null(attack.Target?.EntityId);
        Assert.StartsWith("مواقع القوات النظامية", doc.Slice(attack.Target!.Span), StringComparison.Ordinal);
    }
}
