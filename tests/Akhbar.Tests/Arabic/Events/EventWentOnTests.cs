using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop6): the words after تابع "went on" are coded by
/// what they do (an appeal laid on a side with "على X أن"), and a تابع whose words stay a plain statement makes no event.
/// </summary>
public sealed class EventWentOnTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-evcoop6-wenton", "2022-03-14", paragraphs);

    [Fact]
    public void Went_on_with_a_duty_laid_on_a_state_is_an_appeal_to_it()
    {
        var doc = Run("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع في غزة خطير للغاية.",
            "وتابع غوتيريش \"على إسرائيل أن تمارس ضبط النفس لتجنب التصعيد\".");
        var appeal = Assert.Single(doc.Events, e => e.Cameo == "020" && doc.Slice(e.Trigger).Contains("تابع"));
        Assert.Equal("إسرائيل", doc.Slice(appeal.Target!.Span));
    }

    [Fact]
    public void Went_on_with_a_plain_statement_makes_no_event()
    {
        var doc = Run("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع في غزة خطير للغاية.",
            "وتابع غوتيريش \"الأيام المقبلة ستكون صعبة على الجميع\".");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("تابع"));
    }
}
