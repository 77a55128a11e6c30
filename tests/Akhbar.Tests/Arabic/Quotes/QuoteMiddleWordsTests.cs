using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The words between a cue and its frame: a name that folds like a preposition, and a quotation mark that pairs with
/// nothing. Sentences written for these tests.
/// </summary>
public class QuoteMiddleWordsTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وأكد رئيس البرلمان المصري، علي عبد العال، أن إنشاء الصندوق السيادي تأخر كثيرا.", "إنشاء الصندوق")]
    [InlineData("وشدد وزير الداخلية علي الحسيني على أن الأمن مستتب في العاصمة.", "الأمن مستتب")]
    public void The_name_Ali_does_not_open_the_reported_words(string body, string start)
    {
        // Folded, the name علي reads like the preposition على, which opens the words of أكد and شدد.
        var quote = Assert.Single(Run(body));
        Assert.StartsWith(start, quote.Text);
        Assert.DoesNotContain("الحسيني", quote.Text);
    }

    [Fact]
    public void A_stray_quotation_mark_in_the_occasion_does_not_end_the_search_for_the_frame()
    {
        // The programme's name lost its closing mark; the report after إن is still the spokesman's.
        var quote = Assert.Single(Run("وقال المتحدث باسم الحزب في مقابلة مع إذاعة محلية في برنامج \"حوار الأسبوع إن الانتخابات ستجرى في موعدها."));
        Assert.Equal("المتحدث باسم الحزب", quote.Speaker);
        Assert.StartsWith("الانتخابات", quote.Text);
    }

    [Fact]
    public void A_stray_quotation_mark_right_after_the_cue_is_not_skipped()
    {
        // The mark opens the speaker's own words (its closing mark went astray): the words inside are not a subject.
        var rows = Run("وقال الرئيس إن بلاده ملتزمة بالاتفاق.\n\nوأضاف \"أصدرت أوامر لوزارة الخارجية بأن تجري مشاورات مع الدول الأوروبية.");
        Assert.DoesNotContain(rows, q => q.Speaker == "أصدرت أوامر");
    }
}
