using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop3): support after the preposition ل ("لدعم"،
/// "لمساندة"، ل"دعم) is a purpose, a name or a reason, not support the text reports (051); support told as an act stays one.
/// </summary>
public sealed class EventSupportPurposeTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop3-support-purpose", "2018-04-03", paragraphs);

    [Fact]
    public void An_exhibition_or_a_grant_to_support_something_is_no_support_event()
    {
        var doc = Run(
            "وانطلق في الرياض اليوم معرض القوات المسلحة لدعم التصنيع المحلي في دورته الرابعة.",
            "ووقعت الحكومة الأردنية اتفاقية مع وزارة المالية السعودية بمنحة لدعم الموازنة بقيمة مئتي مليون دولار.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void The_coalition_named_for_supporting_legitimacy_supports_no_one_in_its_name()
    {
        var doc = Run("وقال المتحدث باسم التحالف الذي تقوده السعودية ل\"دعم الشرعية\" في اليمن إن الدفاعات الجوية اعترضت صاروخا.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void Support_told_as_an_act_is_still_support()
    {
        var doc = Run("ودعمت قطر تركيا خلال أزمة العملة بخمسة عشر مليار دولار.");
        Assert.Single(doc.Events, e => e.Cameo == "051");
    }
}
