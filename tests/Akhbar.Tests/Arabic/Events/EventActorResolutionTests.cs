using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Actor, target and code resolution on events whose trigger is found (docs/stages/events.md, "Actors and codes of found
/// triggers"): the code of an attack by its actors, a movement taken up by another group noun, and the others below. All
/// sentences are written for these tests.
/// </summary>
public sealed class EventActorResolutionTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-actors", "2021-03-10", paragraphs);

    [Theory]
    [InlineData("وشن مسلحون مجهولون هجوما على سوق شعبي في المدينة.", "180")]
    [InlineData("وقال الشهود إن مسلحين مجهولين هاجموا حافلة تقل عمالا.", "180")]
    [InlineData("وشن مسلحون هجوما على مواقع أمنية في الولاية.", "190")]
    [InlineData("وشن الجيش هجوما على مواقع المتمردين في الجبال.", "190")]
    [InlineData("وقال الحاكم إن مسلحين هاجموا نقطتي تفتيش في الولاية.", "190")]
    public void An_attack_by_an_armed_group_of_no_state_is_unconventional_violence_unless_it_struck_the_military(string sentence, string cameo)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => Violent(e));
        Assert.Equal(cameo, e.Cameo);
    }

    [Fact]
    public void An_organization_named_as_a_movement_attacks_as_a_group_of_no_state()
    {
        var doc = Run("وقال مسؤول محلي إن تنظيم داعش شن هجوما على قرية قرب الحدود.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "هجوما");
        Assert.Equal("تنظيم داعش", Name(doc, e.Source));
        Assert.Equal("180", e.Cameo);
    }

    [Fact]
    public void A_movement_is_taken_up_by_another_group_noun_with_its_adjectives()
    {
        var doc = Run(
            "وقال مسؤولون إن حركة الشباب الصومالية تسيطر على مناطق واسعة في الجنوب بالتعاون مع تنظيم القاعدة.",
            "وفي العام الماضي تبنت الجماعة المتشددة هجوما على فندق في العاصمة.");
        var movement = doc.LinkedEntities.Single(x => x.Name.Contains("الشباب", StringComparison.Ordinal));
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "هجوما");
        Assert.Equal(movement.Id, e.Source!.EntityId);
        Assert.Equal("180", e.Cameo);
    }

    [Fact]
    public void An_adjective_made_from_an_organization_name_is_the_author_of_the_force_and_of_the_condemned_act()
    {
        var doc = Run(
            "وتتهم الحكومة اليمنية ميليشيا الحوثي بتهديد الملاحة في البحر الأحمر.",
            "وأدانت الحكومة إطلاق صواريخ حوثية على مدينة مأرب.");
        var launch = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).StartsWith("إطلاق", StringComparison.Ordinal));
        Assert.Equal("الحوثي", Name(doc, launch.Source));
        var condemned = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأدانت");
        Assert.Equal("الحوثي", Name(doc, condemned.Target));
    }

    [Fact]
    public void The_adjective_after_a_downed_weapon_names_the_side_that_lost_it()
    {
        var doc = Run(
            "ويقاتل الجيش العراقي تنظيم داعش في الصحراء الغربية منذ أشهر.",
            "وأعلن الجيش إسقاط طائرة داعشية مسيرة قرب الحدود.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).StartsWith("إسقاط", StringComparison.Ordinal));
        Assert.Equal("داعش", Name(doc, e.Target));
        Assert.Equal("الجيش العراقي", Name(doc, e.Source));
    }

    [Fact]
    public void A_minister_whose_words_tell_of_another_side_attacking_criticizes_it()
    {
        var doc = Run("وقال وزير الخارجية البريطاني جيريمي هانت إن \"قوات النظام السوري تواصل قصف المدنيين في إدلب\".");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("النظام السوري", Name(doc, e.Target));
        Assert.Single(doc.Events, e => Violent(e));
    }

    [Theory]
    [InlineData("وقالت مصادر عسكرية إن قوات النظام السوري قصفت مواقع المعارضة.")]
    [InlineData("وقال العميد سامي الحسن إن قوات النظام السوري تواصل قصف مواقع المعارضة.")]
    [InlineData("وقال وزير الخارجية البريطاني جيريمي هانت إن قوات النظام السوري قصفت مواقع المعارضة.")]
    public void Sources_and_officers_report_attacks_and_an_attack_told_without_going_on_is_a_report(string sentence)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقالت" || doc.Slice(e.Trigger) == "وقال");
        Assert.Equal("010", e.Cameo);
    }

    [Fact]
    public void A_body_used_again_by_its_head_noun_is_the_fuller_phrase_before()
    {
        var doc = Run("وقالت الخارجية الكندية في بيان إن السفارة ستغلق أبوابها. وأوضحت الخارجية أن الموظفين غادروا البلاد.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأوضحت");

        // Where entity linking knows the body (the ministry named by its field, الخارجية الكندية), the source is that entity.
        var named = e.Source!.EntityId is { } id ? doc.LinkedEntities.Single(x => x.Id == id).Name : doc.Slice(e.Source.Span);
        Assert.Equal("الخارجية الكندية", named);
    }

    [Theory]
    [InlineData("ودعا الرئيس التونسي بحضور وزير الخارجية الفرنسي جان إيف لودريان، فرنسا إلى دعم الاقتصاد.", "فرنسا")]
    [InlineData("ودعا وزير الداخلية المغربي عبد الوافي لفتيت بحضور نظيره الإسباني فرناندو غراندي مارلاسكا، رجال الأعمال إلى الاستثمار في المنطقة.", null)]
    public void Who_was_present_at_an_appeal_is_not_whom_it_addresses(string sentence, string? addressee)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ودعا");
        Assert.NotNull(e.Target);
        Assert.Equal(addressee, Name(doc, e.Target));
        Assert.DoesNotContain("بحضور", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_make_a_step_hang_on_another_side_threaten_it()
    {
        var doc = Run("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو سترد بقوة ما لم تسحب واشنطن صواريخها من أوروبا.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال");
        Assert.Equal("130", e.Cameo);
        Assert.Equal("واشنطن", Name(doc, e.Target));
    }

    [Fact]
    public void A_condition_without_an_actor_leaves_the_statement_a_statement()
    {
        var doc = Run("وقال وزير المالية اللبناني علي حسن خليل إن المشروع لن يكتمل ما لم تتوفر الأموال اللازمة.");
        Assert.Equal("010", Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال").Cameo);
    }

    [Theory]
    [InlineData("وقال وزير الخارجية الأردني أيمن الصفدي: \"نرفض أي تدخل في شؤون لبنان الداخلية\".", "120")]
    [InlineData("وقالت الخارجية الكندية: \"نحن ندعم حق الشعب الأوكراني في تقرير مصيره\".", "051")]
    [InlineData("وقال وزير الداخلية التونسي: \"نطالب الحكومة الليبية بضبط الحدود\".", "100")]
    public void Words_that_open_with_the_speakers_act_in_the_first_person_are_that_act(string sentence, string cameo)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote);
        Assert.Equal(cameo, e.Cameo);
    }

    [Fact]
    public void A_first_person_verb_that_needs_its_preposition_is_no_act_without_it()
    {
        var doc = Run("وقال وزير الصحة المغربي: \"نحن نعمل على حل المشكلة\".");
        Assert.Equal("010", Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote).Cameo);
    }

    [Fact]
    public void Support_the_speaker_declares_targets_the_words_it_supports()
    {
        var doc = Run("وقالت الخارجية الكندية: \"نحن ندعم حق الشعب الأوكراني في تقرير مصيره\".");
        var e = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Contains("الشعب الأوكراني", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_after_a_verb_of_visiting_is_where_the_visit_went()
    {
        var doc = Run("ومنذ عام 2000 زار الرئيس الروسي الصين 19 مرة، وفق ما أعلنه الكرملين.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "زار");
        Assert.Equal("الصين", Name(doc, e.Target));
        Assert.NotEqual("الصين", Name(doc, e.Source));
    }

    [Fact]
    public void A_visit_without_a_named_visitor_is_not_given_its_destination_as_visitor()
    {
        var doc = Run("ومن المقرر أن يزور وفد رسمي روما الأسبوع المقبل.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "042" or "036" && Name(doc, e.Source) == "روما");
    }

    [Theory]
    [InlineData("وبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري الأوضاع في غزة.")]
    [InlineData("وأجرى وزير الخارجية الأردني أيمن الصفدي محادثات مع نظيره المصري سامح شكري.")]
    public void A_counterpart_after_with_is_the_partner(string sentence)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => e.Cameo[..2] == "04");
        Assert.Equal("أيمن الصفدي", Name(doc, e.Source));
        Assert.Equal("سامح شكري", Name(doc, e.Target));
    }

    [Theory]
    [InlineData("والتقى الرئيس التركي رجب طيب أردوغان المستشارة الألمانية أنغيلا ميركل في برلين.")]
    [InlineData("وقال أردوغان الذي التقى المستشارة الألمانية أنغيلا ميركل في برلين إن العلاقات جيدة.")]
    public void A_role_phrase_before_a_name_leads_to_the_object(string sentence)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Contains("أردوغان", Name(doc, e.Source), StringComparison.Ordinal);
        Assert.Equal("أنغيلا ميركل", Name(doc, e.Target));
    }

    [Fact]
    public void A_counterpart_in_a_prepositional_phrase_is_not_the_subject()
    {
        var doc = Run("وقال الرئيس الأمريكي دونالد ترامب إنه اتصل بنظيره الروسي فلاديمير بوتين لتهنئته.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "041");
        Assert.NotEqual("فلاديمير بوتين", Name(doc, e.Source));
    }

    [Theory]
    [InlineData("وانتقد ترامب في وقت سابق تحقيق مولر في تدخل روسيا.")]
    [InlineData("وانتقد ترامب مرة أخرى تحقيق مولر في تدخل روسيا.")]
    public void A_phrase_of_time_without_a_date_does_not_hide_the_object(string sentence)
    {
        var doc = Run("وكان الرئيس الأمريكي دونالد ترامب قد عين المحقق الخاص روبرت مولر.", sentence);
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("روبرت مولر", Name(doc, e.Target));
    }

    [Fact]
    public void A_verb_glued_to_its_conjunction_does_not_join_a_name_to_the_targets()
    {
        var doc = Run(
            "وكان الرئيس الأمريكي دونالد ترامب قد عين المحقق الخاص روبرت مولر.",
            "وانتقد ترامب تحقيق مولر فيتدخل روسيا في الانتخابات.");
        Assert.DoesNotContain(doc.Events, e => Name(doc, e.Target) == "روسيا");
    }

    [Fact]
    public void A_leader_named_by_his_country_is_the_person_who_holds_the_title()
    {
        var doc = Run(
            "وكان الزعيم الكوري الشمالي كيم جونغ أون قد التقى الرئيس الصيني شي جين بينغ.",
            "واجتمع وزير الخارجية الأمريكي مايك بومبيو مع زعيم كوريا الشمالية الشهر الماضي.",
            "وزار الرئيس الفرنسي إيمانويل ماكرون كوريا الشمالية.");
        var meeting = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "واجتمع");
        Assert.Equal("كيم جونغ أون", Name(doc, meeting.Target));
        var visit = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وزار");
        Assert.Equal("كوريا الشمالية", Name(doc, visit.Target));
    }
}
