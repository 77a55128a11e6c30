using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>منتصف الليل and منتصف النهار as clock times, alone, after an hour, on a day, and on a night named by two weekdays (published Saturday 2018-09-15).</summary>
public class MidnightNoonTests
{
    [Theory]
    [InlineData("رفع الحظر بعد منتصف الليل في كل المدن.", "منتصف الليل", "T00:00")]
    [InlineData("أغلقت المحلات عند منتصف النهار بسبب الحر.", "منتصف النهار", "T12:00")]
    [InlineData("أغلقت المحلات الساعة 12 منتصف الليل في العاصمة.", "الساعة 12 منتصف الليل", "T00:00")]
    [InlineData("وقع الانفجار الساعة 1:30 منتصف الليل قرب الميناء.", "الساعة 1:30 منتصف الليل", "T01:30")]
    public void Midnight_and_noon_are_clock_times(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Theory]
    [InlineData("دخلت الهدنة حيز التنفيذ منتصف ليل الخميس.", "منتصف ليل الخميس", "2018-09-13T00:00")]
    [InlineData("تظاهر المئات منتصف نهار الأربعاء أمام البرلمان.", "منتصف نهار الأربعاء", "2018-09-12T12:00")]
    [InlineData("يسري القرار من منتصف ليل 30 سبتمبر 2018 في كل المحافظات.", "منتصف ليل 30 سبتمبر 2018", "2018-09-30T00:00")]
    public void Midnight_and_noon_of_a_day(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Theory]
    // A report: the latest such midnight on or before the publication day.
    [InlineData("دخلت الهدنة حيز التنفيذ منتصف ليل الخميس الجمعة بعد مفاوضات.", "منتصف ليل الخميس الجمعة", "2018-09-14T00:00")]
    [InlineData("دخلت الهدنة حيز التنفيذ منتصف ليلة السبت/الأحد بعد مفاوضات.", "منتصف ليلة السبت/الأحد", "2018-09-09T00:00")]
    // Ahead: the first weekday on or after the publication day, and the midnight that ends it.
    [InlineData("ستدخل الهدنة حيز التنفيذ منتصف ليل الجمعة السبت بعد مفاوضات.", "منتصف ليل الجمعة السبت", "2018-09-22T00:00")]
    public void A_night_named_by_two_weekdays_is_the_midnight_between_them(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Theory]
    [InlineData("وقع الانفجار منتصف ليلة البارحة قرب الميناء.", "منتصف ليلة البارحة", "2018-09-15T00:00")]
    [InlineData("يبدأ حظر التجول منتصف ليل اليوم في المدينة.", "منتصف ليل اليوم", "2018-09-16T00:00")]
    public void The_midnight_of_last_night_or_tonight_opens_the_next_day(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Fact]
    public void The_middle_of_a_week_or_a_month_is_not_a_clock_time()
    {
        Assert.DoesNotContain(Times("يعقد المؤتمر في منتصف الأسبوع المقبل بالعاصمة."), t => t.Type == "TIME");
        Assert.Empty(Times("وقف المتظاهرون في منتصف الساحة رافعين الأعلام."));
    }
}
