using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A speaker named again by a bare title or outlet word goes back to the fuller phrase the text named it with before
/// (EventFinder.BareNouns, branch wt-evactors): a broadcaster by شبكة / قناة, and a title whose holder the entity stage did
/// not name, through the quote stage's speaker phrase. Sentences written for these tests.
/// </summary>
public sealed class EventSpeakerNamedBeforeTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-named-before", "2021-05-06", paragraphs);

    [Fact]
    public void A_network_named_again_by_its_kind_is_the_network()
    {
        var doc = Run("ذكرت شبكة \"سي إن إن\" الأمريكية أن الإدارة تدرس فرض عقوبات جديدة على شركات النفط.", "وأضافت الشبكة أن القرار قد يصدر خلال أيام.");
        var first = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ذكرت");
        var added = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأضافت");
        Assert.NotNull(added.Source?.EntityId);
        Assert.Equal(first.Source!.EntityId, added.Source!.EntityId);
    }

    [Fact]
    public void A_title_whose_holder_no_entity_names_goes_back_to_the_phrase_that_named_him()
    {
        var doc = Run(
            "أوقفت وحدات الحرس الوطني ببلدة الزهراء ثلاثة شبان يشتبه في سرقتهم معدات مدرسية، وفق ما أفاد به معتمد المنطقة أمين خير الدين.",
            "واكد المعتمد أن الأبحاث متواصلة لكشف بقية المتورطين في العملية.");
        var said = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "واكد");
        Assert.Equal("معتمد المنطقة أمين خير الدين", doc.Slice(said.Source!.Span));
    }
}
