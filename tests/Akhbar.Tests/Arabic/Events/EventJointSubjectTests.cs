using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop4): a dual verb of meeting that takes its partner
/// after مع (ناقشا، بحثا) is a meeting between its two subjects joined by و; a singular verb without مع stays no event.
/// </summary>
public sealed class EventJointSubjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop4-joint-subjects", "2018-06-15", paragraphs);

    [Fact]
    public void Two_leaders_who_discussed_in_the_dual_met_each_other()
    {
        var doc = Run("وقالت الرئاسة الفرنسية إن ماكرون وميركل ناقشا الأوضاع في سوريا.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Contains("ماكرون", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("ميركل", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_past_dual_after_an_auxiliary_is_a_meeting_too()
    {
        var doc = Run("وكان ماكرون وميركل قد بحثا الأزمة في باريس.");
        Assert.Single(doc.Events, e => e.Cameo == "040");
    }

    [Fact]
    public void A_singular_verb_without_its_partner_is_no_meeting()
    {
        var doc = Run("وبحث وزير الخارجية الأوضاع في سوريا.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }
}
