using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>Bugs found in review of the event rules merged with wt-consult and wt-fight. Sentences written for these tests.</summary>
public sealed class EventReviewTests
{
    [Fact]
    public void A_meeting_verb_of_a_visit_that_opens_the_title_does_not_throw()
    {
        // MeetingOfVisit accepts "التقى خلالها" at the first token of the document, where no token stands before the verb.
        var doc = Analyze.Pipeline.Process(new RawArticle
        {
            Id = "review-visit-title",
            Title = "التقى خلالها الرئيس الفرنسي نظيره الجزائري",
            Body = "ووصل الرئيس الفرنسي إلى الجزائر في زيارة رسمية.",
        });
        Assert.NotNull(doc.Events);
    }
}
