using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Who is the source and who the target of an event found at its trigger, on sentences written for these tests: the
/// dateline, role phrases, implied subjects and objects that are no names.
/// </summary>
public sealed class EventActorRoleTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-roles", "2021-06-08", paragraphs);

    [Fact]
    public void The_places_of_the_dateline_act_in_no_event()
    {
        var doc = Run("دبي، الإمارات العربية المتحدة (CNN)-- هاجم المعلق الرياضي الشهير المدرب الجديد للفريق بعد الهزيمة.");
        Assert.DoesNotContain(doc.Events, e => Name(doc, e.Source) is "الإمارات العربية المتحدة" or "دبي");
    }

    [Fact]
    public void A_subject_after_the_dateline_still_acts()
    {
        var doc = Run("القاهرة، مصر (CNN)-- انتقدت روسيا الولايات المتحدة بشدة، الأحد.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("روسيا", Name(doc, e.Source));
        Assert.Equal("الولايات المتحدة", Name(doc, e.Target));
    }

    [Fact]
    public void A_role_with_its_complement_before_the_name_is_the_person_named()
    {
        var doc = Run("وقال رئيس قسم العمليات في هيئة الأركان الفرنسية، جان بيير دوبوا، إن القوات ستنسحب من المنطقة قريبا.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.Equal("جان بيير دوبوا", Name(doc, e.Source));
    }

    [Fact]
    public void A_statement_from_his_office_speaks_for_the_subject()
    {
        var doc = Run(
            "واستنكر الرئيس اللبناني ميشال عون في بيان صادر عن مكتبه التفجير الذي وقع في المدينة.",
            "وأوضح البيان أن الرئيس يتابع التحقيقات باهتمام.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("أوضح", StringComparison.Ordinal));
        Assert.Equal("ميشال عون", Name(doc, e.Source));
    }

    [Fact]
    public void A_participle_said_in_a_statement_is_the_subjects()
    {
        var doc = Run("وانتقدت وزارة الخارجية المصرية القرار الأخير، قائلة في بيان إن الخطوة تضر بالاستقرار في المنطقة.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { EntityId: null } s && doc.Slice(s.Span) == "بيان");
    }

    [Fact]
    public void A_bare_title_is_the_person_last_named_with_it()
    {
        var doc = Run(
            "وقال وزير الخارجية النرويجي يوهان ستولتنبرغ إن بلاده تدعم المفاوضات.",
            "وأضاف الوزير أن الحل السياسي هو الطريق الوحيد.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("أضاف", StringComparison.Ordinal));
        Assert.Equal("يوهان ستولتنبرغ", Name(doc, e.Source));
    }

    [Fact]
    public void A_bare_title_with_another_adjective_is_not_that_person()
    {
        var doc = Run(
            "وقال الرئيس الأمريكي جو بايدن إن بلاده تدعم المفاوضات.",
            "وأضاف الرئيس الفرنسي أن الحل السياسي هو الطريق الوحيد.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("أضاف", StringComparison.Ordinal));
        Assert.NotEqual("جو بايدن", Name(doc, e.Source));
    }

    [Fact]
    public void A_bare_title_after_the_verb_is_its_subject_and_the_name_after_it_the_object()
    {
        var doc = Run(
            "دعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط إلى وقف القتال.",
            "وناشد الأمين العام لجامعة الدول العربية الحكومة الليبية إطلاق سراح المعتقلين.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("ناشد", StringComparison.Ordinal));
        Assert.Equal("أحمد أبو الغيط", Name(doc, e.Source));
        Assert.NotNull(e.Target);
        Assert.Contains("الحكومة", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_another_body_is_not_the_person_named_before_with_that_title()
    {
        var doc = Run(
            "وقال المتحدث باسم الجيش الأردني محمد الخوالدة إن الحدود آمنة.",
            "واتهم المتحدث باسم وزارة الداخلية السورية المهربين بإشعال الحرائق.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("اتهم", StringComparison.Ordinal) && Name(doc, e.Source) == "محمد الخوالدة");
    }

    [Fact]
    public void An_appeal_after_its_subject_addresses_a_group()
    {
        var doc = Run("وناشد رئيس الوزراء العراقي حيدر العبادي السلطات المحلية لإغاثة المتضررين من الفيضانات.");
        var e = Assert.Single(doc.Events, e => e.Cameo[..2] == "02");
        Assert.Equal("حيدر العبادي", Name(doc, e.Source));
        Assert.NotNull(e.Target);
        Assert.Contains("السلطات", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_opening_the_clause_before_a_cue_is_its_speaker_not_the_one_carried_over()
    {
        var doc = Run(
            "وقال وزير الخارجية المصري سامح شكري إن بلاده تدعم الحل السياسي.",
            "يذكر أن روسيا كانت قد أعلنت أنها سترسل مساعدات إلى المنطقة.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("أعلنت", StringComparison.Ordinal));
        Assert.Equal("روسيا", Name(doc, e.Source));
    }

    [Fact]
    public void A_ministry_or_delegation_the_tagger_does_not_name_is_a_group_that_acts()
    {
        var doc = Run("وانتقدت وزارة الخارجية الهجوم الأخير.", "واجتمع وفد تجاري مع مسؤولين في الحكومة.");
        var criticism = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Contains("وزارة", doc.Slice(criticism.Source!.Span), StringComparison.Ordinal);
        var meeting = Assert.Single(doc.Events, e => e.Cameo[..2] == "04");
        Assert.Contains("وفد", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_persons_role_after_the_speakers_role_is_the_object()
    {
        var doc = Run(
            "التقى وزير الخارجية الياباني تارو كونو الزعيم الماليزي مهاتير محمد في طوكيو يوم الثلاثاء.",
            "ثم دعا وزير الخارجية الياباني الزعيم الماليزي إلى زيارة اليابان في الخريف.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "043");
        Assert.Equal("تارو كونو", Name(doc, e.Source));
        Assert.Equal("مهاتير محمد", Name(doc, e.Target));
    }

    [Fact]
    public void A_group_in_a_prepositional_phrase_is_not_the_actor_of_the_noun_after_it()
    {
        var doc = Run("وحققت القوات القبلية بدعم طيران التحالف يوم السبت تقدما جديدا قرب الساحل.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("التحالف", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agent_after_a_clause_about_the_noun_is_not_the_nouns()
    {
        var doc = Run("واجتمع وزير الخارجية الفرنسي جان إيف لودريان بنظيره الإسباني في مدريد، في زيارة ينظر إليها المراقبون بوصفها محاولة من قبل باريس لرأب الصدع.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "042" && Name(doc, e.Source) == "باريس");
    }

    [Fact]
    public void An_agent_after_a_participle_with_its_pronoun_is_still_the_nouns()
    {
        var doc = Run("وتواصل اللجنة الدولية تحرياتها بشأن هجوم كيماوي مشتبه به من قبل الجيش السوداني على إحدى القرى.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "هجوم");
        Assert.NotNull(e.Source);
        Assert.Contains("الجيش", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_after_a_plural_verb_is_its_object()
    {
        var doc = Run("وأكد المدرب جاهزية الفريق. ومن المقرر أن اللاعبين سيستقبلون يوفنتوس الأسبوع المقبل.");
        Assert.DoesNotContain(doc.Events, e => Name(doc, e.Source) == "يوفنتوس");
    }
}
