using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Plain statements coded by what their words do (a stance, an accusation, a demand to hold someone to account), with the
/// target taken from the words, on sentences written for these tests.
/// </summary>
public sealed class EventStatementContentTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-statement-content", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void Words_that_open_with_the_speakers_own_rejection_are_a_rejection_of_the_actor_it_is_about()
    {
        var doc = Run("وأكد وزير الخارجية الأردني أيمن الصفدي رفضه القاطع لقرار إسرائيل بناء مستوطنات جديدة في الضفة الغربية.");
        var rejection = At(doc, "أكد");
        Assert.Equal("120", rejection.Cameo);
        Assert.Contains("الصفدي", doc.Slice(rejection.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("إسرائيل", doc.Slice(rejection.Target!.Span));
    }

    [Fact]
    public void Support_of_the_speakers_state_is_one_act_of_support_for_its_object()
    {
        var doc = Run("وأكد ممثل البعثة الأمريكية لدى الأمم المتحدة دعم واشنطن للأردن في استضافة اللاجئين.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Contains("أكد", doc.Slice(support.Trigger), StringComparison.Ordinal);
        Assert.Contains("أردن", doc.Slice(support.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_sides_stance_or_a_readiness_with_no_partner_stays_a_statement()
    {
        var doc = Run(
            "وأكد وزير الخارجية الأردني أيمن الصفدي رفضه القاطع لقرار إسرائيل بناء مستوطنات جديدة.",
            "وقال وزير الخارجية الروسي سيرغي لافروف إن رفض واشنطن للمقترح يعقد الأزمة.",
            "وأكدت وزيرة الخارجية الإيطالية استعدادها لخفض العجز في الميزانية.");
        Assert.Equal("120", Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains("الصفدي", StringComparison.Ordinal)).Cameo);
        Assert.Equal("010", At(doc, "قال").Cameo);
        Assert.Equal("010", At(doc, "وأكدت").Cameo);
    }

    [Fact]
    public void Words_that_hold_an_actor_responsible_for_a_harm_accuse_it_but_a_duty_of_care_does_not()
    {
        var doc = Run(
            "وقالت وزيرة الخارجية الأسترالية جولي بيشوب إن موسكو متورطة في الهجوم.",
            "وقال وزير الدفاع البريطاني إن روسيا مسؤولة عن تسميم العميل السابق.",
            "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحكومة اللبنانية مسؤولة عن حماية المدنيين.");
        var involved = At(doc, "وقالت");
        Assert.Equal("112", involved.Cameo);
        Assert.Equal("موسكو", doc.Slice(involved.Target!.Span));
        var responsible = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains("البريطاني", StringComparison.Ordinal));
        Assert.Equal("112", responsible.Cameo);
        Assert.Equal("روسيا", doc.Slice(responsible.Target!.Span));
        var duty = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains("ماكرون", StringComparison.Ordinal));
        Assert.Equal("010", duty.Cameo);
    }

    [Fact]
    public void A_demand_to_hold_an_actor_to_account_is_aimed_at_that_actor()
    {
        var doc = Run("وطالب وزير الخارجية الكويتي بمحاسبة إيران على دعمها للميليشيات.");
        var demand = At(doc, "طالب");
        Assert.Equal("100", demand.Cameo);
        Assert.Equal("إيران", doc.Slice(demand.Target!.Span));
    }

    [Fact]
    public void A_state_the_speaker_only_points_to_keeps_its_own_act()
    {
        var doc = Run(
            "وأكد ممثل البعثة الأمريكية لدى الأمم المتحدة دعم واشنطن للأردن في استضافة اللاجئين.",
            "وأشارت الوزارة إلى دعم إيران للحوثيين في اليمن.");
        Assert.Equal("051", At(doc, "وأكد").Cameo);
        Assert.Equal("010", At(doc, "أشارت").Cameo);
        var support = Assert.Single(doc.Events, e => e.Basis == EventBasis.Trigger && e.Cameo == "051");
        Assert.Equal("إيران", doc.Slice(support.Source!.Span));
    }

    [Fact]
    public void A_report_passes_on_a_states_act_without_speaking_for_it()
    {
        var doc = Run("وذكرت تقارير أن إسرائيل رفضت عرضا روسيا لإبعاد القوات الإيرانية عن الحدود.");
        var rejection = Assert.Single(doc.Events, e => e.Cameo == "120");
        Assert.Equal(EventBasis.Trigger, rejection.Basis);
        Assert.Equal("إسرائيل", doc.Slice(rejection.Source!.Span));
    }

    [Fact]
    public void A_duty_after_the_sides_adjectives_and_a_placing_phrase_is_an_appeal_to_the_side()
    {
        var doc = Run("وقال زعيم التيار الصدري مقتدى الصدر في تغريدة: \"على كل الكتل السياسية الفائزة في الانتخابات الأخيرة تعليق المفاوضات\".");
        var appeal = At(doc, "قال");
        Assert.Equal("020", appeal.Cameo);
        Assert.Contains("الكتل", doc.Slice(appeal.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_say_an_actor_committed_crimes_or_atrocities_accuse_it()
    {
        // "جرائم" and "فظائع" are written with ئ, which the keys fold to ي.
        var doc = Run(
            "وقال وزير الخارجية الفرنسي إن روسيا ارتكبت جرائم حرب في سوريا.",
            "وقال المتحدث باسم منظمة العفو الدولية إن ميانمار ارتكبت فظائع بحق المدنيين.");
        var crimes = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains("الفرنسي", StringComparison.Ordinal));
        Assert.Equal("112", crimes.Cameo);
        Assert.Equal("روسيا", doc.Slice(crimes.Target!.Span));
        var atrocities = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains("العفو", StringComparison.Ordinal));
        Assert.Equal("112", atrocities.Cameo);
    }

    [Fact]
    public void Words_that_threaten_whoever_acts_without_naming_anyone_are_a_threat_with_no_target()
    {
        var doc = Run(
            "وقال وزير الدفاع الإيراني أمير حاتمي إن من يعتدي على أراضي بلاده \"سيندم كثيرا\".",
            "وقالت المستشارة إن المنتجات الصديقة للبيئة أغلى لكن المستهلكين سيدفعون ثمنها بأي حال.");
        // Only the minister threatens: the price of a thing bought ("سيدفعون ثمنها") is no cost promised to anyone.
        var threat = Assert.Single(doc.Events, e => e.Cameo == "130");
        Assert.Contains("حاتمي", doc.Slice(threat.Source!.Span), StringComparison.Ordinal);
        Assert.Null(threat.Target);
    }
}
