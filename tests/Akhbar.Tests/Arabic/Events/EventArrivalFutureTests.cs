using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Review of wt-evstmt5 (EventFinder.Arrivals): an arrival told with سوف is an intent to visit (036) whether or not سوف
/// carries the conjunction و ("وسوف يتوجه"), as the stage's other future tests read it (EventModality.IsFuture).
/// </summary>
public sealed class EventArrivalFutureTests
{
    [Fact]
    public void An_arrival_after_wa_sawfa_is_an_intent_to_visit()
    {
        var doc = EventArticle.Run(
            "review19-arrival-future", "2018-09-15",
            "وسوف يتوجه وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق يوم الاثنين المقبل لإجراء محادثات.");
        Assert.Contains(doc.Events, e => e.Cameo == "036" && doc.Slice(e.Target!.Span) == "دمشق");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "042");
    }
}
