using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Names written as hashtags ("وهددت #إيران"، "على #أوكرانيا"، "#حركة_أمل"): the '#' is a token of its own and the
/// mention starts after it, yet the actor right after a verb or preposition is still the name behind the mark.
/// </summary>
public sealed class EventHashtagActorTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-hashtag", "2018-09-15", paragraphs);

    [Fact]
    public void A_hashtag_name_right_after_the_verb_is_its_subject()
    {
        var doc = Run("وهددت #إيران الولايات المتحدة بالرد على أي هجوم يستهدف منشآتها.");
        var threat = Assert.Single(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains("إيران", doc.Slice(threat.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("الولايات المتحدة", doc.Slice(threat.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hashtag_name_after_a_preposition_is_the_target()
    {
        var doc = Run("وشنت القوات الروسية هجوما على #أوكرانيا فجر اليوم.");
        var attack = Assert.Single(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains("أوكرانيا", doc.Slice(attack.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hashtag_of_joined_words_after_the_verb_is_its_subject()
    {
        var doc = Run("وانتقدت #حركة_أمل الحكومة اللبنانية بسبب تأخر تشكيلها.");
        var criticism = Assert.Single(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Contains("أمل", doc.Slice(criticism.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("الحكومة", doc.Slice(criticism.Target!.Span), StringComparison.Ordinal);
    }
}
