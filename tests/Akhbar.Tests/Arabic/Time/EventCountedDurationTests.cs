using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// A count of days, weeks, months or years after قبل/بعد followed by من/على counts from an event the text names, not
/// from the publication: the expression is the duration, and its span is the count alone (gold/README.md, the calls of
/// the event folders). Without من/على the count is a date and keeps قبل/بعد. Sentences written for these tests.
/// </summary>
public class EventCountedDurationTests
{
    [Theory]
    [InlineData("ويأتي هذا التطور بعد يوم واحد على إسقاط الطائرة فوق الجولان.", "يوم واحد", "P1D")]
    [InlineData("وأفرج عن الصحفي بعد عامين من اعتقاله في العاصمة.", "عامين", "P2Y")]
    [InlineData("وأعلن المدرب استقالته قبل شهر من انطلاق البطولة.", "شهر", "P1M")]
    public void The_span_is_the_count(string sentence, string text, string value) =>
        Assert.Equal((text, "DURATION", value), Single(sentence));

    [Fact]
    public void Counted_from_the_publication_it_is_a_date_with_its_preposition() =>
        Assert.Equal(("قبل يومين", "DATE", "2018-09-13"), Single("وزار الوزير المدينة قبل يومين والتقى مسؤوليها."));
}
