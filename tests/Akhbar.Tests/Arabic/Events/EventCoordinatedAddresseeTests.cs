using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop7): an appeal or a demand addressed to sides joined
/// by و is one event per side, also when a side is named by a common noun rather than a name.
/// </summary>
public sealed class EventCoordinatedAddresseeTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop7-coordinated-addressees", "2018-07-20", paragraphs);

    [Fact]
    public void Two_peoples_joined_by_wa_are_two_addressees_of_an_appeal()
    {
        var doc = Run("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الفلسطينيين والإسرائيليين إلى تفادي نزاع جديد.");
        var appeals = doc.Events.Where(e => e.Cameo == "020").ToList();
        Assert.Equal(2, appeals.Count);
        Assert.Contains(appeals, e => doc.Slice(e.Target!.Span) == "الفلسطينيين");
        Assert.Contains(appeals, e => doc.Slice(e.Target!.Span) == "الإسرائيليين");
    }

    [Fact]
    public void A_group_after_a_named_addressee_is_addressed_too()
    {
        var doc = Run("وطالب السفير الإسرائيلي مجلس الأمن والمجتمع الدولي بإدانة الهجمات.");
        var demands = doc.Events.Where(e => e.Cameo.StartsWith("10", StringComparison.Ordinal)).ToList();
        Assert.Contains(demands, e => doc.Slice(e.Target!.Span) == "مجلس الأمن");
        Assert.Contains(demands, e => doc.Slice(e.Target!.Span) == "المجتمع الدولي");
    }

    [Fact]
    public void What_the_appeal_asks_for_after_its_complement_is_no_addressee()
    {
        var doc = Run("ودعا الرئيس الحكومة إلى الحوار والتهدئة.");
        var appeal = Assert.Single(doc.Events, e => e.Cameo == "020");
        Assert.Equal("الحكومة", doc.Slice(appeal.Target!.Span));
    }
}
