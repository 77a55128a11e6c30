using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// Month names that are also other words (مارس "he practised", جوان, ماي, آب) need a day, a year or an edge word beside them,
/// except after في, which no verb follows: "في مارس" is the month. Publication day Saturday 2018-09-15; sentences written
/// for these tests.
/// </summary>
public class AmbiguousMonthAfterFiTests
{
    [Theory]
    [InlineData("وأعلنت الوزارة في مارس عن برنامج جديد لدعم المزارعين.", "مارس", "2018-03")]
    [InlineData("وانطلقت الأشغال في جوان بعد تأخير دام أشهرا.", "جوان", "2018-06")]
    public void An_ambiguous_month_name_after_fi_is_the_month(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void A_word_with_a_clitic_after_fi_stays_a_word()
    {
        // "بمارس" after في is no month name written alone; "في باب المندب" reads آب after the ب of باب.
        Assert.Equal(("مارس", "DATE", "2018-03"), Single("وتراجع الإنتاج في مارس بسبب العاصفة."));
        Assert.Empty(Times("وتصاعد التهديد للملاحة في باب المندب منذ فترة."));
    }
}
