using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop2): "تحدث مع" a named actor is a consultation
/// (040); talking about a topic that names someone after مع, or with someone the text does not name as an actor, is none.
/// </summary>
public sealed class EventSpokeWithTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop2-spoke", "2021-05-06", paragraphs);

    [Fact]
    public void Speaking_with_a_named_leader_is_a_consultation()
    {
        var doc = Run("وتحدث الرئيس الأمريكي دونالد ترامب هاتفيا مع رئيس الوزراء الياباني شينزو آبي.");
        var talk = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Contains("ترامب", doc.Slice(talk.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("آبي", doc.Slice(talk.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Speaking_about_a_topic_or_with_an_unnamed_person_is_no_consultation()
    {
        var doc = Run(
            "وتحدث الرئيس الأمريكي دونالد ترامب هاتفيا مع رئيس الوزراء الياباني شينزو آبي.",
            "وتحدث الرئيس الأمريكي دونالد ترامب عن علاقته مع رئيس الوزراء الياباني شينزو آبي.",
            "وتحدث الرئيس الأمريكي دونالد ترامب مع زوجته.");
        Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }
}
