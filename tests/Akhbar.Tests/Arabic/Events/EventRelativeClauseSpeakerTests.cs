using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A statement cue right after a relative pronoun whose antecedent names no entity (EventFinder.RelativeSpeakers, branch
/// wt-evactors3): a formula ("الأمر الذي يشير") is no speaker and makes no statement; a cue that does not agree with the
/// relative keeps the speaker the quote stage found; a preposition with the relative's pronoun puts the subject after it
/// ("في الوقت الذي تطالب فيه الخرطوم"). Sentences written for these tests.
/// </summary>
public sealed class EventRelativeClauseSpeakerTests
{
    private static Document Run(string text) => EventArticle.Run("events-relative-speaker", "2021-05-06", text);

    private static IEnumerable<CodedEvent> At(Document doc, string trigger) => doc.Events.Where(e => doc.Slice(e.Trigger) == trigger);

    [Fact]
    public void A_formula_of_consequence_before_the_relative_makes_no_statement()
    {
        var doc = Run("قال محللون في لندن إن الأسواق متوترة. وتراجعت أسعار النفط للأسبوع الثالث على التوالي، الأمر الذي يشير إلى أن الطلب ما زال ضعيفا.");
        Assert.Empty(At(doc, "يشير"));
    }

    [Fact]
    public void A_cue_that_does_not_agree_with_the_relative_keeps_the_speaker_found_before()
    {
        var doc = Run("نشرت الوزارة تقريرها السنوي عن البطالة. وتحدث وزير العمل خالد العنزي عن نسبة البطالة بين الشباب، وهي النسبة التي قال إنها تراجعت خلال العام الماضي.");
        var said = Assert.Single(At(doc, "قال"));
        Assert.Equal("خالد العنزي", doc.Slice(said.Source!.Span));
    }

    [Fact]
    public void The_subject_follows_a_preposition_that_carries_the_relatives_pronoun()
    {
        var doc = Run("مدد مجلس الأمن مهمة قوات حفظ السلام لعام آخر، في الوقت الذي تطالب فيه الخرطوم بخروج تلك القوات من البلاد.");
        var demand = Assert.Single(At(doc, "تطالب"));
        Assert.Equal("الخرطوم", doc.Slice(demand.Source!.Span));
    }
}
