using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The speaker phrase after a cue ends at نقلا (whose words the speaker relays) and at a preposition that says when the
/// speaker spoke (QuoteFinder.SpeakerPhraseEnds, branch wt-evactors). Sentences written for these tests.
/// </summary>
public class QuoteSpeakerPhraseEndTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void An_outlet_that_relays_others_is_the_speaker_without_the_relay_word()
    {
        var quote = Assert.Single(Run("وذكرت وكالة الأنباء الرسمية نقلا عن مصدر في وزارة الداخلية أن قوات الأمن أوقفت ثلاثة أشخاص في العاصمة."), q => q.Cue == "وذكرت");
        Assert.Equal("وكالة الأنباء الرسمية", quote.Speaker);
    }

    [Fact]
    public void A_time_phrase_after_the_speaker_is_not_part_of_it()
    {
        var quote = Assert.Single(Run("وقالت الصحيفة قبل أسابيع إن الحكومة تدرس رفع أسعار الوقود مطلع العام المقبل."));
        Assert.Equal("الصحيفة", quote.Speaker);
    }

    [Fact]
    public void A_time_phrase_right_after_the_cue_is_no_speaker_and_the_speaker_is_carried_over()
    {
        var quotes = Run("قال وزير الخارجية النمساوي كارل شتاينر إن المفاوضات مع الجانب الإيراني ستستمر الأسبوع المقبل.\n\n"
            + "وقال قبل مغادرته العاصمة إن بلاده لن تقبل بأي شروط مسبقة.");
        var second = Assert.Single(quotes, q => q.Cue == "وقال");
        Assert.Equal("كارل شتاينر", second.Speaker);
    }
}
