using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// "وأضاف قائلا": a participle cue right after a statement verb already coded repeats it; the words are one speech act,
/// coded once at the verb (EventFinder.DoubledCues, branch wt-evactors3). Sentences written for these tests.
/// </summary>
public sealed class EventDoubledCueTests
{
    private static Document Run(string text) => EventArticle.Run("events-doubled-cue", "2021-05-06", text);

    [Fact]
    public void A_participle_right_after_a_coded_statement_verb_is_no_second_statement()
    {
        var doc = Run("قال المبعوث الأممي مارتن غريفيث إن المفاوضات مستمرة. وأضاف قائلا \"السيطرة على الميناء لن تنهي الحرب\".");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "قائلا");
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأضاف");
    }

    [Fact]
    public void A_participle_after_a_verb_that_is_no_event_is_still_a_statement()
    {
        var doc = Run("وزار وزير الخارجية الأردني أيمن الصفدي المدينة أمس، ثم تحدث للصحفيين قائلا إن الوضع مستقر.");
        Assert.Contains(doc.Events, e => doc.Slice(e.Trigger) == "قائلا" && e.Cameo.StartsWith("01", StringComparison.Ordinal));
    }

    [Fact]
    public void The_participle_of_said_after_a_comma_goes_on_with_the_statement_before_it()
    {
        // The gold codes "وذكر أن ...، قائلا: ..." as one speech act, on the verb (branch wt-evstmt6).
        var doc = Run("وذكر وزير الخارجية الأردني أيمن الصفدي أن المفاوضات ستستأنف الأسبوع المقبل، قائلا: \"لا بديل عن الحوار\".");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "قائلا");
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وذكر");
    }

    [Fact]
    public void The_participle_of_said_right_after_another_verb_belongs_to_that_verb()
    {
        // "وعلق قائلا": no comma before the participle, which goes with the verb right before it, not with the statement.
        var doc = Run("قال وزير الخارجية الأردني أيمن الصفدي إن المفاوضات ستستأنف الأسبوع المقبل، وعلق قائلا إن الحوار هو الحل.");
        Assert.Contains(doc.Events, e => doc.Slice(e.Trigger) == "قائلا");
    }
}
