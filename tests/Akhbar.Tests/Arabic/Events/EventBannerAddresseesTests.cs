using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A demand verb right after an indefinite noun describes that noun ("هتافات تطالب ميركل بالرحيل"): the name after the verb
/// is whom the chant or banner addresses, not who demands. Sentences written for these tests.
/// </summary>
public sealed class EventBannerAddresseesTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-banner-addressees", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Fact]
    public void The_name_after_a_demand_that_describes_a_banner_is_addressed()
    {
        var doc = Run("كما رفع المتظاهرون لافتات تطالب الأمم المتحدة بوقف الحرب.");
        var demand = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "تطالب");
        Assert.Equal("10", demand.Cameo[..2]);
        Assert.Equal("الأمم المتحدة", Words(doc, demand.Target));
        Assert.Equal("المتظاهرون", Words(doc, demand.Source));

        // With a place between the protesters and the banners no subject is found, but the addressee is never the source.
        var farther = Run("ورفع المتظاهرون أمام السفارة لافتات تطالب الأمم المتحدة بوقف الحرب.");
        Assert.DoesNotContain(farther.Events, e => Words(farther, e.Source) == "الأمم المتحدة");
    }

    [Fact]
    public void After_a_definite_word_or_an_adverb_the_name_is_still_the_subject()
    {
        var doc = Run(
            "وفي الوقت نفسه تطالب تركيا اليونان بتسليم الجنود الثمانية.",
            "ومجددا تطالب فرنسا إيران بالإفراج عن الباحثة.");
        var demands = doc.Events.Where(e => doc.Slice(e.Trigger) == "تطالب").OrderBy(e => e.Trigger.Start).ToList();
        Assert.Equal(2, demands.Count);
        Assert.Equal("تركيا", Words(doc, demands[0].Source));
        Assert.Equal("اليونان", Words(doc, demands[0].Target));
        Assert.Equal("فرنسا", Words(doc, demands[1].Source));
    }
}
