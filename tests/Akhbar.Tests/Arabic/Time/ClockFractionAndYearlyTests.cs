using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// Fractions of the hour (before or after the part of day), a weekday with its day of the month in words after في,
/// a day of the year after كل, and a year glued to its clock time. Published Saturday 2018-09-15 unless said.
/// </summary>
public class ClockFractionAndYearlyTests
{
    [Theory]
    [InlineData("انطلقت القافلة الساعة 9 مساء وثلاثة أرباع من المعبر.", "الساعة 9 مساء وثلاثة أرباع", "T21:45")]
    [InlineData("انطلقت القافلة الساعة السابعة صباحا والنصف من المعبر.", "الساعة السابعة صباحا والنصف", "T07:30")]
    [InlineData("انطلقت القافلة الساعة الثامنة والثلث مساء من المعبر.", "الساعة الثامنة والثلث مساء", "T20:20")]
    [InlineData("انطلقت القافلة الساعة الرابعة وثلاثة أرباع فجرا من المعبر.", "الساعة الرابعة وثلاثة أرباع فجرا", "T04:45")]
    [InlineData("انطلقت القافلة الساعة العاشرة إلا ثلثا من المعبر.", "الساعة العاشرة إلا ثلثا", "T09:40")]
    public void Reads_fractions_of_the_hour(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Fact]
    public void Three_quarters_of_something_else_after_a_clock_time_are_not_minutes()
    {
        // Without a part of day the fraction after a bare hour is not read; after الساعة with minutes already given, neither.
        Assert.Equal(("الساعة 10:15 مساء", "TIME", "T22:15"), Single("أغلقت المراكز الساعة 10:15 مساء وثلاثة أرباع الناخبين صوتوا."));
    }

    [Theory]
    [InlineData("عاد الوفد يوم الخميس في ثلاثة عشر، بعد جولة طويلة.", "يوم الخميس في ثلاثة عشر", "2018-09-13")]
    [InlineData("عاد الوفد يوم الاثنين في عشرة.", "يوم الاثنين في عشرة", "2018-09-10")]
    public void Reads_a_day_of_the_month_in_words_after_a_weekday_and_fi(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void A_count_after_a_weekday_and_fi_stays_a_count()
    {
        Assert.Equal(("يوم الخميس", "DATE", "2018-09-13"), Single("قصفت الطائرات يوم الخميس في ثلاثة مواقع بالمدينة."));
    }

    [Theory]
    [InlineData("يحتفل السكان كل 15 أبريل بذكرى التأسيس.", "كل 15 أبريل", "XXXX-04-15")]
    [InlineData("تنتهي صلاحية الرخص كل 30/6 من كل عام.", "كل 30/6", "XXXX-06-30")]
    [InlineData("تنتهي صلاحية الرخص كل 6/30 من كل عام.", "كل 6/30", "XXXX-06-30")]
    public void A_day_of_the_year_after_kull_is_a_yearly_recurrence(string sentence, string text, string value) =>
        Assert.Equal(text, Assert.Single(Times(sentence), t => t.Type == "SET" && t.Value == value).Text);

    [Fact]
    public void A_year_glued_to_its_clock_time_by_a_dash_gives_both()
    {
        Assert.Equal(("14 مارس 2019-8:05 مساء", "TIME", "2019-03-14T20:05"), Single("آخر تحديث: 14 مارس 2019-8:05 مساء"));
        Assert.Equal(("14 مارس 2019-20:05", "TIME", "2019-03-14T20:05"), Single("آخر تحديث: 14 مارس 2019-20:05"));
    }

    [Theory]
    [InlineData("انتظر المسافرون ثلث ساعة أمام البوابة.", "ثلث ساعة", "PT20M")]
    [InlineData("استمر الاجتماع لمدة ساعة وثلث في القصر.", "ساعة وثلث", "PT1H20M")]
    [InlineData("حكم الحزب البلاد ثلث قرن دون انتخابات.", "ثلث قرن", "P33Y4M")]
    [InlineData("استمر الاجتماع لمدة ساعة ونصف في القصر.", "ساعة ونصف", "PT1.5H")]
    public void A_third_is_written_in_whole_units_of_the_next_size(string sentence, string text, string value) =>
        Assert.Equal((text, "DURATION", value), Single(sentence));
}
