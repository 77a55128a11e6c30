using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for the kinds of misses a second blind set showed (docs/stages/events.md,
/// "The second blind set, read for its causes"): participles that continue a statement, statements and bare nouns that
/// speak for an organization named before, a rank before a spokesman's name, places struck, the object of a noun of force
/// after its author's nisba, victims killed in an attack, and warplanes as the side that strikes.
/// </summary>
public sealed class EventUnseenTextTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-unseen", "2022-06-14", paragraphs);

    [Theory]
    [InlineData("وقال وزير الصحة التونسي عبد الرؤوف الشريف إن المستشفيات جاهزة، موضحا أن الأدوية متوفرة.", "موضحا")]
    [InlineData("وأعلنت وزارة الصحة التونسية افتتاح مستشفى جديد، مشيرة إلى أنه يضم مئة سرير.", "مشيرة")]
    [InlineData("وقال وزير الصحة التونسي عبد الرؤوف الشريف إن الوضع مستقر، لافتا إلى أن الإصابات تراجعت.", "لافتا")]
    public void A_participle_that_goes_on_with_the_words_is_a_statement_of_its_own(string sentence, string participle)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == participle);
        Assert.Equal("010", e.Cameo);
        Assert.NotNull(e.Source);
    }

    [Fact]
    public void A_statement_issued_by_an_office_speaks_for_the_office()
    {
        var doc = Run(
            "وقال الوزير الأول الفرنسي إدوار فيليب إن الحكومة ستدرس الملف.",
            "وأفاد بيان صدر عن مكتب المدعي العام أن المحققين استمعوا إلى الشهود.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأفاد");
        Assert.StartsWith("مكتب المدعي", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_refers_back_to_the_army_that_spoke_in_it()
    {
        var doc = Run(
            "وقال الجيش الأردني إن دورية اعترضت مهربين على الحدود الشمالية.",
            "وأشار الجيش في بيان إلى أن \"المهربين فروا بعد تبادل لإطلاق النار\".",
            "وأوضح البيان أن \"الدورية لم تتكبد أي خسائر\".");
        var army = doc.LinkedEntities.Single(x => x.Name.Contains("الجيش", StringComparison.Ordinal));
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأوضح");
        Assert.Equal(army.Id, e.Source!.EntityId);
    }

    [Fact]
    public void A_newspaper_named_after_its_noun_is_what_the_bare_noun_refers_to()
    {
        var doc = Run(
            "نقلت صحيفة \"لوفيغارو\" عن مصادر حكومية أن الميزانية ستقلص.",
            "وذكرت الصحيفة أن الوزراء اختلفوا حول حجم التقليص.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وذكرت");
        Assert.Equal("لوفيغارو", Name(doc, e.Source));
    }

    [Fact]
    public void A_rank_between_the_spokesman_and_his_name_leaves_the_name_the_speaker()
    {
        var doc = Run("وقال المتحدث باسم القوات البريطانية، الكولونيل جيمس هاريسون، إن الدوريات مستمرة.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.Contains("هاريسون", Name(doc, e.Source) ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وواصلت القوات الحكومية هجومها على إدلب منذ الفجر.", "إدلب")]
    [InlineData("وقالت الشرطة إن المسلحين شنوا هجوما على مدينة قندوز.", "قندوز")]
    public void The_place_an_attack_is_aimed_at_is_its_target(string sentence, string place)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, Violent);
        Assert.Contains(place, Name(doc, e.Target) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_after_fi_is_where_the_fighting_was_not_its_target()
    {
        var doc = Run("وقالت الشرطة إن المسلحين شنوا هجوما في مدينة قندوز.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Null(e.Target);
    }

    [Fact]
    public void The_object_of_a_noun_of_force_comes_with_lam_after_its_authors_nisba()
    {
        var doc = Run("وتدهورت الأوضاع في المنطقة بعد الغزو الروسي لأوكرانيا عام 2022.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Equal("190", e.Cameo);
        Assert.Contains("أوكرانيا", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Who_was_killed_in_an_air_strike_suffered_it()
    {
        var doc = Run("وأكد مسؤول محلي أن القيادي في التنظيم، أبو خالد المصري، قتل في ضربة جوية ليلا.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "195");
        Assert.Contains("المصري", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
        Assert.Null(e.Source);
    }

    [Fact]
    public void A_blow_without_jawwiya_is_no_air_strike()
    {
        var doc = Run("وتلقى الحزب الحاكم ضربة موجعة في الانتخابات البلدية.");
        Assert.DoesNotContain(doc.Events, Violent);
    }

    [Fact]
    public void A_warplane_with_its_adjectives_fires_rockets_after_a_date_set_off_by_commas()
    {
        var doc = Run("وقال شهود إن طائرة حربية أمريكية أطلقت، مساء الجمعة، ثلاثة صواريخ على مخزن للذخيرة.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "195");
        Assert.StartsWith("طائرة", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.StartsWith("مخزن", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Shooting_down_a_plane_does_not_make_the_plane_the_attacker()
    {
        var doc = Run("وأعلنت الدفاعات الجوية إسقاط طائرة مسيرة فوق العاصمة.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).StartsWith("طائرة", StringComparison.Ordinal));
    }

    [Fact]
    public void The_police_questioning_a_suspect_is_an_investigation()
    {
        var doc = Run("واستجوبت الشرطة الإسبانية المشتبه به لساعات قبل إطلاق سراحه.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "091");
        Assert.StartsWith("الشرطة", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_joined_by_wa_goes_on_with_the_actor_of_the_event_before_it()
    {
        var doc = Run(
            "وقال الرئيس الفرنسي إيمانويل ماكرون إن المفاوضات صعبة.",
            "يذكر أن وزير الخارجية الألماني هايكو ماس اجتمع الأسبوع الماضي مع نظيره الإيراني محمد جواد ظريف، وقال إن الحوار مستمر.");
        var e = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Trigger) == "وقال" && e.Sentence == 2);
        Assert.Equal("هايكو ماس", Name(doc, e.Source));
    }

    [Fact]
    public void A_group_right_after_the_verb_speaks_not_the_speaker_before()
    {
        var doc = Run(
            "وقالت منظمة العفو الدولية إن المعتقلين تعرضوا لسوء المعاملة.",
            "وأكدت جماعة حقوقية أخرى خبر الإفراج عن اثنين منهم.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأكدت");
        Assert.StartsWith("جماعة", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void An_arrest_reaches_the_person_named_after_a_title_phrase_and_the_authorities_keep_their_own_words()
    {
        var doc = Run("اعتقلت السلطات المصرية الناشط الحقوقي البارز الدكتور أحمد سعيد.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.Equal("السلطات المصرية", doc.Slice(e.Source!.Span));
        Assert.Equal("أحمد سعيد", Name(doc, e.Target));
    }

    [Fact]
    public void A_claim_credits_the_attack_named_after_it_not_an_earlier_one()
    {
        var doc = Run(
            "وقتل عشرة أشخاص في تفجير استهدف سوقا شعبية الشهر الماضي.",
            "وفي العام الماضي تبنت جماعة مسلحة هجوما على مدرسة في المدينة.");
        var earlier = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "تفجير");
        Assert.Null(earlier.Source);
    }

    [Theory]
    [InlineData("وقال المسؤولون حسبما أفادت الصحيفة إن الاتفاق وشيك.", "أفادت")]
    [InlineData("وقتل خمسة أشخاص بينهم قائد الشرطة المحلية.", "بينهم")]
    public void Attributions_and_the_preposition_bayna_are_no_statements(string sentence, string word)
    {
        var doc = Run(sentence);
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == word);
    }

    [Fact]
    public void The_speakers_own_forces_act_for_the_speaker_and_the_statement_is_that_act()
    {
        var doc = Run("أعلن الجيش الأردني، الاثنين، أن طائراته قصفت مخزنا للأسلحة قرب الحدود.");
        var army = doc.LinkedEntities.Single(x => x.Name.Contains("الجيش", StringComparison.Ordinal));
        var e = Assert.Single(doc.Events, Violent);
        Assert.Equal(army.Id, e.Source!.EntityId);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void A_pronoun_on_a_noun_of_force_stands_for_the_actor_named_before_it()
    {
        var doc = Run("وطالبت فرنسا روسيا بالضغط على الحكومة السورية لكي توقف قصفها على ريف حلب.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Contains("الحكومة السورية", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_whose_relative_clause_says_it_is_subjected_to_shelling_is_its_target()
    {
        var doc = Run("وتعيش مدينة دوما المحاصرة التي تتعرض منذ أسابيع لقصف متواصل أوضاعا صعبة.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Contains("دوما", Name(doc, e.Target) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_after_its_subject_at_the_start_of_the_words_is_the_statement_itself()
    {
        var doc = Run("وقال وزير الخارجية البريطاني جيريمي هانت إن الوضع خطير، مشددا على أن \"بريطانيا تدعو إلى وقف القتال فورا\".");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "مشددا");
        Assert.Equal("020", e.Cameo);
        Assert.Equal("جيريمي هانت", Name(doc, e.Source));
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "تدعو");
    }

    [Fact]
    public void A_plural_verb_had_its_subject_before_so_the_noun_after_it_is_its_object()
    {
        var doc = Run(
            "وقال وزير التربية الأمريكي إن المدارس ستبقى مفتوحة.",
            "وكان طلاب المدرسة قد أعلنوا تنظيم مسيرة في العاصمة.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).StartsWith("تنظيم", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_a_rank_stands_between_a_role_and_the_name_of_who_spoke()
    {
        var doc = Run("قال سامي الدباغ، كبير مستشاري الرئيس العراقي برهم صالح، إن الحكومة ستتشكل قريبا.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.NotEqual("برهم صالح", Name(doc, e.Source));
    }

    [Theory]
    [InlineData("وأظهرت الصور المبنى قبل أن يتم قصفه بالكامل.")]
    [InlineData("وتحدث سكان في سوريا عن تجدد قصفها للأحياء الشرقية.")]
    public void A_pronoun_on_a_passive_noun_or_a_country_of_place_names_no_author(string sentence)
    {
        var doc = Run(sentence);
        Assert.DoesNotContain(doc.Events, e => Violent(e) && e.Source?.EntityId is not null);
    }

    [Fact]
    public void Wafqan_lima_is_an_attribution_not_a_statement()
    {
        var doc = Run("ووقع الزلزال على عمق عشرة كيلومترات، وفقا لما ذكرته هيئة المسح الجيولوجي.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo[..2] == "01");
    }

    [Theory]
    [InlineData("ونقلت وكالة رويترز عن مسؤولين محليين أن الطريق أغلق.", "مسؤولين")]
    [InlineData("ونقلت وسائل إعلام محلية، صباح اليوم، أن الطريق أغلق.", "وسائل")]
    public void Relayed_words_are_a_statement_of_whom_they_are_relayed_from(string sentence, string speaker)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.StartsWith(speaker, doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ونقلت الصحيفة عن الوزير قوله إن الطريق أغلق.")]
    [InlineData("وتحطمت طائرة نقل عسكرية قرب المطار.")]
    [InlineData("وأغلق الطريق، نقلا عن مصدر أمني.")]
    public void Relaying_with_a_cue_of_its_own_a_noun_of_transport_and_an_attribution_are_no_relayed_statement(string sentence)
    {
        var doc = Run(sentence);
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("نقل", StringComparison.Ordinal));
    }

    [Fact]
    public void Whoever_an_arrest_noun_governs_was_arrested()
    {
        var doc = Run("وقالت الشرطة الفرنسية إنه جرى اعتقال ثلاثة أشخاص مشتبه بهم.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.StartsWith("ثلاثة", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fired_weapon_after_a_vso_subject_is_found_and_is_not_the_subject()
    {
        var doc = Run("وأطلق المسلحون النار على دورية للشرطة.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "180");
        Assert.Equal("المسلحون", doc.Slice(e.Source!.Span));
    }

    [Fact]
    public void An_honorific_after_the_comma_leads_to_the_name_of_who_spoke()
    {
        var doc = Run("وقال ولي العهد الأردني، الأمير حسين بن عبد الله، إن المملكة ماضية في الإصلاح.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.Contains("حسين", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Who_is_told_is_the_target_of_the_statement()
    {
        var doc = Run("أبلغ الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية الألماني هايكو ماس أن باريس ستدعم الخطة.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.Equal("إيمانويل ماكرون", Name(doc, e.Source));
        Assert.Equal("هايكو ماس", Name(doc, e.Target));
    }

    [Fact]
    public void A_scheduled_summit_between_two_leaders_is_a_planned_meeting_past_its_date_and_the_title_of_the_second()
    {
        var doc = Run(
            "واستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني.",
            "وتأتي الزيارة قبل القمة المقررة في أواخر يونيو بين بوتين والرئيس الصيني شي جين بينغ.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "القمة");
        Assert.Equal("040", e.Cameo);
        Assert.True(e.Hypothetical);
        Assert.Equal("فلاديمير بوتين", Name(doc, e.Source));
        Assert.Equal("شي جين بينغ", Name(doc, e.Target));
    }

    [Fact]
    public void A_summit_that_was_held_is_no_hypothesis()
    {
        var doc = Run("وعقدت قمة بين الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ في بكين.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "قمة");
        Assert.False(e.Hypothetical);
    }

    [Theory]
    [InlineData("وقال الجيران إن المشتبه به يبلغ من العمر ثلاثين عاما.")]
    [InlineData("وقالت الوزارة إن القوات تبلغ مشارف المدينة.")]
    public void The_present_of_balagha_reaches_and_tells_nothing(string sentence)
    {
        var doc = Run(sentence);
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("بلغ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_right_after_the_verb_is_its_subject_and_the_titled_name_after_it_the_object()
    {
        var doc = Run("واعتقلت الشرطة الشيخ عبد الكريم الخطيب في منزله.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.Equal("الشرطة", doc.Slice(e.Source!.Span));
        Assert.Contains("الخطيب", Name(doc, e.Target) ?? doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Warplanes_with_indefinite_adjectives_strike_and_are_not_carried_over()
    {
        var doc = Run(
            "وأعلن الجيش اللبناني أن الوضع هادئ.",
            "وقصفت طائرات حربية روسية الأحياء الشرقية للمدينة.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Equal("طائرات حربية روسية", doc.Slice(e.Source!.Span));
    }

    [Fact]
    public void At_least_is_no_target()
    {
        var doc = Run("وشنت الطائرات السورية عشر ضربات جوية على الأقل.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Null(e.Target);
    }

    [Fact]
    public void An_announced_act_after_an_preposition_keeps_the_announcer()
    {
        var doc = Run("وأعلن الجيش الليبي عن استعادة مدينة درنة بالكامل.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "192");
        Assert.Contains("الجيش", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feminine_pronoun_on_a_noun_of_force_is_no_person_and_the_reporter_does_not_do_it()
    {
        var doc = Run("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن العالم لا يقبل هجماتها على المدنيين.");
        var e = Assert.Single(doc.Events, Violent);
        Assert.Null(e.Source);
    }

    [Fact]
    public void Whoever_is_subjected_to_criticism_is_its_target_with_no_critic_invented()
    {
        var doc = Run(
            "وقال رئيس الوزراء البريطاني بوريس جونسون إن الحكومة ستراجع القرار.",
            "وتعرض جونسون لانتقادات حادة بسبب القرار.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Null(e.Source);
        Assert.Equal("بوريس جونسون", Name(doc, e.Target));
    }

    [Fact]
    public void Leaders_after_the_verb_criticize_and_the_person_after_them_is_criticized()
    {
        var doc = Run(
            "وقال رئيس الوزراء البريطاني بوريس جونسون إن الحكومة ستراجع القرار.",
            "وانتقد زعماء المعارضة جونسون لأنه تأخر في القرار.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("زعماء المعارضة", doc.Slice(e.Source!.Span));
        Assert.Equal("بوريس جونسون", Name(doc, e.Target));
    }

    [Fact]
    public void Opposition_as_the_adjective_of_factions_does_not_shell()
    {
        var doc = Run("وتشن القوات الحكومية حملة على مناطق الفصائل المعارضة يتخللها قصف جوي كثيف.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("المعارضة", StringComparison.Ordinal));
    }
}
