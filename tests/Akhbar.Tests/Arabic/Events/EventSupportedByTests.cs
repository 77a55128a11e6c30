using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop): a side that acts "with the support of"
/// another (بدعم من) is aided by it (070); markets that rise "with the support of" purchases are aided by no one.
/// </summary>
public sealed class EventSupportedByTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop-support", "2021-03-04", paragraphs);

    [Fact]
    public void A_side_acting_with_support_is_aided_by_the_supporter()
    {
        var doc = Run("ونجحت القوات الحكومية في الشمال، بدعم من التحالف الدولي، في استعادة عدة قرى.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "070");
        Assert.StartsWith("التحالف", doc.Slice(aid.Source!.Span), StringComparison.Ordinal);
        Assert.StartsWith("القوات الحكومية", doc.Slice(aid.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Support_from_purchases_or_helicopters_is_no_aid()
    {
        var doc = Run(
            "ونجحت القوات الحكومية في الشمال، بدعم من التحالف الدولي، في استعادة عدة قرى.",
            "وارتفعت أسعار النفط أمس بدعم من مشتريات المستثمرين.",
            "وداهمت الشرطة عشرات المنازل بدعم من المروحيات.");
        Assert.Single(doc.Events, e => e.Cameo == "070");
    }
}
