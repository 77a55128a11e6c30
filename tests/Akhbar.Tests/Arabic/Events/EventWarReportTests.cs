using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on war reports and organization references written for these tests: missile launches,
/// interceptions and taking ground, bombings by a single attacker, definite nouns that refer back to violence already
/// reported, and an organization's head word standing for the organization.
/// </summary>
public sealed class EventWarReportTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-war", "2021-03-09", paragraphs);

    [Theory]
    [InlineData("وأدى إطلاق صواريخ على البلدة الحدودية إلى إصابة ثلاثة مدنيين.", "إطلاق", "195")]
    [InlineData("وأعلنت القيادة العسكرية اعتراض صاروخ فوق المنطقة الصناعية.", "اعتراض", "190")]
    [InlineData("وشاهد السكان إسقاط طائرة مسيرة فوق الوادي.", "إسقاط", "190")]
    public void A_weapon_after_the_noun_makes_it_an_act_of_force(string sentence, string trigger, string cameo)
    {
        var doc = Run(sentence);
        Assert.Contains(doc.Events, e => e.Cameo == cameo && doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وطالبت عائلة الصحفي بإطلاق سراحه فورا.")]
    [InlineData("وأبدى النواب اعتراضهم على مشروع القانون.")]
    [InlineData("وعين مجلس الإدارة رئيسا جديدا لتحرير الصحيفة.")]
    [InlineData("ووصل الوفد إلى المطار فجر اليوم.")]
    public void The_same_words_without_a_weapon_or_a_place_are_no_force(string sentence)
    {
        var doc = Run(sentence);
        Assert.DoesNotContain(doc.Events, Violent);
    }

    [Fact]
    public void Taking_a_town_after_a_verb_of_success_is_the_act_of_its_subject()
    {
        var doc = Run("وقال المتحدث العسكري إن القوات الحكومية تمكنت من تحرير مدينة صغيرة شمال البلاد.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "192");
        Assert.StartsWith("القوات", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_ground_without_an_actor_is_a_purpose_not_an_event()
    {
        var doc = Run("وحاول المسلحون التسلل إلى التلال المحيطة لاستعادة السيطرة عليها.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "192");
    }

    [Fact]
    public void A_suicide_bomber_after_the_verb_is_its_actor_and_himself_no_target()
    {
        var doc = Run("وقتل خمسة أشخاص عندما فجر انتحاري نفسه في سوق شعبية.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.StartsWith("انتحاري", doc.Slice(e.Source!.Span), StringComparison.Ordinal);

        // Not himself, nor the people the sentence counts as killed (EventFinder.CivilianDead).
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_definite_noun_of_violence_refers_back_to_the_violence_already_reported()
    {
        var doc = Run(
            "وقتل ثلاثة جنود عندما فجر انتحاري سيارة مفخخة عند حاجز للجيش.",
            "وذكرت مصادر محلية أن الانفجار سمع في أنحاء المدينة، وأن الهجوم أغلق الطريق الرئيسي.");
        Assert.Single(doc.Events, Violent);
    }

    [Fact]
    public void A_claim_after_qad_is_a_fact()
    {
        var doc = Run("وقد تبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("تبنى", StringComparison.Ordinal));
        Assert.Equal("010", e.Cameo);
        Assert.False(e.Hypothetical);
        Assert.Equal("تنظيم داعش", Name(doc, e.Source));
    }

    [Fact]
    public void A_byline_verb_is_no_statement_without_the_words_it_reports()
    {
        var doc = Run("كتب الصحفي أحمد سالم مقالا طويلا عن الاقتصاد.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void The_head_word_of_an_organization_named_before_stands_for_it()
    {
        var doc = Run("وصل وزير الخارجية المصري إلى عمان، بحسب ما أعلنت وزارة الخارجية المصرية. وكتبت الوزارة على تويتر أن \"الزيارة تستمر يومين\".");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("كتبت", StringComparison.Ordinal));
        Assert.Equal("وزارة الخارجية المصرية", Name(doc, e.Source));
    }

    [Fact]
    public void Groups_joined_by_wa_act_together_from_the_first()
    {
        var doc = Run("وأفاد مراسلون أن الجيش الوطني والمقاومة شنوا هجوما واسعا على مواقع المتمردين.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.StartsWith("الجيش", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_suicide_attack_is_a_bombing_and_the_group_that_claims_it_is_its_author()
    {
        var doc = Run("وكان مركز للشرطة قد تعرض لهجوم انتحاري أسفر عن مقتل ثلاثة عناصر الشهر الماضي، وقد تبنت حركة الشباب الهجوم.");
        var attack = Assert.Single(doc.Events, Violent);
        Assert.Equal("1831", attack.Cameo); // a suicide bombing (EventFinder.BombedSites), 180 before branch wt-evforce7
        Assert.Equal("حركة الشباب", Name(doc, attack.Source));
        Assert.StartsWith("مركز", doc.Slice(attack.Target!.Span), StringComparison.Ordinal);
        var claim = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.False(claim.Hypothetical);
    }

    [Fact]
    public void Whoever_was_subjected_to_an_attack_is_its_target()
    {
        var doc = Run("وتعرضت السفارة الأمريكية في بغداد لهجوم صاروخي ليلة الأحد.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Null(e.Source);
        Assert.StartsWith("السفارة", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void People_counted_before_a_passive_killing_are_a_casualty_clause_not_an_event()
    {
        // The dead are counted, no killer is named: gold/README.md codes no casualty clause (EventFinder.PassiveKillings).
        var doc = Run("وقال المتحدث إن 12 مدنيا من سكان القرية قتلوا في القصف.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("قتلوا", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقالت الشرطة إن مسلحا أطلق النار على المصلين داخل المسجد.", "أطلق")]
    [InlineData("وأدى إطلاق نار داخل مدرسة إلى مقتل طالبين.", "إطلاق")]
    public void Gunfire_is_unconventional_violence(string sentence, string trigger)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, Violent);
        Assert.Equal("180", e.Cameo);
        Assert.Contains(trigger, doc.Slice(e.Trigger), StringComparison.Ordinal);
    }

    [Fact]
    public void An_advance_is_force_only_when_an_armed_side_makes_it()
    {
        Assert.Contains(Run("وحققت القوات الحكومية تقدما جديدا في الجبهة الشرقية.").Events, e => e.Cameo == "190");
        Assert.DoesNotContain(Run("وأحرزت المفاوضات تقدما كبيرا.").Events, Violent);
    }

    [Fact]
    public void A_cordon_is_a_show_of_force_and_the_group_phrase_stops_at_the_object()
    {
        var doc = Run("وطوقت قوات الأمن المنطقة بعد الانفجار.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "150");
        Assert.Equal("قوات الأمن", doc.Slice(e.Source!.Span));
    }

    [Theory]
    [InlineData("وقال الرئيس الأفغاني إن الطرفين احترما وقف إطلاق النار طوال أيام العيد.")]
    [InlineData("وأعلنت الحكومة وقفا مؤقتا لإطلاق النار مع الحركة.")]
    [InlineData("وطالب المجلس الأطراف بالعمل لوقف الهجمات في المنطقة.")]
    public void A_ceasefire_is_no_gunfire(string sentence)
    {
        Assert.DoesNotContain(Run(sentence).Events, Violent);
    }

    [Fact]
    public void A_number_right_at_the_verb_is_no_count_of_victims()
    {
        var doc = Run("وقالت الشرطة إن امرأة في الـ92 تقتل ابنها في منزلهما.");
        Assert.DoesNotContain(doc.Events, e => e.Target is { } t && doc.Slice(t.Span).Contains("92", StringComparison.Ordinal));
    }

    [Fact]
    public void Aircraft_counted_before_a_verb_of_attack_are_no_victims()
    {
        var doc = Run("وقال المتحدث إن نحو 20 طائرة حربية قصفت مواقع في الجبل.");
        Assert.DoesNotContain(doc.Events, e => e.Target is { } t && doc.Slice(t.Span).Contains("طائرة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_countrys_adjective_after_a_noun_of_force_names_the_state_that_used_it()
    {
        var doc = Run("وأسفر القصف الإسرائيلي على قطاع غزة عن مقتل ثلاثة أشخاص، بحسب مسؤولين في إسرائيل.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Equal("الإسرائيلي", doc.Slice(e.Source!.Span));
        Assert.Equal("ISR", doc.LinkedEntities.Single(x => x.Id == e.Source.EntityId).Country);
    }

    [Theory]
    [InlineData("وقامت القوات الروسية بقصف مواقع قرب الحدود صباح الأحد.", "بقصف")]
    [InlineData("وكان الجيش التركي قد قام أمس بقصف مواقع قرب الحدود.", "بقصف")]
    public void The_act_after_qama_bi_is_its_subjects(string sentence, string trigger)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);
        Assert.True(Violent(e));
        Assert.NotNull(Name(doc, e.Source));
    }

    [Fact]
    public void A_noun_after_bi_with_no_verb_of_doing_has_no_subject_before_it()
    {
        var doc = Run("وطالبت القوات الروسية بوقف القصف على المدينة.");
        Assert.DoesNotContain(doc.Events, e => Violent(e) && e.Source is not null);
    }

    [Fact]
    public void A_group_in_a_clause_before_a_comma_and_wa_does_not_act_in_the_next_conjunct()
    {
        var doc = Run("وأقيل الوزير من منصبه بعد خلاف مع قائد التحالف، وقاد مظاهرات ضخمة ضد الحكومة.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("التحالف", StringComparison.Ordinal));
    }
}
