using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Whom an appeal or a demand addresses when the text names the addressee by a common noun that no word list holds: the
/// noun phrase between the verb's subject and its complement (دعا X إلى، حث X على، طالب X بـ), on sentences written for
/// these tests.
/// </summary>
public sealed class EventAppealAddresseeTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-appeal-addressee", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void The_noun_phrase_between_the_subject_and_the_complement_is_the_addressee()
    {
        var doc = Run(
            "ودعا رئيس الوزراء الأردني عمر الرزاز الأردنيين إلى منح الحكومة الجديدة فرصة.",
            "وكان المدرب الإيطالي قد دعا لاعبي فريقه إلى مغادرة الملعب احتجاجا على الهدف.",
            "وعقد وزراء الإعلام العرب اجتماعا في القاهرة لبحث التغطية الإعلامية.",
            "ودعا المشاركون في الاجتماع إلى التركيز على الإعلام الجديد.",
            "وطالبت منظمة الصحة العالمية بأن يتاح لها الوصول إلى المنطقة.");
        var appeals = doc.Events.Where(e => e.Cameo == "020").ToList();
        Assert.Contains("الأردنيين", doc.Slice(appeals[0].Target!.Span), StringComparison.Ordinal);
        Assert.Contains("لاعبي", doc.Slice(appeals[1].Target!.Span), StringComparison.Ordinal);

        // The verb's own subject is not whom it addresses: a nominative plural, a definite nisba after a name.
        Assert.All(doc.Events.Where(e => e.Cameo is "020" or "100" && e.Trigger.Start > appeals[1].Trigger.End), e => Assert.Null(e.Target));
    }

    [Fact]
    public void A_day_or_a_phrase_of_where_it_was_said_may_stand_before_the_addressee()
    {
        var doc = Run(
            "وحضت بريطانيا، الخميس، شركاءها في الاتحاد الأوروبي على تشديد العقوبات على روسيا.",
            "ودعا رئيس الحكومة اليمنية في تغريدة على حسابه بموقع تويتر، الجميع إلى الالتفاف حول الشرعية.");
        Assert.Contains("شركاءها", doc.Slice(At(doc, "وحضت").Target!.Span), StringComparison.Ordinal);
        Assert.Contains("الجميع", doc.Slice(At(doc, "ودعا").Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_demand_addresses_the_body_named_after_its_subject()
    {
        var doc = Run("وكان الرئيسان الفرنسي إيمانويل ماكرون والأمريكي دونالد ترامب قد طالبا المجتمع الدولي بموقف حازم من الهجوم.");
        var demand = Assert.Single(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.Contains("المجتمع الدولي", doc.Slice(demand.Target!.Span), StringComparison.Ordinal);
    }
}
