using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Dates spelt in ways the token layer splits apart: dots after the day or the month, و glued to a tens word, years in words.</summary>
public class DateSpellingTests
{
    [Theory]
    [InlineData("وقع الاتفاق في 16. نوفمبر. 2016 في جنيف.", "2016-11-16")]
    [InlineData("وقع الاتفاق في 3. مارس 2017 في جنيف.", "2017-03-03")]
    [InlineData("افتتح المعرض يوم الثالث والعشرون من مايو 2017 في القاهرة.", "2017-05-23")]
    public void Finds_the_whole_date(string sentence, string value) =>
        Assert.Contains(Times(sentence), t => t.Type == "DATE" && t.Value == value);

    [Fact]
    public void A_year_in_words_after_its_noun_may_be_below_a_thousand()
    {
        var (text, type, value) = Single("ولد الشاعر عام تسعمائة وخمسة عشر في الكوفة.");
        Assert.Equal(("عام تسعمائة وخمسة عشر", "DATE", "0915"), (text, type, value));
    }

    [Fact]
    public void A_director_general_is_not_a_year()
    {
        Assert.DoesNotContain(Times("وقع المدير العام مائتين قرار."), t => t.Type == "DATE");
    }

    [Theory]
    [InlineData("وقع الطرفان الاتفاق في 12 ديسمبرالماضي، بعد مفاوضات طويلة.", "12 ديسمبرالماضي", "DATE", "2017-12-12")]
    [InlineData("تنطلق البطولة في يونيوالمقبل بمشاركة عشرين فريقا.", "يونيوالمقبل", "DATE", "2019-06")]
    [InlineData("تصل الطائرة في 14 أكتوبرالساعة 8:30 صباحا إلى المطار.", "14 أكتوبرالساعة 8:30 صباحا", "TIME", "2018-10-14T08:30")]
    public void Reads_a_month_run_into_the_next_word(string sentence, string text, string type, string value) =>
        Assert.Equal((text, type, value), Single(sentence));

    [Fact]
    public void A_word_that_only_starts_like_an_ambiguous_month_is_not_one()
    {
        // ماي and مارس are also words: run into another word they are not read as months.
        Assert.Empty(Times("زار الوفد مارسالات الشركة في المدينة."));
    }
}
