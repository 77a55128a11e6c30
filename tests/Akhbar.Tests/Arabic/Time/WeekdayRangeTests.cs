using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Weekdays of one named week as a range: "الأسبوع المقبل بين الأربعاء والجمعة".</summary>
public class WeekdayRangeTests
{
    [Theory]
    // Published Saturday 2018-09-15 (ISO week 10-16 September).
    [InlineData("تعقد الجولة الأسبوع المقبل بين الأربعاء والجمعة في جنيف.", "الأسبوع المقبل بين الأربعاء والجمعة", "2018-09-19/2018-09-21")]
    [InlineData("أضرب المعلمون هذا الأسبوع من الاثنين إلى الخميس.", "هذا الأسبوع من الاثنين إلى الخميس", "2018-09-10/2018-09-13")]
    [InlineData("تعطلت الدراسة بين الجمعة والأحد من الأسبوع الماضي.", "بين الجمعة والأحد من الأسبوع الماضي", "2018-09-07/2018-09-09")]
    // The Arab week starts on Sunday: Sunday to Tuesday of last week is 2-4 September, not 9 back to 4.
    [InlineData("تعطلت الدراسة الأسبوع الماضي من الأحد إلى الثلاثاء.", "الأسبوع الماضي من الأحد إلى الثلاثاء", "2018-09-02/2018-09-04")]
    public void Finds_weekday_ranges_in_a_week(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void Without_a_week_the_weekdays_stay_apart()
    {
        // "من الأحد إلى الخميس" alone is usually the working week, not a range of dates.
        var times = Times("يعمل الموظفون من الأحد إلى الخميس.");
        Assert.DoesNotContain(times, t => t.Value.Contains('/', StringComparison.Ordinal));
    }
}
