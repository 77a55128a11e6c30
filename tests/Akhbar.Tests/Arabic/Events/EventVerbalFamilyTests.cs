using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The verbal and diplomatic families (meetings and calls, appeals, rejections, warnings) on sentences written for these
/// tests: warnings without an addressee, rejections without one, declining to comment, a day between commas after the
/// subject, a place between the subject and the partner after مع, a call told as the setting of the verb, and statements
/// that stress the need for a step.
/// </summary>
public sealed class EventVerbalFamilyTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-verbal", "2021-09-14", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_warning_of_a_danger_is_a_pessimistic_comment_and_a_warning_to_an_actor_stays_a_threat()
    {
        var doc = Run(
            "وحذرت اليابان من أن القيود الجديدة على الصادرات ستلحق الضرر بالنمو في آسيا.",
            "وحذرت روسيا أوكرانيا من أي تصعيد جديد في الشرق.");
        var comment = Assert.Single(doc.Events, e => e.Source is { } s && doc.Slice(s.Span) == "اليابان");
        Assert.Equal("012", comment.Cameo);
        Assert.Null(comment.Target);
        var threat = Assert.Single(doc.Events, e => e.Source is { } s && doc.Slice(s.Span) == "روسيا");
        Assert.Equal("130", threat.Cameo);
        Assert.Equal("أوكرانيا", doc.Slice(threat.Target!.Span));
    }

    [Fact]
    public void A_rejection_takes_an_indefinite_object_after_a_day_set_off_by_commas()
    {
        var doc = Run("رفض رئيس الوزراء الكندي جاستن ترودو، الثلاثاء، أي تعديل على الاتفاق التجاري مع المكسيك.");
        var rejection = At(doc, "رفض");
        Assert.Equal("120", rejection.Cameo);
        Assert.Equal("جاستن ترودو", doc.Slice(rejection.Source!.Span));
    }

    [Fact]
    public void Declining_to_comment_is_a_negated_statement()
    {
        var doc = Run("ورفض البيت الأبيض التعليق على ما نشرته الصحيفة.");
        var statement = At(doc, "رفض");
        Assert.Equal("010", statement.Cameo);
        Assert.True(statement.Negated);
        Assert.Equal("البيت الأبيض", doc.Slice(statement.Source!.Span));
    }

    [Fact]
    public void A_day_between_commas_after_the_subject_does_not_hide_the_object()
    {
        var doc = Run("واستقبل العاهل المغربي الملك محمد السادس، مساء الأحد، رئيس الوزراء الإسباني بيدرو سانشيز.");
        var reception = At(doc, "استقبل");
        Assert.Equal("043", reception.Cameo);
        Assert.Equal("بيدرو سانشيز", doc.Slice(reception.Target!.Span));
    }

    [Fact]
    public void A_partner_after_مع_is_reached_across_a_long_subject_and_a_place()
    {
        var doc = Run("وبحث وزير الخارجية المصري سامح شكري في القاهرة مع نظيره الأردني أيمن الصفدي مستجدات الأزمة السورية.");
        var talks = At(doc, "بحث");
        Assert.Equal("040", talks.Cameo);
        Assert.Equal("سامح شكري", doc.Slice(talks.Source!.Span));
        Assert.Equal("أيمن الصفدي", doc.Slice(talks.Target!.Span));
    }

    [Fact]
    public void A_call_told_as_the_setting_of_the_verb_is_made_by_its_subject_with_the_second_actor()
    {
        var doc = Run(
            "وأعرب الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل، في اتصال هاتفي، عن قلقهما من التصعيد في غزة.",
            "وقالت رئيسة الوزراء البريطانية تيريزا ماي إنها أبلغت الرئيس الأمريكي دونالد ترامب خلال اتصال هاتفي بأن الرسوم غير مبررة.");
        var call = Assert.Single(doc.Events, e => e.Cameo == "041" && doc.Slice(e.Source!.Span) == "إيمانويل ماكرون");
        Assert.Equal("أنغيلا ميركل", doc.Slice(call.Target!.Span));

        // After "إنها" the clause's subject is the pronoun: the name after the verb is the one told, not the caller.
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "041" && e.Source is { } s && doc.Slice(s.Span) == "دونالد ترامب");
    }

    [Fact]
    public void Stressing_the_need_for_a_step_is_an_appeal_to_the_actor_named_after_the_step()
    {
        var doc = Run(
            "وشدد وزير الخارجية الألماني هايكو ماس على ضرورة وقف القتال في اليمن.",
            "وأكدت الجامعة العربية ضرورة التزام إسرائيل بالقرارات الدولية.");
        var appeal = At(doc, "شدد");
        Assert.Equal("020", appeal.Cameo);
        Assert.Contains("ماس", doc.Slice(appeal.Source!.Span), StringComparison.Ordinal);
        Assert.Null(appeal.Target);
        var asked = At(doc, "أكدت");
        Assert.Equal("020", asked.Cameo);
        Assert.Equal("إسرائيل", doc.Slice(asked.Target!.Span));
    }

    [Fact]
    public void A_condemnation_aims_at_the_author_of_the_condemned_act_not_at_its_victim()
    {
        var doc = Run(
            "ودانت كندا إطلاق جماعة الحوثي صواريخ باليستية على مدينة جازان.",
            "وذكرت الصحيفة أن المستشار النمساوي سيباستيان كورتس ندد بهجمات إيران على مواقع في الجولان.",
            "وشجبت إيطاليا، الجمعة، \"الغارات العنيفة\" التي شنتها روسيا على ريف حلب.");
        Assert.Equal("جماعة الحوثي", doc.Slice(At(doc, "دانت").Target!.Span));
        var kurz = Assert.Single(doc.Events, e => e.Cameo == "111" && e.Source is { } s && doc.Slice(s.Span).Contains("كورتس", StringComparison.Ordinal));
        Assert.Equal("إيران", doc.Slice(kurz.Target!.Span));
        Assert.Equal("روسيا", doc.Slice(At(doc, "شجبت").Target!.Span));
    }

    [Fact]
    public void A_place_set_off_by_commas_after_the_subject_does_not_hide_the_object()
    {
        var doc = Run(
            "واستقبل العاهل الأردني الملك عبد الله الثاني، في قصر الحسينية، الاثنين، رئيس الوزراء الكويتي جابر المبارك.",
            "وانتقد الرئيس التركي رجب طيب أردوغان، في خطاب أمام البرلمان، الولايات المتحدة.");
        Assert.Equal("جابر المبارك", doc.Slice(At(doc, "استقبل").Target!.Span));
        Assert.Equal("الولايات المتحدة", doc.Slice(At(doc, "انتقد").Target!.Span));
    }

    [Fact]
    public void A_meeting_told_of_a_visit_is_the_visitors_with_the_name_after_the_verb()
    {
        var doc = Run(
            "ووصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض في زيارة رسمية التقى خلالها العاهل السعودي الملك سلمان.",
            "ووصل الرئيس التونسي الباجي قائد السبسي إلى الجزائر، حيث التقى الرئيس عبد العزيز بوتفليقة.");
        var visit = Assert.Single(doc.Events, e => e.Cameo == "040" && doc.Slice(e.Trigger).Contains("التقى", StringComparison.Ordinal)
            && e.Source is { } s && doc.Slice(s.Span) == "مايك بومبيو");
        Assert.Contains("سلمان", EventArticle.Name(doc, visit.Target), StringComparison.Ordinal);
        var there = Assert.Single(doc.Events, e => e.Cameo == "040" && e.Source is { } s && doc.Slice(s.Span) == "الباجي قائد السبسي");
        Assert.Equal("عبد العزيز بوتفليقة", doc.Slice(there.Target!.Span));
    }
}
