using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// Hijri dates as Saudi papers write them, and days the text gives twice joined by الموافق (publication day Tuesday
/// 2015-07-21 unless said otherwise; the sentences are written for these tests).
/// </summary>
public class HijriEquivalentDateTests
{
    [Theory]
    [InlineData("تبدأ التسجيلات يوم الأحد الموافق 10 / 10 / 1436هـ في جميع المراكز.", "يوم الأحد", "2015-07-26")]
    [InlineData("وحددت اللجنة موعد الاختبار الجمعة الموافق 18/8/1436 في مقر الجامعة.", "الجمعة", "2015-06-05")]
    [InlineData("يفتتح المعرض يوم الأحد الموافق 26 يوليو بقاعة المعارض.", "يوم الأحد", "2015-07-26")]
    [InlineData("وينتهي التقديم يوم الخميس، الموافق 22 / 9 / 1436هـ، في الموقع الإلكتروني.", "يوم الخميس", "2015-07-09")]
    public void A_weekday_linked_to_a_date_by_muwafiq_is_that_day(string sentence, string weekday, string value)
    {
        var times = Times(sentence, "2015-07-21");
        Assert.Equal(2, times.Count);
        Assert.Equal((weekday, "DATE", value), times[0]);
        Assert.Equal(value, times[1].Value);
    }

    [Fact]
    public void A_chain_of_equivalent_days_settles_on_the_exact_one()
    {
        var times = Times("ويبدأ العام الدراسي يوم الأحد الموافق 8 ذو القعدة المقبل، الموافق 23 أغسطس 2015م.", "2015-07-21");
        Assert.Equal(["2015-08-23", "2015-08-23", "2015-08-23"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_yearless_hijri_day_falls_in_the_year_of_its_gregorian_equivalent()
    {
        var times = Times("وقعت الحادثة في 6 أغسطس 2012، الموافق 17 رمضان، قبل موعد الإفطار.", "2015-07-21");
        Assert.Equal(("17 رمضان", "DATE", "2012-08-05"), times[1]);
    }

    [Fact]
    public void Last_monday_linked_to_a_yearless_date_takes_the_date()
    {
        var times = Times("ويرقد المريض في الطوارئ منذ يوم الاثنين الماضي والموافق 26 رمضان.", "2015-07-21");
        Assert.Equal(["2015-07-13", "2015-07-13"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_weekday_not_linked_by_muwafiq_keeps_its_own_day()
    {
        var times = Times("أعلن المجلس الجمعة أن القرار صدر في 18/8/1436 بعد دراسته.", "2015-07-21");
        Assert.Equal(("الجمعة", "DATE", "2015-07-17"), times[0]);
    }

    [Theory]
    [InlineData("صدر القرار بتاريخ 10/1/1436 عن مجلس الإدارة.", "10/1/1436", "2014-11-03")]
    [InlineData("صدر القرار بتاريخ ٤-١٠-١٤٣٦ عن مجلس الإدارة.", "٤-١٠-١٤٣٦", "2015-07-20")]
    [InlineData("وفي 12 - 11 - 1427هـ أعلن مصدر أمني القبض على المطلوبين.", "12 - 11 - 1427ه", "2006-12-03")]
    [InlineData("صدر القرار بتاريخ 23 - 06 - 2015 عن مجلس الإدارة.", "23 - 06 - 2015", "2015-06-23")]
    public void Numeric_dates_with_a_hijri_year_or_spaced_dashes_are_days(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence, "2015-07-21"));

    [Theory]
    [InlineData("تقام المباراة الودية في الـ15 من أغسطس المقبل على ملعب النادي.", "ال15 من أغسطس المقبل", "DATE", "2015-08-15")]
    [InlineData("وسجل المؤشر ارتفاعا خلال الـ24 ساعة الماضية.", "ال24 ساعة", "DURATION", "PT24H")]
    public void The_article_glued_to_a_day_number_belongs_to_the_span(string sentence, string text, string type, string value) =>
        Assert.Equal((text, type, value), Single(sentence, "2015-07-25"));

    [Theory]
    [InlineData("وأجرى الفريق يوم أمس أول تدريباته في المعسكر.", "يوم أمس", "2015-07-20")]
    [InlineData("ويغادر الفريق الرياض يوم غد الأربعاء إلى النمسا.", "يوم غد الأربعاء", "2015-07-22")]
    public void The_noun_day_before_yesterday_or_tomorrow_belongs_to_the_span(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence, "2015-07-21"));

    [Theory]
    [InlineData("توفي الشاب متأثرا بالحروق التي أصيب بها قبل حوالي أسبوع في حادث.", "قبل حوالي أسبوع", "2015-08-01")]
    [InlineData("وكان المصنع قد أغلق قبل نحو ثلاثة أيام بسبب الأعطال.", "قبل نحو ثلاثة أيام", "2015-08-05")]
    public void An_approximate_count_before_ago_still_dates(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence, "2015-08-08"));
}
