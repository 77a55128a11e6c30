using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop6): hope or confidence about relations, dialogue
/// or cooperation with a side ("عبر عن أمله في تحسين العلاقات مع واشنطن") is intent to cooperate (030) with that side; a hope
/// about anything else stays an optimistic comment (013). The participles معبرا and معربا code what their verbs code.
/// </summary>
public sealed class EventHopedCooperationTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-evcoop6-hope", "2022-03-14", paragraphs);

    [Fact]
    public void Hope_for_relations_with_a_state_is_intent_to_cooperate_with_it()
    {
        var doc = Run("وعبر الزعيم الكوري الشمالي كيم جونغ أون عن أمله في إيجاد حل لمسألة العلاقات مع الولايات المتحدة.");
        var intent = Assert.Single(doc.Events, e => e.Cameo == "030");
        Assert.Equal("الولايات المتحدة", doc.Slice(intent.Target!.Span));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "013");
    }

    [Fact]
    public void Hope_about_something_else_stays_an_optimistic_comment()
    {
        var doc = Run("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن أمله في أن تنتهي الأزمة قريبا.");
        Assert.Contains(doc.Events, e => e.Cameo == "013");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "030");
    }

    [Fact]
    public void A_participle_of_expressing_hope_codes_intent_with_its_partner()
    {
        var doc = Run("وزار وزير الخارجية الأمريكي مايك بومبيو برلين، معبرا عن أمله في تحسين العلاقات مع ألمانيا.");
        var intent = Assert.Single(doc.Events, e => e.Cameo == "030");
        Assert.Equal("مايك بومبيو", doc.Slice(intent.Source!.Span));
        Assert.Equal("ألمانيا", doc.Slice(intent.Target!.Span));
    }
}
