using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Review of wt-evstmt5 (EventFinder.Arrivals): an arrival told with سوف is a scheduled visit whether or not سوف carries the
/// conjunction و ("وسوف يتوجه"), as the stage's other future tests read it (EventModality.IsFuture). Since wt-evcoop5 a
/// scheduled visit keeps its code (042), as the gold codes scheduled meetings and visits, and is not hypothetical.
/// </summary>
public sealed class EventArrivalFutureTests
{
    [Fact]
    public void An_arrival_after_wa_sawfa_is_a_scheduled_visit()
    {
        var doc = EventArticle.Run(
            "review19-arrival-future", "2018-09-15",
            "وسوف يتوجه وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق يوم الاثنين المقبل لإجراء محادثات.");
        Assert.Contains(doc.Events, e => e.Cameo == "042" && doc.Slice(e.Target!.Span) == "دمشق" && !e.Hypothetical);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "036");
    }
}
