using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// عشية before a day is its evening (Tunisian "عشية اليوم", and "عشية الجمعة" in gold/events-test6: TEV), and a number
/// after a comma that closes a day starts the next clause unless it has minutes or a part of day. Sentences written for
/// these tests.
/// </summary>
public class EveningPartTests
{
    [Theory]
    [InlineData("وتمكنت فرقة الحماية المدنية عشية اليوم من انتشال جثة شاب.", "2017-03-06", "عشية اليوم", "2017-03-06TEV")]
    [InlineData("واقتحم محتجون مطار المدينة عشية الجمعة وفق المراسل.", "2018-07-13", "عشية الجمعة", "2018-07-13TEV")]
    [InlineData("وأصدرت المحكمة عشية أمس حكمها في القضية.", "2017-02-16", "عشية أمس", "2017-02-15TEV")]
    public void Ashiya_before_a_day_is_its_evening(string sentence, string published, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence, published));

    [Fact]
    public void A_count_after_the_comma_that_closes_a_day_is_no_hour() =>
        Assert.Equal(("صباح اليوم الاثنين", "TIME", "2017-06-19TMO"),
            Single("وقالت الشركة إن السلطات خفضت، صباح اليوم الاثنين، 8 ميجاواط من إمدادات الكهرباء.", "2017-06-19"));

    [Fact]
    public void A_clock_time_with_minutes_after_the_comma_stays() =>
        Assert.Equal(("مساء الجمعة، 8:30", "TIME", "2018-09-14T20:30"), Single("ووصلت الطائرة مساء الجمعة، 8:30 بالتوقيت المحلي."));
}
