using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A verbal noun governed by رفض (EventFinder.Refusals.cs) is the act refused, not done: the event is the refusal, on
/// sentences written for these tests.
/// </summary>
public sealed class EventRefusalTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-refusal", "2021-05-02", paragraphs);

    [Fact]
    public void Refusing_to_negotiate_is_a_rejection_of_talks_not_talks()
    {
        var doc = Run("ورفضت الحكومة الليبية إجراء مفاوضات مع المتمردين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        var e = Assert.Single(doc.Events);
        Assert.Equal("125", e.Cameo);
        Assert.Equal("ورفضت", doc.Slice(e.Trigger));
        Assert.Equal("الحكومة الليبية", doc.Slice(e.Source!.Span));
    }

    [Fact]
    public void Refusing_sanctions_is_a_rejection_aimed_where_the_sanctions_would_have_been()
    {
        var doc = Run("ورفضت الصين فرض عقوبات جديدة على كوريا الشمالية.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        var e = Assert.Single(doc.Events);
        Assert.Equal("120", e.Cameo);
        Assert.Equal("كوريا الشمالية", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void Talks_held_are_still_talks()
    {
        var doc = Run("وأجرت الحكومة الليبية مفاوضات مع الأمم المتحدة في تونس.");
        Assert.Contains(doc.Events, e => e.Cameo == "046");
    }
}
