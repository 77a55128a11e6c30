using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The forces of a side named after the verb ("قوات النظام"، "ميليشيات الحوثي"، "طائرات التحالف") are the verb's subject and
/// act for that side; a definite group noun or a plural that keeps its ن is not such a phrase. Sentences written for these
/// tests.
/// </summary>
public sealed class EventGroupHeadedSubjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-group-headed", "2021-09-01", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));

    [Fact]
    public void The_forces_of_a_regime_after_the_verb_shelled_for_the_regime()
    {
        var doc = Run("قصفت قوات النظام السوري مدينة دوما.");
        Assert.Contains("النظام السوري", Slice(doc, At(doc, "قصفت").Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_militia_after_a_relative_verb_fired_the_missile_not_the_main_clause_subject()
    {
        var doc = Run("واعترض الدفاع الجوي السعودي صاروخا أطلقته ميليشيات الحوثي باتجاه جدة.");
        Assert.Contains("الحوثي", Slice(doc, At(doc, "أطلقته").Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plural_that_keeps_its_nun_is_no_construct_and_the_name_after_it_is_the_object()
    {
        var doc = Run("وهاجم مسلحون الرئيس الأفغاني خلال زيارته.");
        Assert.DoesNotContain(doc.Events, e => Slice(doc, e.Source) is { } s && s.Contains("الرئيس", StringComparison.Ordinal));
    }
}
