using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests, one pattern each: who did what to whom, where and when, and
/// whether the text says it happened.
/// </summary>
public sealed class EventPatternTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events", "2019-03-05", paragraphs);

    private static CodedEvent Single(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void Verb_subject_object_with_the_subject_behind_its_title()
    {
        var doc = Run("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الفرنسي جان إيف لودريان في باريس يوم الثلاثاء.");
        var e = Single(doc, "التقى");
        Assert.Equal("040", e.Cameo);
        Assert.Equal("CONSULT", e.Plover);
        Assert.Equal("مايك بومبيو", Name(doc, e.Source));
        Assert.Equal("جان إيف لودريان", Name(doc, e.Target));
        Assert.Equal("باريس", Name(doc, e.Where));
        Assert.Equal("2019-03-05", e.When);
        Assert.False(e.WhenFromPublication);
        Assert.Equal(EventBasis.Trigger, e.Basis);
    }

    [Fact]
    public void Subject_verb_object_inside_reported_words()
    {
        var doc = Run("وقالت وزارة الخارجية إن إيران هاجمت السعودية.");
        var e = Single(doc, "هاجمت");
        Assert.Equal("190", e.Cameo);
        Assert.Equal(4, e.QuadClass);
        Assert.Equal("إيران", Name(doc, e.Source));
        Assert.Equal("السعودية", Name(doc, e.Target));
        Assert.True(e.WhenFromPublication);
        Assert.Equal("2019-03-05", e.When);
    }

    [Fact]
    public void Ma_a_gives_the_partner_of_a_joint_action()
    {
        var doc = Run("واجتمع الرئيس الفرنسي إيمانويل ماكرون مع المستشارة الألمانية أنجيلا ميركل في برلين.");
        var e = Single(doc, "اجتمع");
        Assert.Equal("إيمانويل ماكرون", Name(doc, e.Source));
        Assert.Equal("أنجيلا ميركل", Name(doc, e.Target));
        Assert.Equal("برلين", Name(doc, e.Where));
    }

    [Fact]
    public void Didda_gives_the_target_of_an_attack_and_fi_its_place()
    {
        var doc = Run("وشن الجيش الإسرائيلي هجوما ضد حركة حماس في قطاع غزة.");
        var e = Single(doc, "هجوم");
        Assert.Equal("ASSAULT", e.Plover);
        Assert.Equal("الجيش الإسرائيلي", Name(doc, e.Source));
        Assert.Equal("حركة حماس", Name(doc, e.Target)); // the name as written, with its movement noun (OrganizationNameBounds)
        Assert.Equal("قطاع غزة", Name(doc, e.Where)); // the listed region as written (PlaceNameBounds), not the city of Gaza
    }

    [Fact]
    public void A_verb_without_a_subject_carries_over_the_last_speaker()
    {
        var doc = Run(
            "قال وزير الخارجية الأمريكي مايك بومبيو إن بلاده ستواصل الضغط على طهران.",
            "والتقى بالرئيس الفرنسي إيمانويل ماكرون في باريس.");
        var e = Single(doc, "التقى");
        Assert.Equal("مايك بومبيو", Name(doc, e.Source));
        Assert.Equal("إيمانويل ماكرون", Name(doc, e.Target));
    }

    [Fact]
    public void A_meeting_that_did_not_happen_is_negated()
    {
        var doc = Run("ولم يلتق الرئيس الأمريكي دونالد ترامب بالرئيس الروسي فلاديمير بوتين.");
        var e = Single(doc, "يلتق");
        Assert.True(e.Negated);
        Assert.False(e.Hypothetical);
        Assert.Equal("دونالد ترامب", Name(doc, e.Source));
        Assert.Equal("فلاديمير بوتين", Name(doc, e.Target));
    }

    [Fact]
    public void Talks_announced_as_not_held_are_negated()
    {
        var doc = Run("وأعلنت تركيا عدم إجراء مباحثات مع روسيا.");
        var e = Single(doc, "مباحثات");
        Assert.True(e.Negated);
        Assert.Equal("تركيا", Name(doc, e.Source));
        Assert.Equal("روسيا", Name(doc, e.Target));
    }

    [Theory]
    [InlineData("وفي حال هاجمت إسرائيل إيران فإن المنطقة ستشتعل.", "هاجمت")]
    [InlineData("وقد يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر.", "يزور")]
    [InlineData("ووزير الخارجية الأمريكي قد يحث إيران على العودة إلى المفاوضات.", "يحث")]
    [InlineData("واستبعد وزير الخارجية الأمريكي مايك بومبيو فرض عقوبات جديدة على تركيا.", "فرض")]
    [InlineData("واستبعدت روسيا أن يلتقي الرئيس فلاديمير بوتين نظيره الأمريكي دونالد ترامب.", "يلتقي")]
    public void Conditions_and_qad_with_the_present_are_hypothetical(string sentence, string trigger)
    {
        var doc = Run(sentence);
        var e = Single(doc, trigger);
        Assert.True(e.Hypothetical);
        Assert.False(e.Negated);
    }

    [Theory]
    [InlineData("وكانت الحكومة الأردنية قد ناشدت الأمم المتحدة تقديم المساعدة للاجئين.", "ناشدت")]
    [InlineData("وقد فتحت الشرطة التركية تحقيقا في الهجوم على مقر الحزب.", "فتحت")]
    public void A_perfect_after_qad_whose_lemma_opens_with_a_present_prefix_or_a_conjunction_letter_is_done(string sentence, string trigger)
    {
        // "ناشدت" opens with ن as its lemma "ناشد" does: the perfect, a report of what was done, not a present "we appeal";
        // the ف of "فتحت" is the verb's own, not a conjunction before a present "تحت".
        var doc = Run(sentence);
        Assert.False(Single(doc, trigger).Hypothetical);
    }

    [Fact]
    public void A_meeting_in_the_future_is_an_intent_to_meet()
    {
        var doc = Run("وسيلتقي الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أنقرة.");
        var e = Single(doc, "يلتقي");
        Assert.Equal("036", e.Cameo);
        Assert.Equal("فلاديمير بوتين", Name(doc, e.Source));
        Assert.Equal("رجب طيب أردوغان", Name(doc, e.Target));
        Assert.False(e.Hypothetical);
    }

    [Fact]
    public void An_appeal_in_a_quote_names_its_addressees_as_targets()
    {
        var doc = Run("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش روسيا وتركيا إلى وقف القتال.");
        var events = doc.Events.Where(e => e.Cameo == "020").ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(EventBasis.Quote, e.Basis));
        Assert.All(events, e => Assert.Equal("أنطونيو غوتيريش", Name(doc, e.Source)));
        Assert.Equal(["روسيا", "تركيا"], events.Select(e => Name(doc, e.Target)));
    }

    [Fact]
    public void A_demand_in_a_quote_is_coded_demand()
    {
        var doc = Run("وطالب وزير الخارجية الفرنسي جان إيف لودريان إيران بوقف تخصيب اليورانيوم.");
        var e = Single(doc, "طالب");
        Assert.Equal("100", e.Cameo);
        Assert.Equal(EventBasis.Quote, e.Basis);
        Assert.Equal("جان إيف لودريان", Name(doc, e.Source));
        Assert.Equal("إيران", Name(doc, e.Target));
    }

    [Fact]
    public void A_statement_verb_is_a_statement_of_its_speaker_never_a_use_of_force()
    {
        var doc = Run("وأكد الرئيس المصري عبد الفتاح السيسي أن الحل السياسي هو الطريق الوحيد.");
        var e = Single(doc, "أكد");
        Assert.Equal("010", e.Cameo);
        Assert.Null(e.Plover);
        Assert.Null(e.Target);
        Assert.Equal(EventBasis.Quote, e.Basis);
        Assert.DoesNotContain(doc.Events, x => x.QuadClass == 4);
    }

    [Fact]
    public void After_a_relative_pronoun_the_antecedent_acts_and_the_name_after_the_verb_is_the_object()
    {
        var doc = Run("وكانت روسيا التي انتقدت تركيا قد رفضت الاتهامات.");
        var e = Single(doc, "انتقدت");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("روسيا", Name(doc, e.Source));
        Assert.Equal("تركيا", Name(doc, e.Target));
    }

    [Fact]
    public void A_verbal_noun_inside_a_prepositional_phrase_does_not_take_the_sentence_subject()
    {
        var doc = Run("وأحيت اليابان الذكرى السنوية لهجوم على محطة مترو في طوكيو.");
        Assert.All(doc.Events.Where(e => doc.Slice(e.Trigger).Contains("هجوم", StringComparison.Ordinal)), e => Assert.Null(e.Source));
    }

    [Fact]
    public void Names_joined_to_a_verb_subject_share_the_action_and_are_not_its_object()
    {
        var doc = Run("وقد التقى الرئيسان الروسي فلاديمير بوتين والسوري بشار الأسد في قاعدة عسكرية.");
        var e = Single(doc, "التقى");
        Assert.Equal("فلاديمير بوتين", Name(doc, e.Source));
        Assert.Equal("بشار الأسد", Name(doc, e.Target));
    }

    [Fact]
    public void A_present_verb_describing_a_plain_noun_does_not_take_its_object_for_subject()
    {
        var doc = Run("وقدمت الدول الغربية مشروع قرار يدين إيران.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("يدين", StringComparison.Ordinal) && Name(doc, e.Source) == "إيران");
    }

    [Fact]
    public void A_warning_after_a_relative_pronoun_comes_from_the_antecedent()
    {
        var doc = Run("وتخشى الحكومة ردود فعل خارجية، لاسيما من روسيا التي حذرت اليونان من أن انضمامها إلى الحلف سيؤدي إلى عواقب.");
        var e = Single(doc, "حذرت");
        Assert.Equal("130", e.Cameo);
        Assert.Equal("روسيا", Name(doc, e.Source));
        Assert.Equal("اليونان", Name(doc, e.Target));
    }

    [Fact]
    public void A_group_without_a_name_acts_as_a_span_and_its_victim_too()
    {
        var doc = Run("وهاجم مسلحون مجهولون حافلة على الطريق.");
        var e = Single(doc, "هاجم");

        // Armed men of no state attacking a bus: unconventional violence (EventFinder.Unconventional).
        Assert.Equal("180", e.Cameo);
        Assert.Null(e.Source!.EntityId);
        Assert.StartsWith("مسلحون", doc.Slice(e.Source.Span), StringComparison.Ordinal);
        Assert.Equal("حافلة", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void Police_detaining_people_is_an_arrest_by_the_police()
    {
        var doc = Run("وتحتجز الشرطة ثلاثة أشخاص منذ يوم الأحد.");
        var e = Single(doc, "تحتجز");
        Assert.Equal("173", e.Cameo);
        Assert.Equal("الشرطة", doc.Slice(e.Source!.Span));
        Assert.Null(e.Source.EntityId);
        Assert.Equal("ثلاثة أشخاص", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void An_unnamed_source_makes_a_statement_with_a_span_source()
    {
        var doc = Run("وقالت مصادر أمنية إن الوضع في المدينة هادئ.");
        var e = Single(doc, "قالت");
        Assert.Equal("010", e.Cameo);
        Assert.Equal(EventBasis.Quote, e.Basis);
        Assert.Null(e.Source!.EntityId);
        Assert.Contains("مصادر", doc.Slice(e.Source.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_denial_after_qad_is_a_fact_not_a_possibility()
    {
        var doc = Run("وقد نفت مصادر رسمية أي علاقة للرجل بجماعة مسلحة.");
        var e = Single(doc, "نفت");
        Assert.Equal("016", e.Cameo);
        Assert.False(e.Hypothetical);
    }

    [Fact]
    public void Violence_whose_author_is_not_named_has_no_source_and_a_city_is_not_its_victim()
    {
        var doc = Run("وقررت الحكومة الفرنسية تشديد الإجراءات إثر اعتداءات باريس.");
        var e = Single(doc, "اعتداءات");
        Assert.Equal("18", e.Cameo[..2]);
        Assert.Null(e.Source);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_planned_attack_is_hypothetical_and_ala_ghirar_names_no_target()
    {
        var doc = Run("وناقش المشتبه بهم خططا لهجوم على غرار هجمات سابقة.");
        var e = Single(doc, "لهجوم");
        Assert.True(e.Hypothetical);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_statement_verb_without_reported_words_is_a_statement_of_the_name_next_to_it()
    {
        var doc = Run("ولم يذكر وزير الخارجية الأمريكي مايك بومبيو إيران بالاسم.");
        var e = Single(doc, "يذكر");
        Assert.Equal("010", e.Cameo);
        Assert.Equal("مايك بومبيو", Name(doc, e.Source));
        Assert.True(e.Negated);
    }

    [Fact]
    public void An_attribution_is_not_a_statement()
    {
        var doc = Run("وتراجعت أسعار النفط، بحسب ما ذكرت وكالة رويترز.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void A_city_that_saw_a_deployment_is_its_place_not_its_author()
    {
        var doc = Run("وشهدت شوارع القاهرة انتشارا أمنيا واسعا.");
        var e = Single(doc, "انتشارا");
        Assert.Equal("150", e.Cameo);
        Assert.Null(e.Source);
    }

    [Fact]
    public void A_speaker_before_alladhi_speaks_even_without_a_name()
    {
        var doc = Run(
            "وقالت الشرطة إن التحقيق مستمر.",
            "وعثر المحققون على وثائق في منزل أحد المتهمين الذي قال إنه بريء.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "قال");
        Assert.Equal("010", e.Cameo);
        Assert.Null(e.Source!.EntityId);
        Assert.Contains("المتهمين", doc.Slice(e.Source.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Criticism_as_a_noun_takes_the_subject_of_its_light_verb()
    {
        var doc = Run("ووجهت الولايات المتحدة انتقادا حادا بسبب القرار.");
        var e = Single(doc, "انتقادا");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("الولايات المتحدة", Name(doc, e.Source));
    }

    [Fact]
    public void A_statement_that_condemns_an_actor_is_criticism_of_it()
    {
        var doc = Run("وقال وزير الخارجية الأمريكي مايك بومبيو إن إيران ارتكبت انتهاكا صارخا للاتفاق.");
        var e = Single(doc, "قال");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("مايك بومبيو", Name(doc, e.Source));
        Assert.Equal("إيران", Name(doc, e.Target));
    }

    [Fact]
    public void A_statement_about_a_danger_criticizes_nobody()
    {
        var doc = Run("وقال وزير الخارجية الأمريكي مايك بومبيو إن الجفاف يهدد سوريا.");
        var e = Single(doc, "قال");
        Assert.Equal("010", e.Cameo);
        Assert.Null(e.Target);
    }

    [Fact]
    public void Criticism_followed_by_qa_ilan_is_one_speech_act()
    {
        var doc = Run("وانتقد وزير الخارجية الأمريكي مايك بومبيو إيران قائلا إنها تدعم الميليشيات.");
        Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void A_verb_joined_by_wa_shares_the_subject_of_the_event_before_it()
    {
        var doc = Run("واعتقلت الشرطة ثلاثة أشخاص وأفرجت عن اثنين منهم.");
        var e = Single(doc, "أفرجت");
        Assert.Equal("084", e.Cameo);
        Assert.Equal("الشرطة", doc.Slice(e.Source!.Span));
        Assert.Equal("اثنين", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void A_verb_with_an_object_pronoun_after_an_indefinite_noun_describes_that_noun()
    {
        var doc = Run("وتحتجز الشرطة ثلاثة رجال اعتقلتهم الأسبوع الماضي.");
        var e = Single(doc, "اعتقلتهم");
        Assert.Equal("173", e.Cameo);
        Assert.Equal("الشرطة", doc.Slice(e.Source!.Span));
        Assert.Equal("ثلاثة رجال", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void Who_invites_a_visitor_hosts_the_visit()
    {
        var doc = Run("وزار الرئيس الفرنسي إيمانويل ماكرون تونس أمس بدعوة من الرئيس التونسي الباجي قائد السبسي.");
        var e = Single(doc, "بدعوة");
        Assert.Equal("043", e.Cameo);
        Assert.EndsWith("السبسي", Name(doc, e.Source));
        Assert.Equal("إيمانويل ماكرون", Name(doc, e.Target));
    }

    [Fact]
    public void Condemning_words_without_a_name_go_on_with_the_speakers_criticism()
    {
        var doc = Run("وقال الرئيس الروسي فلاديمير بوتين إن تركيا تنتهك القانون الدولي، وأضاف: \"هذه الخطوة مرفوضة\".");
        var e = Single(doc, "وأضاف");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("فلاديمير بوتين", Name(doc, e.Source));
        Assert.Equal("تركيا", Name(doc, e.Target));
    }

    [Theory]
    [InlineData("ووصفت")]
    [InlineData("وصفت")]
    public void Describing_what_an_actor_did_as_a_crime_criticizes_that_actor(string verb)
    {
        // وصف begins with و: the verb with no conjunction before it ("وصفت") is the same verb, not و + صفت.
        var doc = Run("وهاجمت إسرائيل مواقع في غزة أمس.", verb + " تركيا ما حدث بالجريمة.");
        var e = Single(doc, verb);
        Assert.Equal("111", e.Cameo);
        Assert.Equal("تركيا", Name(doc, e.Source));
        Assert.Equal("إسرائيل", Name(doc, e.Target));
    }

    [Fact]
    public void A_generic_actor_noun_that_begins_with_fa_is_still_one()
    {
        // فدائيون begins with ف: without a conjunction before it, it is the noun, not ف + دائيون.
        var doc = Run("وقال الجيش إن فدائيون هاجموا موقعا عسكريا في المدينة أمس.");
        Assert.Equal("190", Single(doc, "هاجموا").Cameo);
    }

    [Fact]
    public void Describing_an_actor_as_terrorist_criticizes_it()
    {
        var doc = Run("ووصفت روسيا الرئيس الأوكراني فولوديمير زيلينسكي بالإرهابي.");
        var e = Single(doc, "ووصفت");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("روسيا", Name(doc, e.Source));
        Assert.Equal("فولوديمير زيلينسكي", Name(doc, e.Target));
    }

    [Fact]
    public void Envoys_in_the_genitive_of_a_visit_are_its_source_and_its_hosts_follow_la()
    {
        var doc = Run("وناقش البرلمان الأوروبي زيارة مبعوثين لروسيا وتركيا الشهر الماضي.");
        var visits = doc.Events.Where(e => e.Cameo == "042").ToList();
        Assert.Equal(["روسيا", "تركيا"], visits.Select(e => Name(doc, e.Target)));
        Assert.All(visits, e => Assert.Equal("مبعوثين", doc.Slice(e.Source!.Span)));
    }

    [Fact]
    public void A_document_without_an_issuer_makes_no_statement()
    {
        var doc = Run("وذكرت الوثيقة أن المشتبه بهم التقوا مرتين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void Documents_without_an_issuer_make_no_statement()
    {
        // "الوثائق" is written with ئ, which the keys fold to ي.
        var doc = Run("وذكرت الوثائق أن المشتبه بهم التقوا مرتين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void Protests_without_organisers_are_events_without_a_source()
    {
        var doc = Run("وخرجت مظاهرات حاشدة في شوارع المدينة.");
        var e = Single(doc, "مظاهرات");
        Assert.Equal("141", e.Cameo);
        Assert.Null(e.Source);
    }

    [Fact]
    public void Battles_named_again_with_the_article_are_the_same_event()
    {
        var doc = Run("ودارت معارك عنيفة في ريف المدينة.", "وأسفرت المعارك عن سقوط قتلى.");
        Assert.Single(doc.Events, e => e.Cameo == "190");
    }

    [Fact]
    public void Sanctions_announced_by_a_ministry_are_its_own_act_and_not_also_a_statement()
    {
        var doc = Run("وأعلنت وزارة الخزانة الأمريكية فرض عقوبات على شركات إيرانية.");
        var e = Single(doc, "عقوبات");
        Assert.Equal("163", e.Cameo);
        Assert.Contains("وزارة الخزانة", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("شركات إيرانية", doc.Slice(e.Target!.Span));
        Assert.DoesNotContain(doc.Events, x => x.Cameo == "010");
    }

    [Fact]
    public void Every_event_points_at_words_of_its_sentence_and_has_a_code_of_the_table()
    {
        var doc = Run(
            "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الفرنسي جان إيف لودريان في باريس.",
            "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش روسيا وتركيا إلى وقف القتال.");
        Assert.NotEmpty(doc.Events);
        foreach (var e in doc.Events)
        {
            Assert.True(doc.Sentences[e.Sentence].Span.Contains(e.Trigger));
            Assert.NotNull(Akhbar.Arabic.Events.CameoCodes.Default.Find(e.Cameo));
            Assert.NotNull(e.Source);
        }
    }
}
