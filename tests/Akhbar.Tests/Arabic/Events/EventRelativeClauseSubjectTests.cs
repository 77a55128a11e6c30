using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The antecedent of a relative pronoun is the subject of the verb after it only when the verb agrees with the pronoun and
/// no preposition right after the verb carries the pronoun's own person (EventFinder.RelativeAntecedents, branch
/// wt-evactors2). Sentences written for these tests.
/// </summary>
public sealed class EventRelativeClauseSubjectTests
{
    private static Document Run(string text) => EventArticle.Run("events-relative-subject", "2021-05-06", text);

    private static string? SourceName(Document doc, string trigger) =>
        doc.Events.SingleOrDefault(e => doc.Slice(e.Trigger) == trigger) is { Source: { } source } ? doc.Slice(source.Span) : null;

    [Fact]
    public void A_masculine_verb_after_alati_has_its_own_subject()
    {
        var doc = Run("وتواجه المستشارة الألمانية أنغيلا ميركل التي انتقد ترامب سياستها بشأن الهجرة ضغوطا داخلية متزايدة.");
        Assert.NotEqual("أنغيلا ميركل", SourceName(doc, "انتقد"));
    }

    [Fact]
    public void A_preposition_with_the_relatives_pronoun_makes_the_antecedent_the_object()
    {
        var doc = Run("ويعارض الكونغرس الذي يسيطر عليه الجمهوريون الاتفاق النووي مع إيران.");
        Assert.NotEqual("الكونغرس", SourceName(doc, "يسيطر"));
    }

    [Fact]
    public void A_masculine_perfect_that_begins_with_ta_still_has_the_antecedent_as_subject()
    {
        var doc = Run("وقال الرئيس النيجيري محمد بخاري الذي توعد بسحق التمرد إن الجيش سيواصل عملياته.");
        Assert.Equal("محمد بخاري", SourceName(doc, "توعد"));
    }
}
