using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// Quarters and halves of a year with the year after them are TIMEX3 quarters and halves (2018-Q1, 2017-H2), including the
/// Tunisian الثلاثي and السداسي; without a year "الربع الأول" is left alone (a quarter of a game). Published Sunday
/// 2018-06-24; sentences written for these tests.
/// </summary>
public class YearPartTimeTests
{
    [Theory]
    [InlineData("وارتفع إنفاق المستهلكين خلال الربع الأول من العام الجاري بنسبة كبيرة.", "الربع الأول من العام الجاري", "2018-Q1")]
    [InlineData("وبلغ متوسط الراتب 2122 ريالا خلال الربع الرابع للعام الماضي 2017.", "الربع الرابع للعام الماضي 2017", "2017-Q4")]
    [InlineData("وتراجع العجز التجاري خلال الثلاثي الثالث من سنة 2014 بشكل ملحوظ.", "الثلاثي الثالث من سنة 2014", "2014-Q3")]
    [InlineData("وتراجعت الصادرات في السداسي الأول من 2015 بنسبة طفيفة.", "السداسي الأول من 2015", "2015-H1")]
    [InlineData("ونما الاقتصاد في النصف الثاني من عام 2017 بوتيرة أسرع.", "النصف الثاني من عام 2017", "2017-H2")]
    [InlineData("وتتوقع الشركة أرباحا في الربع الأخير من هذا العام.", "الربع الأخير من هذا العام", "2018-Q4")]
    [InlineData("وبلغ الاحتياطي 300 مليار دولار بنهاية الربع الأول من العام الجاري.", "نهاية الربع الأول من العام الجاري", "2018-Q1")]
    public void A_quarter_or_half_with_its_year_is_that_part_of_the_year(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence, "2018-06-24"));

    [Fact]
    public void A_quarter_without_a_year_is_no_time() =>
        Assert.Empty(Times("وسجل الفريق عشرين نقطة في الربع الأول من المباراة.", "2018-06-24"));
}
