using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Criticism of a side's conduct is aimed at that side: the owner after ل of a definite conduct noun ("الدور التخريبي
/// لإيران") or the country of its nisba ("السياسات الأمريكية"); a rejected claim or decision is aimed at the country of
/// its nisba or at the body in its genitive. Sentences written for these tests.
/// </summary>
public sealed class EventConductOwnersTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-conduct-owners", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Theory]
    [InlineData("وانتقد وزير الخارجية الأمريكي مايك بومبيو الدور التخريبي لإيران في المنطقة.", "وانتقد", "إيران")]
    [InlineData("وأدانت كوريا الشمالية \"الحملة الدموية\" لإسرائيل ضد المتظاهرين.", "وأدانت", "إسرائيل")]
    public void Criticism_of_a_conduct_noun_is_aimed_at_its_owner_after_lam(string sentence, string trigger, string owner)
    {
        var doc = Run(sentence);
        var criticism = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);
        Assert.Equal("111", criticism.Cameo);
        Assert.Contains(owner, Words(doc, criticism.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Criticism_of_a_conduct_noun_with_a_nisba_is_aimed_at_the_country()
    {
        var doc = Run(
            "وقال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستبقى في سوريا.",
            "وانتقد وزير الخارجية الروسي سيرغي لافروف السياسات الأمريكية في الشرق الأوسط.");
        var criticism = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وانتقد");
        Assert.Equal("الأمريكية", Words(doc, criticism.Target));
        Assert.NotNull(criticism.Target!.EntityId);
    }

    [Fact]
    public void After_a_verbal_noun_that_takes_lam_for_its_object_the_lam_phrase_is_no_owner()
    {
        // ل after "الدعم" marks whom the support goes to, not whose conduct is criticized.
        var doc = Run("وانتقدت منظمة العفو الدولية الدعم العسكري لتركيا في الحرب.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && Words(doc, e.Target).Contains("تركيا", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rejected_claim_with_a_nisba_and_a_rejected_decision_are_aimed_at_their_makers()
    {
        var doc = Run(
            "وطالبت الولايات المتحدة روسيا بالتعاون في التحقيق.",
            "ورفض وزير الخارجية الروسي سيرغي لافروف الاتهامات الأمريكية.",
            "ورفضت الحكومة الإسرائيلية قرار مجلس الأمن الدولي بشأن المستوطنات.");
        var claims = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ورفض");
        Assert.Equal("120", claims.Cameo);
        Assert.Equal("الأمريكية", Words(doc, claims.Target));

        var decision = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ورفضت");
        Assert.Equal("120", decision.Cameo);
        Assert.Equal("مجلس الأمن الدولي", Words(doc, decision.Target));
    }

    [Fact]
    public void A_name_after_a_verb_whose_subject_is_the_pronoun_on_lakin_is_its_object()
    {
        // "لكنه اتهم روسيا": the pronoun is who accuses; Russia is accused, not the accuser.
        var doc = Run("وأشاد الرئيس الفرنسي إيمانويل ماكرون بالاتفاق، لكنه اتهم روسيا بعرقلة تنفيذه.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && Words(doc, e.Source) == "روسيا");
        var accusation = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "اتهم");
        Assert.Equal("روسيا", Words(doc, accusation.Target));
        Assert.Contains("ماكرون", Words(doc, accusation.Source), StringComparison.Ordinal);
    }
}
