using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop6): support given to a side's right or demands
/// ("دعمها الثابت لحق الفلسطينيين"، "تدعم حق السعوديين") is support for that side, the genitive of the right.
/// </summary>
public sealed class EventSupportedRightTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-evcoop6-rights", "2022-03-14", paragraphs);

    [Fact]
    public void Support_for_a_peoples_right_targets_that_people()
    {
        var doc = Run("وجددت كوريا الشمالية دعمها الثابت لحق الفلسطينيين في إقامة دولتهم المستقلة.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal("كوريا الشمالية", doc.Slice(support.Source!.Span));
        Assert.StartsWith("الفلسطينيين", doc.Slice(support.Target!.Span));
    }

    [Fact]
    public void A_supporting_verb_with_a_right_targets_the_rights_owner()
    {
        var doc = Run("وقالت الخارجية الأمريكية في تغريدة إن واشنطن تدعم حق السعوديين في حماية حدودهم من الهجمات.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal("واشنطن", doc.Slice(support.Source!.Span));
        Assert.StartsWith("السعوديين", doc.Slice(support.Target!.Span));
    }

    [Fact]
    public void Support_for_a_named_states_right_targets_the_state()
    {
        var doc = Run("ونددت الولايات المتحدة بإطلاق الصواريخ على الرياض، مؤكدة دعمها حق السعودية في الدفاع عن أراضيها.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal("السعودية", doc.Slice(support.Target!.Span));
    }
}
