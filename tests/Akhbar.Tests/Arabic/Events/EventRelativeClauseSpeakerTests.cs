using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evactors): a statement cue inside a relative clause
/// whose verb agrees with its named antecedent has the antecedent for speaker, not a speaker named before it in the main
/// clause; and when the verb does not agree, the antecedent is what is said about, so the speaker is the subject of the
/// main clause, not the antecedent's words.
/// </summary>
public sealed class EventRelativeClauseSpeakerTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-actors-relative-speaker", "2018-06-03", paragraphs);

    [Fact]
    public void The_named_antecedent_speaks_not_the_speaker_of_the_main_clause()
    {
        var doc = Run(
            "وقال الرئيس الأمريكي دونالد ترامب إن القمة ستعقد في موعدها.",
            "وتقول الولايات المتحدة إنها مستعدة لتقديم ضمانات أمنية إلى النظام الإيراني الذي يعتبر أن برنامجه الصاروخي ضمانة لبقائه.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("يعتبر", StringComparison.Ordinal));
        Assert.Contains("النظام الإيراني", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_said_about_does_not_speak_the_main_subject_does()
    {
        var doc = Run("ولم تكشف الشرطة الفرنسية عن الجماعة التي قال إنها دبرت الهجوم على المتجر.");
        var said = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "قال");
        Assert.Contains("الشرطة الفرنسية", doc.Slice(said.Source!.Span), StringComparison.Ordinal);
    }
}
