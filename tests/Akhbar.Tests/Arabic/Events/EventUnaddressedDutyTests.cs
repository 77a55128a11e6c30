using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop): words that open by saying what must be done,
/// with no side named to do it, are an appeal (020) with no target; the speaker's own duty and a duty in a relative clause
/// stay statements.
/// </summary>
public sealed class EventUnaddressedDutyTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop-duty", "2021-03-04", paragraphs);

    [Theory]
    [InlineData("وقال الرئيس الروسي فلاديمير بوتين \"يجب تعزيز المساعدات الإنسانية للمدنيين في المناطق المنكوبة\".")]
    [InlineData("وقالت رئيسة الوزراء البريطانية تيريزا ماي \"نعتقد أن المسؤولين عن الهجوم يجب أن يحاسبوا\".")]
    [InlineData("وقال الرئيس الروسي فلاديمير بوتين إنه لا بد من عودة اللاجئين إلى منازلهم قبل الشتاء.")]
    public void A_duty_laid_on_no_named_side_is_an_appeal_without_target(string sentence)
    {
        var doc = Run(sentence);
        var appeal = Assert.Single(doc.Events, e => e.Cameo.StartsWith("0", StringComparison.Ordinal));
        Assert.Equal("020", appeal.Cameo);
        Assert.NotNull(appeal.Source);
        Assert.Null(appeal.Target);
    }
}
