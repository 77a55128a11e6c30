using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop7): زوّد / أمدّ and their nouns تزويد / إمداد with
/// weapons after ب are military aid (072) from the supplier to the recipient named after the word; supplying anything else
/// codes nothing.
/// </summary>
public sealed class EventSuppliedArmsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop7-supplied-arms", "2018-06-15", paragraphs);

    [Fact]
    public void A_verb_of_supply_with_missiles_is_military_aid_from_its_subject()
    {
        var doc = Run("واتهم الوزير الأمريكي إيران بأنها تزود الحوثيين في اليمن بالصواريخ.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "072");
        Assert.Equal("إيران", doc.Slice(aid.Source!.Span));
        Assert.Contains("الحوثيين", doc.Slice(aid.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_supply_noun_with_a_pronoun_is_the_aid_of_the_side_named_before_it()
    {
        var doc = Run("وطالبت السعودية مجلس الأمن بمحاسبة إيران لتزويدها الحوثيين بصواريخ باليستية.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "072");
        Assert.Equal("إيران", doc.Slice(aid.Source!.Span));
        Assert.Contains("الحوثيين", doc.Slice(aid.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_side_accused_of_supplying_is_the_supplier_not_the_accuser()
    {
        var doc = Run("وتتهم الرياض طهران بتزويد الحوثيين بالصواريخ الباليستية.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "072");
        Assert.Equal("طهران", doc.Slice(aid.Source!.Span));
        Assert.Contains("الحوثيين", doc.Slice(aid.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_told_subject_first_names_the_supplier_then_the_recipient()
    {
        var doc = Run("وأمدت روسيا سوريا بمعدات عسكرية متطورة خلال العام الماضي.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "072");
        Assert.Equal("روسيا", doc.Slice(aid.Source!.Span));
        Assert.Equal("سوريا", doc.Slice(aid.Target!.Span));
    }

    [Fact]
    public void Supplying_what_is_no_weapon_is_no_event()
    {
        var doc = Run("وزودت روسيا سوريا بمعدات طبية، وقررت الحكومة تزويد المدارس بالكهرباء.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }
}
