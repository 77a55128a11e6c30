using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A dual noun of persons ("الرجلان"، "الزعيمين") as the subject of a joint verb or the genitive of a joint noun stands for
/// the two persons named last before it: the first named is the source, the other the target (EventFinder.DualReferences).
/// Sentences written for these tests.
/// </summary>
public sealed class EventDualReferenceTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-dual-references", "2019-03-04", paragraphs);

    [Fact]
    public void The_two_men_who_met_are_the_two_persons_named_before()
    {
        var doc = Run(
            "وصل الرئيس الفرنسي إيمانويل ماكرون إلى برلين حيث استقبلته المستشارة الألمانية أنغيلا ميركل في مقر المستشارية.",
            "والتقى الرجلان في قاعة صغيرة لمدة ساعتين قبل مؤتمر صحفي مشترك.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Contains("التقى", doc.Slice(meeting.Trigger), StringComparison.Ordinal);
        Assert.Contains("ماكرون", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("ميركل", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_of_the_two_leaders_is_held_by_the_two_persons_named_before()
    {
        var doc = Run(
            "وصل رئيس الوزراء الياباني شينزو آبي إلى واشنطن في زيارة يلتقي خلالها الرئيس الأمريكي دونالد ترامب.",
            "وقالت الوكالة عقب اجتماع الزعيمين إن المحادثات تناولت التجارة.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo == "040" && doc.Slice(e.Trigger).Contains("اجتماع", StringComparison.Ordinal));
        Assert.Contains("آبي", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("ترامب", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dual_with_its_own_names_after_it_keeps_them()
    {
        var doc = Run(
            "وزار وزير الخارجية الإيراني محمد جواد ظريف العاصمة الفرنسية باريس الأسبوع الماضي.",
            "واتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان على تعزيز التعاون.");
        var agreement = Assert.Single(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Contains("بوتين", doc.Slice(agreement.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("أردوغان", doc.Slice(agreement.Target!.Span), StringComparison.Ordinal);
    }
}
