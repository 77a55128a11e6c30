using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Statements whose words say the speaker's own side will not allow another side something (a threat to that side) or will
/// not accept something (a rejection); a law or another side that will not allow, or a refusal aimed at no one, is no threat.
/// Sentences written for these tests.
/// </summary>
public sealed class EventStatedRefusalTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-stated-refusals", "2021-06-01", paragraphs);

    private static CodedEvent SaidBy(Document doc, string speaker) =>
        Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && e.Source is { } s && doc.Slice(s.Span).Contains(speaker, StringComparison.Ordinal));

    [Fact]
    public void The_speakers_side_that_will_not_allow_a_named_side_threatens_it()
    {
        var doc = Run("وقال وزير الدفاع الإسرائيلي أفيغدور ليبرمان إن إسرائيل لن تسمح لإيران بإقامة قواعد قرب حدودها.");
        var threat = SaidBy(doc, "ليبرمان");
        Assert.StartsWith("13", threat.Cameo, StringComparison.Ordinal);
        Assert.Equal("إيران", doc.Slice(threat.Target!.Span));
    }

    [Fact]
    public void The_speakers_side_that_will_not_accept_something_rejects_it()
    {
        var doc = Run("وقال وزير الخارجية الإيراني محمد جواد ظريف إن إيران لن تقبل بأي تعديل على الاتفاق.");
        Assert.StartsWith("12", SaidBy(doc, "ظريف").Cameo, StringComparison.Ordinal);
    }

    [Fact]
    public void A_law_or_another_side_that_will_not_allow_or_a_refusal_of_no_side_stays_a_plain_statement()
    {
        var doc = Run(
            "وقال وزير المالية البريطاني فيليب هاموند إن القانون لن يسمح للشركات بالتهرب من الضرائب.",
            "وقال وزير الخارجية التركي مولود جاويش أوغلو إن روسيا لن تسمح لإيران بالبقاء في سوريا.",
            "وقال المرشح الأمريكي بريت كافانو إنه لن يسمح للاتهامات الكاذبة بإبعاده.");
        Assert.Equal("010", SaidBy(doc, "هاموند").Cameo);
        Assert.Equal("010", SaidBy(doc, "جاويش أوغلو").Cameo);
        Assert.Equal("010", SaidBy(doc, "كافانو").Cameo);
    }
}
