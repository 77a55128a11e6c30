using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Statements whose words say the speaker's own side is ready to act, or means to: the intent of that act (03x with the
/// partner as target, 138 for force), not a plain statement; a readiness of another side or a denied one stays plain.
/// Sentences written for these tests.
/// </summary>
public sealed class EventStatedReadinessTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-stated-readiness", "2021-06-01", paragraphs);

    private static CodedEvent SaidBy(Document doc, string speaker) =>
        Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && e.Source is { } s && doc.Slice(s.Span).Contains(speaker, StringComparison.Ordinal));

    [Fact]
    public void The_speakers_side_ready_to_cooperate_with_a_partner_states_intent_to_cooperate_with_it()
    {
        var doc = Run(
            "وأكد الرئيس الروسي فلاديمير بوتين أن موسكو مستعدة للتعاون مع أنقرة في هذا الملف.",
            "وقال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده على استعداد للسماح لإيطاليا باستخدام الميناء.");
        var cooperation = SaidBy(doc, "بوتين");
        Assert.StartsWith("03", cooperation.Cameo, StringComparison.Ordinal);
        Assert.Equal("أنقرة", doc.Slice(cooperation.Target!.Span));
        var allowing = SaidBy(doc, "لودريان");
        Assert.StartsWith("03", allowing.Cameo, StringComparison.Ordinal);
        Assert.Equal("إيطاليا", doc.Slice(allowing.Target!.Span));
    }

    [Fact]
    public void A_side_that_means_to_send_something_to_a_partner_states_its_intent()
    {
        var doc = Run("وكشف رئيس الأركان الروسي فاليري غيراسيموف أن بلاده تعتزم إرسال معدات جديدة إلى سوريا خلال الشهر المقبل.");
        var intent = SaidBy(doc, "غيراسيموف");
        Assert.StartsWith("03", intent.Cameo, StringComparison.Ordinal);
        Assert.Equal("سوريا", doc.Slice(intent.Target!.Span));
    }

    [Fact]
    public void A_pledge_is_coded_by_its_act_and_not_by_an_act_of_its_purpose()
    {
        var doc = Run(
            "وتعهد رئيس الوزراء الياباني شينزو آبي بتطوير التعاون مع الهند في مجال الطاقة.",
            "وتعهدت رئيسة المؤسسة ماري لوبان بتقديم خطة لاستعادة ثقة الجمهور.");
        var pledge = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("وتعهد", StringComparison.Ordinal) && e.Source is { } s && doc.Slice(s.Span).Contains("آبي", StringComparison.Ordinal));
        Assert.StartsWith("03", pledge.Cameo, StringComparison.Ordinal);
        Assert.Equal("الهند", doc.Slice(pledge.Target!.Span));
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("وتعهدت", StringComparison.Ordinal) && e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_sides_readiness_a_denied_one_or_one_with_no_partner_stays_a_plain_statement()
    {
        var doc = Run(
            "وقال المتحدث باسم الخارجية التركية حامي أقصوي إن السعودية مستعدة للتعاون مع تركيا.",
            "وقالت وزيرة الخارجية الكندية كريستيا فريلاند إن بلادها ليست مستعدة للتعاون مع فنزويلا.",
            "وقال وزير الداخلية الألماني هورست زيهوفر إنه مستعد لاستقبال المزيد من الطلاب.");
        Assert.Equal("010", SaidBy(doc, "أقصوي").Cameo);
        Assert.Equal("010", SaidBy(doc, "فريلاند").Cameo);
        Assert.Equal("010", SaidBy(doc, "زيهوفر").Cameo);
    }
}
