using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Names tagged with a hashtag ("#إيران"), which the tokenizer keeps as a punctuation token before the name: the actor
/// rules find the name where the # stands, as the subject right after a verb and as the target after a preposition.
/// Sentences written for these tests.
/// </summary>
public sealed class EventHashtagActorTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-hashtag-actors", "2021-06-01", paragraphs);

    [Fact]
    public void A_hashtagged_name_is_the_subject_after_the_verb_and_the_target_after_a_preposition()
    {
        var doc = Run(
            "قال الرئيس الفرنسي إيمانويل ماكرون إن التحقيق مستمر.",
            "وألقت رئيسة الوزراء البريطانية تيريزا ماي باللوم على #موسكو في الهجوم.",
            "وهددت #إيران بالرد على الغارة الإسرائيلية.");
        var blame = Assert.Single(doc.Events, e => e.Cameo == "112");
        Assert.Contains("موسكو", doc.Slice(blame.Target!.Span), StringComparison.Ordinal);

        var threat = Assert.Single(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains("إيران", doc.Slice(threat.Source!.Span), StringComparison.Ordinal);
    }
}
