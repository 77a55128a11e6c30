using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

public class EmptyQuoteTests
{
    [Theory]
    [InlineData("الوزير:\nوصل الوزير إلى العاصمة.")]
    [InlineData("عنوان الخبر\nوقال الوزير:")]
    [InlineData("عنوان\nقال “”.")]
    public void A_cue_that_reports_no_words_makes_no_quote(string text)
    {
        var doc = Analyze.Text(text);
        Assert.All(doc.Quotes, q => Assert.True(q.Content.Length > 0));
    }
}
