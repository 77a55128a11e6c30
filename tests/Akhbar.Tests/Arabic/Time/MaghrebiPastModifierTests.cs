using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// الفارط ("last", Tunisian and Maghrebi news) is a past modifier like الماضي: the span takes it in and the value is the
/// period before the publication day (Saturday 2018-09-15); sentences written for these tests.
/// </summary>
public class MaghrebiPastModifierTests
{
    [Theory]
    [InlineData("وتعود أطوار القضية إلى يوم 25 أفريل الفارط.", "يوم 25 أفريل الفارط", "2018-04-25")]
    [InlineData("وحجزت الوحدات السيارة خلال شهر جوان الفارط.", "شهر جوان الفارط", "2018-06")]
    [InlineData("وانطلقت الأشغال السنة الفارطة في الولاية.", "السنة الفارطة", "2017")]
    public void Takes_the_modifier_into_the_span_and_resolves_to_the_past(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));
}
