using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// A document after في right after the cue ("وأضاف في بيان"، "وقالوا في تقرير") is where the words were said, not who said
/// them: the speaker is carried over, except in a clause told in the past perfect, whose subject stands before the cue
/// (QuoteFinder.DocumentsWhereSaid, branch wt-evactors3). Sentences written for these tests.
/// </summary>
public class QuoteDocumentWhereSaidTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void A_statement_after_fi_is_no_speaker_and_the_speaker_is_carried_over()
    {
        var quotes = Run("قال المبعوث الأممي مارتن غريفيث إن المفاوضات مستمرة لتجنب مواجهات في المدينة.\n\n"
            + "وأضاف في بيان \"لدينا اتصالات دائمة مع كل الأطراف\".");
        var second = Assert.Single(quotes, q => q.Cue == "وأضاف");
        Assert.Contains("مارتن غريفيث", second.Speaker);
    }

    [Fact]
    public void A_report_after_fi_is_no_speaker_either()
    {
        var quotes = Run("أعلنت وزيرة الصحة البريطانية سارة هيوز خطة جديدة لمكافحة العدوى. وقالت في تقرير إن الوقاية أفضل من العلاج.");
        var second = Assert.Single(quotes, q => q.Cue == "وقالت");
        Assert.Contains("سارة هيوز", second.Speaker);
    }

    [Fact]
    public void The_statement_event_keeps_the_speaker_carried_over()
    {
        var doc = EventArticle.Run("quotes-document-where-said", "2021-05-06",
            "قال المبعوث الأممي مارتن غريفيث إن المفاوضات مستمرة لتجنب مواجهات في المدينة. وأضاف في بيان \"لدينا اتصالات دائمة مع كل الأطراف\".");
        var added = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأضاف");
        Assert.Contains("مارتن غريفيث", doc.Slice(added.Source!.Span));
    }
}
