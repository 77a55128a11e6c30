using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop6): states named together ("الدول الأربع"، "دول
/// عربية") right after a feminine appeal cue are its speaker, not the speaker of the sentence before.
/// </summary>
public sealed class EventStatesSubjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-evcoop6-states", "2022-03-14", paragraphs);

    [Fact]
    public void States_after_a_feminine_appeal_are_its_speaker()
    {
        var doc = Run("وقال قادة فرنسا وألمانيا في بيان إن الهجوم انتهاك صارخ.\nودعت الدول الأربع روسيا إلى الكشف الكامل عن برنامجها.");
        var appeal = Assert.Single(doc.Events, e => e.Cameo == "020");
        Assert.Equal("الدول الأربع", doc.Slice(appeal.Source!.Span));
        Assert.Equal("روسيا", doc.Slice(appeal.Target!.Span));
    }

    [Fact]
    public void An_indefinite_plural_of_states_speaks_too()
    {
        var doc = Run("وقال المتحدث باسم الحوثيين إن الهجوم ناجح.\nوأكدت دول عربية ضرورة التصدي للدعم الإيراني للحوثيين.");
        var appeal = Assert.Single(doc.Events, e => e.Cameo == "020");
        Assert.Equal("دول عربية", doc.Slice(appeal.Source!.Span));
    }
}
