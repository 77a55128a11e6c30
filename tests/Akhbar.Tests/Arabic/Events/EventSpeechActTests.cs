using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Speech acts (appeals, demands, criticism, accusations, threats) found in their participles, in the words of a statement,
/// in a double-object verb and behind an object pronoun, on sentences written for these tests.
/// </summary>
public sealed class EventSpeechActTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-speech", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_participle_of_appeal_or_warning_takes_the_subject_of_its_sentence_and_the_name_after_it_as_target()
    {
        var doc = Run(
            "وانتقد الرئيس الفرنسي إيمانويل ماكرون السياسة التجارية الأمريكية، محذرا الصين من عواقب الحرب التجارية.",
            "وقال وزير الخارجية الألماني هايكو ماس إن الوضع في إدلب خطير، داعيا روسيا إلى وقف الغارات.");
        var warning = At(doc, "محذرا");
        Assert.Equal("130", warning.Cameo);
        Assert.Equal("إيمانويل ماكرون", doc.Slice(warning.Source!.Span));
        Assert.Equal("الصين", doc.Slice(warning.Target!.Span));
        var appeal = At(doc, "داعيا");
        Assert.Equal("020", appeal.Cameo);
        Assert.Contains("ماس", doc.Slice(appeal.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("روسيا", doc.Slice(appeal.Target!.Span));
    }

    [Fact]
    public void Words_that_lay_a_duty_on_another_side_are_an_appeal_to_it()
    {
        var doc = Run("وقال وزير الخارجية البريطاني بوريس جونسون إن على إيران أن توقف دعمها للميليشيات في المنطقة.");
        var appeal = At(doc, "قال");
        Assert.Equal("020", appeal.Cameo);
        Assert.Equal("إيران", doc.Slice(appeal.Target!.Span));
    }

    [Fact]
    public void A_duty_a_leader_lays_on_his_own_state_is_no_appeal()
    {
        var doc = Run("وقال رئيس الوزراء الإسرائيلي إن على إسرائيل أن تحمي حدودها الشمالية.");
        var statement = At(doc, "قال");
        Assert.Equal("010", statement.Cameo);
        Assert.Null(statement.Target);
    }

    [Fact]
    public void A_definite_group_does_not_take_the_name_after_it_into_its_phrase()
    {
        var doc = Run("وطالب المتظاهرون الحكومة العراقية بالاستقالة فورا.");
        var demand = At(doc, "طالب");
        Assert.Equal("المتظاهرون", doc.Slice(demand.Source!.Span));
        Assert.Equal("الحكومة العراقية", doc.Slice(demand.Target!.Span));
    }

    [Fact]
    public void Holding_someone_responsible_is_an_accusation_of_the_one_named_before_the_responsibility()
    {
        var doc = Run(
            "وحمّلت الحكومة اليمنية جماعة الحوثي مسؤولية الهجوم على الميناء.",
            "وقال المتحدث إن على الجميع تحمّل المسؤولية في هذه المرحلة.");
        var accusation = Assert.Single(doc.Events, e => e.Cameo == "112");
        Assert.Equal("الحكومة اليمنية", doc.Slice(accusation.Source!.Span));
        Assert.Equal("جماعة الحوثي", doc.Slice(accusation.Target!.Span));
    }

    [Fact]
    public void Condemnation_with_a_possessive_is_coded_and_what_it_condemns_is_not_the_speakers_act()
    {
        var doc = Run("وأعرب وزير الخارجية الفرنسي جان إيف لودريان عن إدانته الشديدة للهجوم على المسجد.");
        Assert.Equal("111", At(doc, "أعرب").Cameo);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source is not null);
    }

    [Fact]
    public void A_speech_act_verb_with_an_object_pronoun_aims_at_the_antecedent_or_at_the_target_before_it()
    {
        var doc = Run(
            "وتبحث الشرطة عن زعيم تنظيم القاعدة أيمن الظواهري، الذي تحمّله الولايات المتحدة مسؤولية الهجمات.",
            "وانتقدت روسيا الولايات المتحدة بسبب العقوبات الجديدة، واتهمتها بتقويض الاستقرار.");
        var held = At(doc, "تحمّله");
        Assert.Equal("112", held.Cameo);
        Assert.Contains("الظواهري", doc.Slice(held.Target!.Span), StringComparison.Ordinal);
        var accused = At(doc, "واتهمتها");
        Assert.Equal("روسيا", doc.Slice(accused.Source!.Span));
        Assert.Equal("الولايات المتحدة", doc.Slice(accused.Target!.Span));
    }

    [Fact]
    public void A_rejection_or_threat_with_its_subject_named_is_coded_without_an_addressee_but_declining_to_comment_is_not()
    {
        var doc = Run(
            "ورفض وزير الخارجية الإيراني محمد جواد ظريف الاتهامات الأمريكية.",
            "وهدد الرئيس الأمريكي دونالد ترامب بفرض رسوم جمركية على السيارات.",
            "ورفض المتحدث باسم وزارة الخارجية الروسية التعليق على التقرير.");
        var rejection = Assert.Single(doc.Events, e => e.Cameo == "120");
        Assert.Contains("ظريف", doc.Slice(rejection.Source!.Span), StringComparison.Ordinal);
        Assert.Null(rejection.Target);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112");
        var threat = At(doc, "هدد");
        Assert.Equal("130", threat.Cameo);
        Assert.Contains("ترامب", doc.Slice(threat.Source!.Span), StringComparison.Ordinal);
    }
}
