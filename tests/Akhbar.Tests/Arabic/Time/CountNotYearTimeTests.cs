using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// Numbers that look like years but are counts: after a comparison or an approximation ("أكثر من 2000 جريح"), a
/// thousand in words without a year noun ("أكثر من ألف شخص"), and Tunisian amounts in million dinars ("387 م د").
/// Sentences written for these tests; a year with its noun or cue stays a year.
/// </summary>
public class CountNotYearTimeTests
{
    [Theory]
    [InlineData("وقتل العشرات وأصيب أكثر من 2000 في المواجهات على الحدود.")]
    [InlineData("وأصيب أكثر من ألف شخص خلال الاحتجاجات في المدينة.")]
    [InlineData("ومنحت الوزارة ما يقرب من 2000 رخصة للشركات الصغيرة.")]
    [InlineData("وبلغت الديون المسجلة الى 387 م د للمؤسسات العمومية.")]
    [InlineData("وترتفع التعريفة من 651 إلى ألف كيلو وات للمشتركين.")]
    public void A_count_is_no_year(string sentence) => Assert.Empty(Times(sentence));

    [Theory]
    [InlineData("وتعود آخر زيارة للرئيس إلى 2005 حين التقى نظيره.", "2005", "2005")]
    [InlineData("وحكم البلاد من 1987 حتى الإطاحة به.", "1987", "1987")]
    public void A_year_after_a_preposition_stays_a_year(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));
}
