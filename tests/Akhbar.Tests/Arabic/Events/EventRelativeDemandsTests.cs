using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// "الأمر الذي تطالب به X": a demand verb after a relative pronoun, with the relative's pronoun on its preposition, is made by
/// the actor named after that preposition; an accusation in the same frame is not read so. Sentences written for these tests.
/// </summary>
public sealed class EventRelativeDemandsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-relative-demands", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Fact]
    public void The_actor_after_the_pronoun_preposition_makes_the_demand()
    {
        var doc = Run("ولم تلتزم كوريا الشمالية بنزع سلاحها، الأمر الذي تطالب به الولايات المتحدة.");
        var demand = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "تطالب");
        Assert.Equal("10", demand.Cameo[..2]);
        Assert.Equal("الولايات المتحدة", Words(doc, demand.Source));

        // After اتهم the name may be the one accused (a passive): not taken for the accuser.
        var accused = Run("وردت الحكومة على الهجوم الذي اتهمت به دمشق في الشهر الماضي.");
        Assert.DoesNotContain(accused.Events, e => e.Cameo == "112" && Words(accused, e.Source) == "دمشق");
    }
}
