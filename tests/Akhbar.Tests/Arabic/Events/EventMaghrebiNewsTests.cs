using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Arrests and seizures as Tunisian news writes them (إيقاف، حجز): coded only with the person arrested or the thing
/// seized after the noun, which is then the target, since elsewhere the same nouns stop, suspend or book; and "ذات
/// المصدر", the same source, speaking for the speaker named before it. Sentences written for these tests.
/// </summary>
public sealed class EventMaghrebiNewsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-maghrebi", "2016-10-10", paragraphs);

    [Fact]
    public void Ikaf_with_a_person_after_it_is_an_arrest_of_that_person_and_without_one_it_is_no_arrest()
    {
        var doc = Run("وقامت الشرطة التونسية بإيقاف شاب في سوسة.", "وقرر الاتحاد إيقاف المدرب لأربع مباريات.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.EndsWith("إيقاف", doc.Slice(arrest.Trigger), StringComparison.Ordinal);
        Assert.Equal("شاب", doc.Slice(arrest.Target!.Span));
    }

    [Fact]
    public void Hajz_with_the_thing_seized_after_it_is_a_seizure_and_a_booked_seat_is_not()
    {
        var doc = Run("وقامت الشرطة التونسية بحجز دراجتين ناريتين في سوسة.", "وحجز الفريق مقعده في الدور النهائي.");
        var seizure = Assert.Single(doc.Events, e => e.Cameo == "171");
        Assert.Equal("بحجز", doc.Slice(seizure.Trigger));
        Assert.Equal("دراجتين ناريتين", doc.Slice(seizure.Target!.Span));
    }

    [Fact]
    public void The_same_source_speaks_for_the_speaker_named_before_it()
    {
        var doc = Run(
            "وقال وزير الداخلية التونسي الهادي مجدوب إن الوحدات الأمنية تمكنت من إيقاف 12 شخصا.",
            "وأضاف ذات المصدر أن الأبحاث متواصلة.");
        var added = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("أضاف", StringComparison.Ordinal));
        Assert.Equal("الهادي مجدوب", doc.Slice(added.Source!.Span));
        Assert.NotNull(added.Source.EntityId);
    }
}
