using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evstmt5): a meeting noun followed by جمع "brought
/// together" names its sides as that verb's objects: the first is the source, the one after ب or مع (or joined by و) the
/// target; "جمعه" carries the first side as a pronoun. A جمع that belongs to another meeting noun is not read.
/// </summary>
public sealed class EventGatheringMeetingTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-stmt5-gathering", "2018-07-20", paragraphs);

    private static CodedEvent MeetingOn(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_summit_that_brought_two_presidents_together_is_their_meeting()
    {
        var doc = Run("وجاءت الخطوة الروسية بعد أيام قليلة من قمة جمعت رئيس البلاد فلاديمير بوتين بنظيره الأميركي دونالد ترامب في هلسنكي.");
        var summit = MeetingOn(doc, "قمة");
        Assert.Contains("بوتين", doc.Slice(summit.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("ترامب", doc.Slice(summit.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_that_brought_him_together_with_a_minister_is_his()
    {
        var doc = Run("وقال وزير الطاقة الروسي ألكسندر نوفاك خلال لقاء جمعه مع نظيره الإيراني بيجن زنغنه في موسكو إن الأسعار مستقرة.");
        var meeting = MeetingOn(doc, "لقاء");
        Assert.Contains("نوفاك", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("زنغنه", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_that_follows_another_meeting_noun_is_that_meetings()
    {
        var doc = Run("ويأتي هذا اللقاء بعد قمة تاريخية جمعت الزعيم الكوري الشمالي كيم جونغ أون بالرئيس الأمريكي دونالد ترامب.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("اللقاء", StringComparison.Ordinal));
        var summit = MeetingOn(doc, "قمة");
        Assert.Contains("كيم", doc.Slice(summit.Source!.Span), StringComparison.Ordinal);
    }
}
