using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests: statements that speak for their issuer, criticism and appeals
/// whose addressee is not a plain name, verbs that share a subject across كما, and where events happen.
/// </summary>
public sealed class EventRecallPatternTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-recall", "2020-06-02", paragraphs);

    private static CodedEvent Single(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_statement_speaks_for_its_issuer_also_when_the_text_refers_back_to_it()
    {
        var doc = Run(
            "أعلن بيان لوزارة الخزانة الكندية، الثلاثاء، فرض عقوبات جديدة على شركات مرتبطة بالبرنامج الصاروخي.",
            "وذكر البيان أن العقوبات تستهدف شركات نقل بحري.");
        var sanctions = doc.Events.Where(e => e.Cameo == "163").ToList();
        Assert.Equal(2, sanctions.Count);
        var first = sanctions[0];
        Assert.Contains("وزارة الخزانة", doc.Slice(first.Source!.Span), StringComparison.Ordinal);
        Assert.StartsWith("شركات", doc.Slice(first.Target!.Span), StringComparison.Ordinal);

        var second = sanctions[1];
        Assert.Contains("وزارة الخزانة", doc.Slice(second.Source!.Span), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void Sanctions_aimed_at_a_title_reach_the_person_named_after_it()
    {
        var doc = Run("وقالت وزارة الخارجية الأمريكية إن العقوبات تستهدف الرئيس الفنزويلي، نيكولاس مادورو، ونائبته ديلسي رودريغيز.");
        var events = doc.Events.Where(e => e.Cameo == "163").ToList();
        Assert.Contains(events, e => Name(doc, e.Target) == "نيكولاس مادورو");
    }

    [Fact]
    public void Criticism_of_what_an_actor_does_is_criticism_of_the_actor_and_kama_keeps_the_subject()
    {
        var doc = Run("وأشار وزير الخارجية الروسي سيرغي لافروف إلى الأزمة في المنطقة، كما انتقد سياسات واشنطن تجاه إيران.");
        var e = Single(doc, "انتقد");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("سيرغي لافروف", Name(doc, e.Source));
        Assert.Equal("واشنطن", Name(doc, e.Target));
    }

    [Fact]
    public void Criticism_of_a_role_phrase_keeps_the_phrase_as_target()
    {
        var doc = Run("وانتقد رئيس الوزراء العراقي مصطفى الكاظمي، مساء الأحد، ما وصفه بـ\"تدخل\" السفير التركي في الشؤون الداخلية.");
        var e = Single(doc, "انتقد");
        Assert.Equal("مصطفى الكاظمي", Name(doc, e.Source));
        Assert.StartsWith("السفير", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_to_a_group_the_text_does_not_name_targets_the_group()
    {
        var doc = Run("وأهاب وزير الداخلية المصري محمود توفيق بجميع المواطنين \"الإبلاغ عن أي نشاط مريب\".");
        var e = Single(doc, "أهاب");
        Assert.Equal("020", e.Cameo);
        Assert.Equal("محمود توفيق", Name(doc, e.Source));
        Assert.Contains("المواطنين", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأجرى الجيش الروسي تدريبات عسكرية داخل العاصمة موسكو.", "تدريبات", "موسكو")]
    [InlineData("وشهدت شوارع القاهرة انتشارا أمنيا واسعا.", "انتشارا", "القاهرة")]
    [InlineData("وبدأ رئيس الوزراء التونسي يوسف الشاهد زيارة رسمية إلى الجزائر.", "زيارة", "الجزائر")]
    public void The_text_places_an_event_in_a_capital_without_fi(string sentence, string trigger, string place)
    {
        var doc = Run(sentence);
        var e = Single(doc, trigger);
        Assert.Equal(place, Name(doc, e.Where));
    }

    [Fact]
    public void The_members_of_a_multilateral_meeting_are_its_source_with_no_second_party()
    {
        var doc = Run("وجاءت تصريحات الوزير خلال اجتماع وزاري لدول الخليج عقد في الرياض.");
        var e = Single(doc, "اجتماع");
        Assert.Equal("040", e.Cameo);
        Assert.Contains("دول الخليج", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_battle_with_a_side_whose_enemies_dead_are_counted_sets_the_two_sides()
    {
        var doc = Run("أفادت مصادر محلية بمقتل 15 من المسلحين في اشتباكات مع الجيش قرب الحدود.");
        var e = Single(doc, "اشتباكات");
        Assert.Equal("19", e.Cameo[..2]);
        Assert.Equal("الجيش", doc.Slice(e.Source!.Span));
        Assert.Contains("المسلحين", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_clause_between_speaker_and_words_has_the_speaker_as_subject()
    {
        var doc = Run("وقال وزير الخارجية الفرنسي جان إيف لودريان، بعد أن زار الرئيس اللبناني ميشال عون في بيروت، إن الأزمة عميقة.");
        var e = Single(doc, "زار");
        Assert.Equal("042", e.Cameo);
        Assert.Equal("جان إيف لودريان", Name(doc, e.Source));
        Assert.Equal("ميشال عون", Name(doc, e.Target));
    }

    [Fact]
    public void A_participle_cue_goes_back_to_the_subject_of_its_sentence()
    {
        var doc = Run(
            "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن المساعدات وصلت.",
            "ويأتي ذلك في الوقت الذي تعمل فيه الحكومة على بناء طرق جديدة في الشمال، قائلة إنها ستنتهي العام المقبل.");
        var e = Single(doc, "قائلة");
        Assert.Equal("010", e.Cameo);
        Assert.Equal("الحكومة", doc.Slice(e.Source!.Span));
    }

    [Fact]
    public void A_country_nisba_after_a_place_is_no_subject_of_a_participle_cue()
    {
        var doc = Run(
            "وقال وزير الخارجية الإيطالي لويجي دي مايو إن بلاده تتابع الوضع عن كثب.",
            "وتحدث عن الأوضاع في مدينة حلب السورية، مضيفا أن الطريق إلى الحل ما زال طويلا.");
        var e = Single(doc, "مضيفا");
        Assert.Equal("لويجي دي مايو", Name(doc, e.Source));
    }

    [Fact]
    public void Prosecutors_accuse_people_the_text_counts_without_naming()
    {
        var doc = Run("اتهم ممثلو الادعاء الفرنسيون 7 أشخاص بتمويل جماعات متطرفة.");
        var e = Single(doc, "اتهم");
        Assert.Equal("112", e.Cameo);
        Assert.StartsWith("ممثلو الادعاء", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("7 أشخاص", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void A_definite_noun_after_a_prepositional_verb_is_its_subject_and_nobody_is_carried_over()
    {
        var doc = Run(
            "وقال وزير الخارجية الأمريكي مايك بومبيو إن المحادثات كانت صعبة.",
            "واتفق المجلس في النهاية على نص أقل حدة.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("اتفق", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_took_in_its_preposition_is_still_in_a_prepositional_phrase()
    {
        var doc = Run("ووجهت بريطانيا انتقادا حادا للصين بسبب القانون الجديد.", "ولم تعلق الصين على القانون.");
        var e = Single(doc, "انتقادا");
        Assert.Equal("111", e.Cameo);
        Assert.Equal("بريطانيا", Name(doc, e.Source));
        Assert.Equal("الصين", doc.Slice(doc.LinkedEntities.Single(x => x.Id == e.Target!.EntityId).Mentions[^1].Span));
    }

    [Fact]
    public void An_arrest_between_speaker_and_words_is_the_speakers_act_on_the_person_named_before()
    {
        var doc = Run(
            "وشوهد المعارض الروسي أليكسي نافالني في المطار صباح الأحد.",
            "وقالت الشرطة بعد اعتقاله إنه لم يقاوم.");
        var e = Single(doc, "اعتقاله");
        Assert.Equal("173", e.Cameo);
        Assert.Equal("الشرطة", doc.Slice(e.Source!.Span));
        Assert.Equal("أليكسي نافالني", Name(doc, e.Target));
    }

    [Fact]
    public void A_relative_clause_without_alladhi_keeps_the_subject_of_its_sentence()
    {
        var doc = Run("وأبلغت الشرطة الإيطالية المحققين بأسماء عثرت عليها مع مهاجر اعتقلته الشهر الماضي.");
        var e = Single(doc, "اعتقلته");
        Assert.Equal("173", e.Cameo);
        Assert.StartsWith("الشرطة الإيطالية", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("مهاجر", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void A_statement_verb_opening_a_sentence_without_subject_goes_on_with_the_speaker_before()
    {
        var doc = Run("وقالت وزارة الداخلية إن المشتبه به اعتقل في المطار. ولم توضح ما إذا كان يحمل سلاحا.");
        var e = Single(doc, "توضح");
        Assert.Equal("010", e.Cameo);
        Assert.True(e.Negated);
        Assert.Contains("وزارة الداخلية", doc.Slice(e.Source!.Span), StringComparison.Ordinal);

        var formula = Run("وقالت وزارة الداخلية إن المشتبه به اعتقل في المطار. ويذكر أن المطار أغلق ساعتين.");
        Assert.DoesNotContain(formula.Events, x => formula.Slice(x.Trigger).Contains("يذكر", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_after_the_subject_of_a_coded_verb_is_its_object_not_the_subject_s_own_act()
    {
        var doc = Run("أدانت وزارة الخارجية الأردنية الهجوم على المسجد في مدينة الخليل.");
        Assert.Equal("وزارة الخارجية الأردنية", Name(doc, Single(doc, "أدانت").Source));
        Assert.Null(Single(doc, "الهجوم").Source);
    }

    [Fact]
    public void A_noun_after_a_light_verb_is_still_its_subject_s_act()
    {
        var doc = Run("شنت القوات الروسية هجوما على مواقع المعارضة قرب حلب.");
        Assert.Equal("القوات الروسية", Name(doc, Single(doc, "هجوما").Source));
    }
}
