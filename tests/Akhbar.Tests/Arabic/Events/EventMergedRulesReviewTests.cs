using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Bugs found in review (wt-review18) of the event rules merged part-way from wt-evcoop2, wt-evneg2, wt-evforce3 and
/// wt-evactors. Sentences written for these tests.
/// </summary>
public sealed class EventMergedRulesReviewTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("review18-events", "2018-09-15", paragraphs);

    [Fact]
    public void Talking_with_the_press_about_ties_with_a_state_is_no_consultation_with_that_state()
    {
        // تحدث مع is coded only with a named partner after its own مع; the state here follows a second مع inside the topic.
        var doc = Run(
            "وتحدث الرئيس الأمريكي دونالد ترامب مع الصحفيين عن العلاقات مع الصين.",
            "وتحدث الرئيس الفرنسي إيمانويل ماكرون مع رئيس الوزراء الياباني شينزو آبي.",
            "وتحدثت المستشارة الألمانية أنجيلا ميركل مع الرئيس بوتين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "040" && doc.Slice(e.Target?.Span ?? default) == "الصين");
        var talks = doc.Events.Where(e => e.Cameo == "040").Select(e => doc.Slice(e.Target!.Span)).ToList();
        Assert.Equal(2, talks.Count);
        Assert.Contains(talks, t => t.Contains("آبي", StringComparison.Ordinal));
        Assert.Contains(talks, t => t.Contains("بوتين", StringComparison.Ordinal));
    }
}
