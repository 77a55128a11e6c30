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

    [Fact]
    public void A_march_of_peace_is_a_march_though_the_peace_process_is_a_course()
    {
        // "سلام" is among the genitives of purpose that make مسيرة a march; "مسيرة السلام" stays a course.
        var doc = EventArticle.Run("review-peace-march", "2021-06-01", "ونظم آلاف الطلاب مسيرة سلام أمام البرلمان.", "وتحدث الوزير عن مسيرة السلام في المنطقة.");
        var march = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("مسيرة", StringComparison.Ordinal));
        Assert.StartsWith("14", march.Cameo, StringComparison.Ordinal);
        Assert.Contains("الطلاب", doc.Slice(march.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_named_by_a_verbal_noun_of_form_two_is_no_march()
    {
        // IsNoMarch's comment: "مسيرة تحقيق التنمية" (an indefinite noun in its genitive) is a course.
        var doc = EventArticle.Run("review-course", "2021-06-01", "وتحدث الوزير عن مسيرة تطوير التعليم في البلاد.", "وأشاد الرئيس بمسيرة تعزيز الاقتصاد.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        var march = EventArticle.Run("review-march-verb", "2021-06-01", "ونظم آلاف الطلاب مسيرة تطالب بالإفراج عن المعتقلين.");
        Assert.Contains(march.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }
}
