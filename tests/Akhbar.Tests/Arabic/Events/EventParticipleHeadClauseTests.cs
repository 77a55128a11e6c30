using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A circumstantial participle after a relative clause goes with the subject of the sentence's opening verb, not with the
/// subject inside the relative clause (EventFinder.Circumstantials, branch wt-evstmt6). Sentences written for these tests.
/// </summary>
public sealed class EventParticipleHeadClauseTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-participle-head-clause", "2021-05-06", paragraphs);

    [Fact]
    public void A_participle_after_a_relative_clause_is_said_by_the_sentences_subject()
    {
        var doc = Run("وأشاد الرئيس المصري عبد الفتاح السيسي بالإنجازات التي حققتها القوات المسلحة في سيناء، مؤكدا استمرار الحرب على الإرهاب.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "مؤكدا");
        Assert.Contains("السيسي", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }
}
