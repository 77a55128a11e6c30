using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Listed words whose first letter is a root letter that looks like the conjunction و or ف ("فصائل", "وحدات", "واصل"):
/// the event rules must find them as written, not only after cutting the first letter (branch wt-clitic19).
/// Sentences written for these tests.
/// </summary>
public sealed class EventRootInitialWordTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-root-initial-words", "2022-05-13", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    [Fact]
    public void Factions_that_succeed_in_taking_a_village_are_its_armed_source()
    {
        // السيطرة is an act only when an armed side succeeds in it: "فصائل" must be found among the armed heads.
        var doc = Run("وتمكنت فصائل المعارضة من السيطرة على قرية في ريف إدلب الجنوبي بعد معارك استمرت يومين.");
        var taking = Assert.Single(doc.Events, e => e.Cameo == "192");
        Assert.StartsWith("فصائل", Slice(doc, taking.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Units_that_succeed_in_an_arrest_are_its_source()
    {
        var doc = Run("وتمكنت وحدات الحرس الوطني من القبض على ثلاثة مهربين قرب الحدود الجنوبية.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo[..2] == "17");
        Assert.StartsWith("وحدات", Slice(doc, arrest.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Bringing_a_fire_under_control_takes_no_ground()
    {
        var doc = Run("وتمكنت قوات الحماية المدنية من السيطرة على الحريق الذي اندلع في مستودع للأخشاب.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "192");
    }

    [Fact]
    public void Our_correspondent_telling_that_raids_went_on_reports_them_and_criticizes_nobody()
    {
        // "واصلت" is a word of going on; the outlet's own correspondent reports the raids, as "مصادر" would.
        var doc = Run("وقال مراسلنا إن مقاتلات التحالف العربي واصلت قصف مواقع الحوثيين في مدينة الحديدة خلال الليل.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "111");
    }
}
