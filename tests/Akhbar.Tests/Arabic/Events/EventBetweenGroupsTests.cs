using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evstmt5): the sides of talks after بين may be named by
/// common nouns (a government, unions, representatives); the first phrase is the span source and the second the target,
/// but a name after words that are no title of it is not the second side.
/// </summary>
public sealed class EventBetweenGroupsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-stmt5-between", "2018-05-07", paragraphs);

    [Fact]
    public void Talks_between_a_government_and_unions_are_theirs()
    {
        var doc = Run("وتعثرت المفاوضات بين الحكومة ونقابات عمال السكك الحديدية بعد خروج المندوبين من الاجتماع.");
        var talks = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "المفاوضات");
        Assert.Contains("الحكومة", doc.Slice(talks.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("نقابات", doc.Slice(talks.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_after_another_word_is_not_the_second_side()
    {
        var doc = Run("وعقد لقاء بين مسؤولين سعوديين وأتراك بشأن الصحفي جمال خاشقجي في مديرية أمن إسطنبول.");
        Assert.DoesNotContain(doc.Events, e => e.Target is { } t && doc.Slice(t.Span).Contains("خاشقجي", StringComparison.Ordinal));
    }
}
