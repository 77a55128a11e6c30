using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// A weekday with الماضي/القادم and then its written date is the same day said twice: one expression, and the date keeps
/// its day (gold/README.md: "يوم الأحد القادم 26/9/1439هـ" is one expression). Published Saturday 2018-06-09; sentences
/// written for these tests.
/// </summary>
public class WeekdayModifierDateTests
{
    [Theory]
    [InlineData("واتفق الوزراء على عقد اجتماع في مكة يوم الأحد القادم 26/9/1439هـ لبحث الأزمة.", "يوم الأحد القادم 26/9/1439ه", "2018-06-10")]
    [InlineData("وعقد المجلس جلسته يوم الخميس الماضي 7 يونيو 2018 في العاصمة.", "يوم الخميس الماضي 7 يونيو 2018", "2018-06-07")]
    public void The_weekday_and_its_date_are_one_expression(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence, "2018-06-09"));
}
