using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Events of unseen text told with the wrong flags or told twice (issue 7, branch wt-evprec2, fourteenth session): the reach of
/// a condition, an intention across a hashtag. Sentences written for these tests in the style of news.
/// </summary>
public sealed class EventSpuriousActTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-spurious-acts", "2021-06-01", paragraphs);

    private static bool TriggerHas(Document doc, CodedEvent e, string word) => doc.Slice(e.Trigger).Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_statement_after_the_clause_of_a_condition_is_a_fact()
    {
        var doc = Run(
            "وحذر وزير الدفاع من عواقب وخيمة إذا استمر القصف على المدينة، وقال إن بلاده لن تقف مكتوفة الأيدي.",
            "وردا على سؤال حول ما إذا كانت الحكومة ستستقيل، قالت المتحدثة باسم الرئاسة إن الأمر غير مطروح.");
        var said = Assert.Single(doc.Events, e => TriggerHas(doc, e, "وقال"));
        Assert.False(said.Hypothetical);
        var answered = Assert.Single(doc.Events, e => TriggerHas(doc, e, "قالت"));
        Assert.False(answered.Hypothetical);
    }

    [Fact]
    public void A_condition_still_makes_the_words_of_its_own_clause_hypothetical_across_quotation_marks()
    {
        var doc = Run("وهددت الحكومة بقطع العلاقات إذا \"شنت\" الميليشيات هجوما جديدا على الحدود.");
        var attack = Assert.Single(doc.Events, e => TriggerHas(doc, e, "هجوما"));
        Assert.True(attack.Hypothetical);
    }

    [Fact]
    public void An_intention_reaches_its_act_across_the_hashtag_of_a_name()
    {
        var doc = Run("تعتزم عدد من الدول الأعضاء في #الاتحاد_الأوروبي طرد دبلوماسيين روس بعد الهجوم على الجاسوس السابق.");
        var expulsion = Assert.Single(doc.Events, e => TriggerHas(doc, e, "طرد"));
        Assert.True(expulsion.Hypothetical);
    }

    [Fact]
    public void A_speech_verb_after_the_relative_ma_is_no_act_of_speaking()
    {
        var doc = Run(
            "ورفض الرئيس العراقي الموافقة على الميزانية بسبب ما قال إنها مخالفات دستورية واضحة.",
            "وأعلنت أستراليا أنها ستطرد دبلوماسيين روسيين اثنين، ما دعا السفير الروسي إلى الحديث إلى الصحفيين.",
            "ولم يتغير سعر الصرف منذ أسابيع، ما يشير إلى استقرار السوق المحلية.");
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "قال"));
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "دعا"));
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "يشير"));
    }

    [Fact]
    public void A_speech_verb_after_a_word_of_how_often_and_ma_is_a_statement_and_not_negated()
    {
        var doc = Run("وكثيرا ما قال وزير الخارجية الفرنسي إن بلاده لن تتخلى عن الاتفاق النووي.");
        var said = Assert.Single(doc.Events, e => TriggerHas(doc, e, "قال"));
        Assert.Equal("010", said.Cameo);
        Assert.False(said.Negated);
    }

    [Fact]
    public void An_attack_told_with_a_chemical_weapon_is_the_use_of_chemical_weapons()
    {
        var douma = Run("وردت الولايات المتحدة بضربات صاروخية بعد هجوم كيميائي على مدينة دوما قتل فيه العشرات.");
        Assert.Equal("2041", Assert.Single(douma.Events, e => TriggerHas(douma, e, "هجوم")).Cameo);
        var salisbury = Run("وقال السفير الروسي إن بلاده لا علاقة لها بالهجوم بغاز الأعصاب على الجاسوس الروسي السابق سيرغي سكريبال.");
        Assert.Equal("2041", Assert.Single(salisbury.Events, e => TriggerHas(salisbury, e, "هجوم")).Cameo);
    }

    [Fact]
    public void Strikes_on_chemical_weapons_sites_are_no_chemical_attack()
    {
        var doc = Run("وشنت القوات الأمريكية هجوما على مواقع الأسلحة الكيميائية التابعة للنظام السوري قرب دمشق.");
        var strike = Assert.Single(doc.Events, e => TriggerHas(doc, e, "هجوما"));
        Assert.StartsWith("19", strike.Cameo, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_named_by_a_protest_word_alone_is_no_march()
    {
        var doc = Run("وقال زعيم الحوثيين في كلمة بثتها قناة \"المسيرة\" التابعة للجماعة إن المعارك ستستمر.");
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "المسيرة"));
    }

    [Fact]
    public void The_main_clause_of_a_condition_told_in_the_future_is_hypothetical_across_its_comma()
    {
        var doc = Run("وقال رئيس الأركان إنه في حال وجود خطر على أرواح الجنود، سوف تستهدف القوات المسلحة الروسية منصات الصواريخ.");
        var strike = Assert.Single(doc.Events, e => TriggerHas(doc, e, "تستهدف"));
        Assert.True(strike.Hypothetical);
    }

    [Fact]
    public void An_attack_on_computers_is_no_use_of_force_nor_is_a_definite_noun_that_refers_back_to_it()
    {
        var doc = Run(
            "وتعرضت شبكة الكهرباء في أوكرانيا لهجوم إلكتروني كبير أدى إلى انقطاع التيار عن آلاف المنازل.",
            "وقالت الشركة إن الهجمات طالت أيضا أجهزة الكمبيوتر في عدة وزارات.");
        Assert.DoesNotContain(doc.Events, EventArticle.Violent);
    }

    [Fact]
    public void An_armed_attack_on_a_site_is_still_force()
    {
        var doc = Run("وشن مسلحون مجهولون هجوما على موقع عسكري قرب الحدود الشمالية للبلاد.");
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "هجوما") && EventArticle.Violent(e));
    }
}
