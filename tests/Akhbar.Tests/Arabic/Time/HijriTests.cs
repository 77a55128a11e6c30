using Akhbar.Arabic.Time;
using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Hijri dates through NodaTime's Um al-Qura calendar, including the turn of the Hijri year.</summary>
public class HijriTests
{
    [Theory]
    [InlineData("عقد الاجتماع في 10 محرم 1440 هـ بحضور الوزراء.", "10 محرم 1440 هـ", "2018-09-20")]
    [InlineData("عقد الاجتماع في ١٠ محرم ١٤٤٠ هـ بحضور الوزراء.", "١٠ محرم ١٤٤٠ هـ", "2018-09-20")]
    [InlineData("صدر القرار بتاريخ 12/2/1439هـ عن الديوان.", "12/2/1439هـ", "2017-11-01")]
    [InlineData("يبدأ العمل في 10 ذي الحجة 1439 في المشاعر.", "10 ذي الحجة 1439", "2018-08-21")]
    public void Converts_Hijri_days(string sentence, string text, string value)
    {
        var (t, type, v) = Single(sentence);
        Assert.Equal("DATE", type);
        Assert.Equal(value, v);
        Assert.StartsWith(text.TrimEnd('ـ'), t, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_day_of_a_Hijri_year_and_the_first_of_the_next_are_consecutive()
    {
        // 1 Muharram 1440 was Tuesday 11 September 2018.
        var daysInLastMonth = NodaTime.CalendarSystem.UmAlQura.GetDaysInMonth(1439, 12);
        Assert.Equal(Day("2018-09-11"), TimeNormalizer.HijriToIso(1440, 1, 1));
        Assert.Equal(Day("2018-09-10"), TimeNormalizer.HijriToIso(1439, 12, daysInLastMonth));
        Assert.Equal("2018-09-11", Single("بدأ العام الهجري في 1 محرم 1440 هـ رسميا.").Value);
        Assert.Equal("2018-09-10", Single($"انتهى العام في {daysInLastMonth} ذو الحجة 1439 هـ رسميا.").Value);
    }

    [Fact]
    public void A_Hijri_day_without_its_year_crosses_into_the_next_Hijri_year_when_that_is_nearer()
    {
        // Published on 25 Dhu al-Hijja 1439 (2018-09-05): ten days of Muharram ahead are in 1440.
        Assert.Equal("2018-09-20", Single("تبدأ الفعاليات في 10 محرم المقبل في المدينة.", "2018-09-05").Value);
        Assert.Equal("2018-09-20", Single("نظمت الفعاليات يوم 10 محرم في المدينة.", "2018-09-05").Value);
    }

    [Fact]
    public void A_Hijri_month_with_its_year_is_the_range_of_its_days()
    {
        var (_, _, value) = Single("أقيم الحج في ذو الحجة 1439 هـ بمشاركة واسعة.");
        Assert.Equal("2018-08-12/2018-09-10", value);
    }

    [Fact]
    public void A_Hijri_day_without_a_year_far_outside_the_Um_al_Qura_range_is_left_out() =>
        Assert.Empty(Times("نظمت الفعاليات يوم 10 محرم في المدينة.", "1700-01-01"));

    [Fact]
    public void An_impossible_Hijri_day_is_not_a_time_expression() =>
        Assert.Null(TimeNormalizer.HijriToIso(1439, 2, 31));
}
