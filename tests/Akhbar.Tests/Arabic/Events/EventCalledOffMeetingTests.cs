using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop3): a meeting that is called off, put off or
/// suspended did not take place, so it is no meeting (04x); calling it off is a rejection of the meeting (125) from
/// whoever called it off to the other side, a postponement or a threat to call it off is no meeting event at all.
/// </summary>
public sealed class EventCalledOffMeetingTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop3-called-off", "2018-05-18", paragraphs);

    [Fact]
    public void A_meeting_called_off_is_a_rejection_by_whoever_called_it_off()
    {
        var doc = Run("وألغت كوريا الشمالية الأسبوع الماضي اجتماعا رفيع المستوى مع كوريا الجنوبية احتجاجا على المناورات العسكرية.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var called = Assert.Single(doc.Events, e => e.Cameo == "125");
        Assert.Contains("ألغت", doc.Slice(called.Trigger), StringComparison.Ordinal);
        Assert.Contains("كوريا الشمالية", doc.Slice(called.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("كوريا الجنوبية", doc.Slice(called.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summit_called_off_with_the_day_between_is_no_summit()
    {
        var doc = Run("وكان الرئيس الأميركي دونالد ترامب قد ألغى، الخميس، قمة كانت مقررة في سنغافورة مع الزعيم الكوري الشمالي كيم جونغ أون.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo == "036");
        Assert.Single(doc.Events, e => e.Cameo == "125");
    }

    [Fact]
    public void Talks_put_off_or_suspended_are_no_meeting_and_no_rejection()
    {
        var doc = Run(
            "وأرجأت الحكومة الإيطالية المفاوضات مع النقابات إلى الشهر المقبل.",
            "وعلقت بريطانيا الاتصالات الثنائية مع روسيا بعد الهجوم.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo == "036" || e.Cameo == "125");
    }

    [Fact]
    public void A_summit_someone_threatens_to_call_off_is_no_summit()
    {
        var doc = Run("وهددت كوريا الشمالية بإلغاء القمة المرتقبة مع الرئيس الأميركي دونالد ترامب.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo == "036" || e.Cameo == "125");
    }

    [Fact]
    public void A_meeting_held_for_the_sake_of_something_is_still_a_meeting()
    {
        // "من أجل" (for the sake of) is written like أجّل (put off) without its vowels: the bare form is not one.
        var doc = Run("واجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيره الألماني هايكو ماس في برلين من أجل بحث الأزمة السورية.");
        Assert.Single(doc.Events, e => e.Cameo == "040");
    }
}
