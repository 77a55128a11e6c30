using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// A date the time stage found, between a cue and its subject or object, is neither: it is skipped with its
/// prepositions. Sentences written for these tests.
/// </summary>
public class QuoteTimePhraseTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void A_date_between_the_cue_and_its_subject_is_not_the_subject()
    {
        var quote = Assert.Single(Run("وقال الشهر الماضي وزير المالية المصري إن الحكومة تدرس إنشاء صندوق سيادي."));
        Assert.Equal("وزير المالية المصري", quote.Speaker);
    }

    [Fact]
    public void A_date_with_its_prepositions_between_the_cue_and_a_noun_object_is_skipped()
    {
        var quote = Assert.Single(Run("وكان الجيش العراقي أعلن في أواخر مايو الماضي قصف موقع للمسلحين قرب الحدود."));
        Assert.Equal("الجيش العراقي", quote.Speaker);
        Assert.StartsWith("قصف موقع", quote.Text);
    }

    [Fact]
    public void Between_before_a_date_is_no_cue()
    {
        // "بين 1955 و2013" is "between"; the quote is the one of وقالت.
        var quote = Assert.Single(Run("وقالت رئيسة اللجنة المكلفة بالنظر في الانتهاكات بين 1955 و2013، إن هناك عشرات المتهمين في القضية."));
        Assert.Equal("وقالت", quote.Cue);
    }
}
