using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>The nth weekday of a month ("الأحد الثاني من أكتوبر", "أول جمعة من نوفمبر"), Gregorian or Hijri.</summary>
public class NthWeekdayTests
{
    [Theory]
    // Published Saturday 2018-09-15. 2 October 2018 is a Tuesday, so "الأحد الثاني" is the second Sunday.
    [InlineData("تعقد القمة يوم الأحد الثاني من أكتوبر في الرياض.", "2018-09-15", "2018-10-14")]
    [InlineData("ستجرى الانتخابات أول جمعة من نوفمبر المقبل.", "2018-09-15", "2018-11-02")]
    [InlineData("تنطلق الحملة الثلاثاء الثالث من هذا الشهر.", "2018-09-15", "2018-09-18")]
    // 1 Ramadan 1439 (Um al-Qura) is Thursday 2018-05-17: the first Friday is the next day.
    [InlineData("أقيمت الصلاة الجمعة الأول من رمضان 1439 في المسجد.", "2018-09-15", "2018-05-18")]
    // 1 October 2018 is a Monday: the day of the month and the first Monday agree.
    [InlineData("عاد الوفد الاثنين الأول من أكتوبر إلى بلاده.", "2018-10-05", "2018-10-01")]
    public void Counts_the_weekday_in_its_month(string sentence, string published, string value) =>
        Assert.Contains(Times(sentence, published), t => t.Type == "DATE" && t.Value == value);

    [Fact]
    public void A_feminine_ordinal_without_a_month_counts_a_series_not_the_month()
    {
        // Published Friday 2018-04-13: "the third Friday in a row" of the marches is that Friday, not 20 April.
        Assert.Contains(Times("خرج المتظاهرون في الجمعة الثالثة على التوالي.", "2018-04-13"), t => t.Value == "2018-04-13");
    }

    [Fact]
    public void Without_a_month_the_weekday_is_counted_in_the_publication_month()
    {
        var (_, type, value) = Single("سيعود الرئيس يوم الأحد الثاني.", "2017-09-27");
        Assert.Equal(("DATE", "2017-09-10"), (type, value));
    }
}
