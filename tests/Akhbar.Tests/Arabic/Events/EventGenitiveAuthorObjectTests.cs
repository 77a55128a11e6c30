using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evactors): a verbal noun of force whose author stands in
/// its genitive takes the place after على for its target, past a day set off by commas ("غارات الجيش، الخميس، على البلدة").
/// </summary>
public sealed class EventGenitiveAuthorObjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-actors-genitive-author-object", "2018-02-25", paragraphs);

    [Fact]
    public void A_place_after_the_author_and_a_day_set_off_by_commas_is_struck()
    {
        var doc = Run("وتواصلت غارات النظام السوري، الأحد، على الغوطة الشرقية رغم الدعوات إلى هدنة إنسانية.");
        var raids = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "غارات");
        Assert.Contains("النظام السوري", doc.Slice(raids.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("الغوطة", doc.Slice(raids.Target!.Span), StringComparison.Ordinal);
    }
}
