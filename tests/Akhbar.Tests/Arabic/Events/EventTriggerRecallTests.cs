using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Trigger finding for unseen text (issue 7): the word that completes a phrase with the article, after a count or before
/// the word with an object pronoun; aiming as an attack only with weapons, an armed side or a military site; the weapon as
/// the subject of a verb of force; abilities and warrants that are no act; new words and pairs. Sentences written for
/// these tests.
/// </summary>
public sealed class EventTriggerRecallTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-trigger-recall", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_definite_adjective_or_object_completes_the_phrase()
    {
        var doc = Run("وشن التحالف الضربات الجوية على مواقع المسلحين في المدينة.", "وأعلن الجيش العراقي تحرير المدينة من المسلحين.");
        Assert.Equal("195", At(doc, "الضربات الجوية").Cameo);
        Assert.Equal("192", At(doc, "تحرير المدينة").Cameo);
    }

    [Fact]
    public void A_definite_adjective_that_does_not_agree_and_a_practice_complete_nothing()
    {
        var doc = Run("ويتلقى المجندون دروسهم في مراكز التدريب العسكرية منذ أشهر.", "وتحدث التقرير عن تجارب إطلاق الصواريخ في الماضي.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "150" or "195");
    }

    [Fact]
    public void Present_forms_of_ask_a_weapon_after_a_bare_preposition_and_a_singular_verb_ending_like_a_plural_are_read()
    {
        var doc = Run(
            "ويسأل الرئيس الفرنسي الحكومة الروسية عن مصير المفقودين.",
            "واستهدفت إسرائيل منزل الوزير بصواريخ موجهة فجر اليوم.",
            "وتتعاون الحكومة اللبنانية مع الأمم المتحدة في التحقيق.");
        Assert.Equal("020", At(doc, "ويسأل").Cameo);
        Assert.Equal("190", At(doc, "واستهدفت").Cameo);
        Assert.Contains("الحكومة", doc.Slice(At(doc, "وتتعاون").Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_may_stand_between_a_noun_and_its_weapon()
    {
        var doc = Run("وأعلن الجيش السعودي اعتراض سبعة صواريخ باليستية فوق الرياض.");
        Assert.Equal("190", At(doc, "اعتراض").Cameo);
    }

    [Fact]
    public void An_object_pronoun_refers_back_to_the_weapon_before_it()
    {
        var doc = Run("ودمرت الدفاعات الجوية صواريخ باليستية أطلقتها جماعة الحوثي على جازان.");
        var launch = At(doc, "أطلقتها");
        Assert.Equal("195", launch.Cameo);
        Assert.Equal("جماعة الحوثي", doc.Slice(launch.Source!.Span));
    }

    [Fact]
    public void Aiming_is_an_attack_with_a_weapon_or_a_military_site_but_not_a_plan()
    {
        var doc = Run(
            "وقالت الوزارة إن الضربة استهدفت مؤتمرا للحزب في المدينة.",
            "وحاولت طائرة مسيرة استهداف مطار المدينة.",
            "وتستهدف الخطة الجديدة خفض العجز في الموازنة.");
        var strike = At(doc, "استهدفت");
        Assert.Equal("190", strike.Cameo);
        Assert.Null(strike.Source);
        // A drone's aiming is an attack with aerial weapons, 195 (EventFinder.MissileAttacks, aircraft that strike).
        Assert.Equal("195", At(doc, "استهداف").Cameo);
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("تستهدف", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_that_describes_an_attack_noun_before_it_is_not_a_second_event()
    {
        var doc = Run("وشن الطيران الحربي عدة غارات استهدفت مركبات عسكرية للمسلحين.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("استهدفت", StringComparison.Ordinal));
    }

    [Fact]
    public void Abilities_and_warrants_are_no_acts()
    {
        var doc = Run("وتطور الشركة أسلحة قادرة على استهداف الأقمار الصناعية.", "وأصدرت المحكمة مذكرة توقيف بحق الرسام.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "190" or "173");
    }

    [Fact]
    public void New_words_and_pairs_are_coded()
    {
        var doc = Run(
            "واعترضت الدفاعات الجوية صاروخا باليستيا فوق المدينة.",
            "وتوسطت قطر بين حماس وإسرائيل.",
            "وأشعل مسلحون النار في متجر بالمدينة.",
            "وقالت الشرطة إنها تمكنت من توقيف ثلاثة أشخاص.");
        Assert.Equal("190", At(doc, "اعترضت").Cameo);
        Assert.Equal("045", Assert.IsType<CodedEvent>(doc.Events.First(e => doc.Slice(e.Trigger).Contains("توسطت", StringComparison.Ordinal))).Cameo);
        Assert.Equal("180", At(doc, "أشعل").Cameo);
        Assert.Equal("173", At(doc, "توقيف").Cameo);
    }

    [Fact]
    public void Storming_is_force_only_by_an_armed_side()
    {
        var doc = Run("واقتحمت القوات الإسرائيلية مخيم جنين.", "واقتحمت الشركة السوق الآسيوية العام الماضي.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.Equal("القوات الإسرائيلية", doc.Slice(e.Source!.Span));
    }

    [Fact]
    public void A_bomb_that_goes_off_is_violence_with_no_author()
    {
        var doc = Run(
            "وانفجرت سيارة مفخخة قرب مقر الحزب في المدينة.",
            "وقالت الشرطة إن عبوة ناسفة انفجرت لدى مرور دورية.",
            "وانفجرت الأزمة بين البلدين بعد الانتخابات.",
            "وقالت الشركة إن أحد محركات الطائرة انفجر فوق البحر.");
        var bombs = doc.Events.Where(e => e.Cameo == "180").ToList();
        Assert.Equal(2, bombs.Count);
        Assert.All(bombs, e => Assert.Null(e.Source));
    }

    [Fact]
    public void The_form_I_condemnation_is_coded_but_not_a_first_name_or_a_passive()
    {
        var doc = Run(
            "ودانت وزارة الخارجية الفرنسية الهجوم على السفارة.",
            "وقال مدير الاستخبارات الوطنية الأمريكية دان كوتس إن التحقيق مستمر.",
            "ويقال إن الرجل غادر البلاد قبل أسبوع.");
        var condemnation = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("ودانت", doc.Slice(condemnation.Trigger));
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("يقال", StringComparison.Ordinal));
    }
}
