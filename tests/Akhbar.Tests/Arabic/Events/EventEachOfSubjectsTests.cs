using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// "كل من X وY" right after a verb lists its subjects: each demands, condemns or accuses, and the object follows the list.
/// Sentences written for these tests.
/// </summary>
public sealed class EventEachOfSubjectsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-each-of-subjects", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Fact]
    public void Each_side_after_kull_min_is_a_source_and_not_the_target()
    {
        var doc = Run(
            "وقال الرئيس الصيني إن بلاده لن تتراجع عن مواقفها.",
            "وتطالب كل من الفلبين وفيتنام بالسيادة على جزر في المنطقة.",
            "وتتهم كل من سوريا وروسيا إسرائيل بشن الغارة على المطار.");
        var demands = doc.Events.Where(e => doc.Slice(e.Trigger) == "وتطالب").ToList();
        Assert.Equal(["الفلبين", "فيتنام"], demands.Select(e => Words(doc, e.Source)).Order(StringComparer.Ordinal));
        Assert.All(demands, e => Assert.Null(e.Target));

        var accusations = doc.Events.Where(e => doc.Slice(e.Trigger) == "وتتهم").ToList();
        Assert.Equal(["روسيا", "سوريا"], accusations.Select(e => Words(doc, e.Source)).Order(StringComparer.Ordinal));
        Assert.All(accusations, e => Assert.Equal("إسرائيل", Words(doc, e.Target)));
    }

    [Fact]
    public void A_list_after_a_verb_whose_subject_precedes_it_is_its_object()
    {
        var doc = Run("وفي المؤتمر الصحفي انتقدت واشنطن كل من روسيا وإيران بسبب دعمهما للنظام.");
        Assert.DoesNotContain(doc.Events, e => Words(doc, e.Source) is "روسيا" or "إيران");
    }
}
