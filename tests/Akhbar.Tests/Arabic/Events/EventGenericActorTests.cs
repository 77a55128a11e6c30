using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Generic actors (events/generic-actors.tsv, EventFinder.GenericActors.cs) on sentences written for these tests: the
/// protesters, citizens, gunmen and soldiers a report names by a common noun are span sources and targets, protesters
/// acting report a demonstration, and the protest words added with them (اعتصم، مسيرة، إضراب، وقفة احتجاجية).
/// </summary>
public sealed class EventGenericActorTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-generic", "2021-03-10", paragraphs);

    private static string? Words(Document doc, EventArgument? argument) => argument is null ? null : doc.Slice(argument.Span);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_counted_crowd_after_a_protest_verb_is_its_source()
    {
        var doc = Run("تظاهر آلاف الطلاب مساء أمس في وسط المدينة.");
        var e = At(doc, "تظاهر");
        Assert.Equal("141", e.Cameo);
        Assert.Null(e.Source!.EntityId);
        Assert.Equal("آلاف الطلاب", Words(doc, e.Source));
    }

    [Fact]
    public void A_sit_in_verb_takes_the_counted_people_after_it_and_no_place_word_as_target()
    {
        var doc = Run("واعتصم عشرات العمال أمام مقر الشركة للمطالبة بأجورهم.");
        var e = At(doc, "اعتصم");
        Assert.Equal("عشرات العمال", Words(doc, e.Source));
        Assert.Null(e.Target);
    }

    [Fact]
    public void Protesters_acting_report_a_demonstration_with_what_they_oppose()
    {
        var doc = Run("وهتف المحتجون طويلا ضد الحكومة.");
        var e = At(doc, "هتف");
        Assert.Equal("141", e.Cameo);
        Assert.Equal("المحتجون", Words(doc, e.Source));
        Assert.Equal("الحكومة", Words(doc, e.Target));
    }

    [Fact]
    public void Protesters_as_object_or_victims_report_no_demonstration()
    {
        var doc = Run("وفرقت الشرطة المتظاهرين بالقوة.", "وأصيب متظاهرون بجروح طفيفة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void After_kana_the_protesters_act_in_the_verb_after_qad()
    {
        var doc = Run("وكان متظاهرون غاضبون قد أغلقوا الطريق الرئيسي صباح السبت.");
        var e = At(doc, "أغلقوا");
        Assert.Equal("141", e.Cameo);
        Assert.Equal("متظاهرون غاضبون", Words(doc, e.Source));
    }

    [Fact]
    public void A_march_the_subject_went_out_in_is_the_subjects()
    {
        var doc = Run("وخرج المحتجون في مسيرة جابت شوارع البلدة.");
        Assert.Equal("المحتجون", Words(doc, At(doc, "مسيرة").Source));
    }

    [Fact]
    public void A_drone_a_course_and_a_relay_are_no_march()
    {
        var doc = Run(
            "وأسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة.",
            "وتحدث الوزير عن مسيرة التنمية في البلاد.",
            "وانطلقت مسيرة الشعلة من الساحة الكبرى.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "141");
    }

    [Fact]
    public void A_launch_a_test_is_for_is_no_attack_but_an_attack_a_convoy_or_a_base_suffered_is()
    {
        Assert.DoesNotContain(Run("وأجرى الجيش اختبارات متكررة لإطلاق قذائف من طراز حديث في الصحراء.").Events, EventArticle.Violent);
        Assert.Contains(Run("وتعرضت القافلة لهجوم مسلح قرب الحدود.").Events, EventArticle.Violent);
        Assert.Contains(Run("وتعرضت قاعدة عسكرية لهجوم صاروخي ليلة الأحد.").Events, EventArticle.Violent);
        Assert.Contains(Run("وتعرضت منصة نفطية لهجوم بطائرات مسيرة.").Events, EventArticle.Violent);
    }

    [Fact]
    public void Attacks_someone_expects_are_hypothetical_but_a_statement_after_a_fear_in_another_clause_is_not()
    {
        var doc = Run("ويتوقع المراقبون أن تشن الفصائل هجمات على مواقع الجيش.", "وكانت المرأة تخشى من الغرامة إذ قالت إنها ستدفعها.");
        Assert.True(Assert.Single(doc.Events, EventArticle.Violent).Hypothetical);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010" && e.Hypothetical);
    }

    [Theory]
    [InlineData("ويتوقع الخبراء أن تشن القوات الهجوم البري على البلدة.")]
    [InlineData("وتخشى السلطات من وقوع هجمات في العاصمة.")]
    [InlineData("ويتوقع المحللون والمراقبون أن تشن الفصائل هجمات على المواقع.")]
    public void An_attack_an_expectation_or_a_fear_governs_is_hypothetical(string sentence)
    {
        var attack = Assert.Single(Run(sentence).Events, EventArticle.Violent);
        Assert.True(attack.Hypothetical);
    }

    [Fact]
    public void Exposure_and_successful_tests_name_what_an_attack_would_be_for()
    {
        Assert.DoesNotContain(Run("وأصبح المراسلون عرضة للاغتيال في المدينة.").Events, EventArticle.Violent);
        Assert.DoesNotContain(Run("وأجرت البحرية تجارب ناجحة لإطلاق صواريخ بعيدة المدى.").Events, EventArticle.Violent);
    }

    [Theory]
    [InlineData("وتوقع الرئيس أن يزور نظيره قريبا وأدان هجوما استهدف القنصلية.")]
    [InlineData("وسط مخاوف أمنية عقب تفجير سيارة مفخخة في السوق.")]
    [InlineData("ويخشى السكان تكرار الهجوم الذي استهدف السوق أمس.")]
    [InlineData("وتوقع الوزير أن يلتقي نظيره غدا وأدان الهجوم على السفارة.")]
    public void An_attack_told_beside_a_fear_or_an_expectation_it_does_not_govern_is_done(string sentence)
    {
        var attack = Assert.Single(Run(sentence).Events, EventArticle.Violent);
        Assert.False(attack.Hypothetical);
    }

    [Fact]
    public void The_political_process_is_no_march()
    {
        Assert.DoesNotContain(Run("وأكد الوزير حرصه على دفع المسيرة السياسية والتفاوضية مع الجيران.").Events, e => e.Cameo == "141");
        Assert.Contains(Run("وانطلقت المسيرة الطلابية من أمام الجامعة.").Events, e => e.Cameo == "141");
    }

    [Fact]
    public void A_protest_noun_of_purpose_is_protested_by_the_subject_of_its_clause()
    {
        var doc = Run("وأضرب المعلمون في المدارس الحكومية احتجاجا على تأخر الرواتب.");
        var e = At(doc, "احتجاجا");
        Assert.Equal("المعلمون", Words(doc, e.Source));

        // A delay of wages names nobody: the protest is about it, not aimed at anyone (EventFinder.ProtestSides).
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_protest_stand_and_a_strike_are_protests()
    {
        var doc = Run("ونظم الطلاب وقفة احتجاجية أمام الوزارة.", "وبدأ سائقو الشاحنات إضرابا مفتوحا.");
        var stand = At(doc, "وقفة");
        Assert.Equal("141", stand.Cameo);
        Assert.Equal("الطلاب", Words(doc, stand.Source));
        Assert.Equal("143", At(doc, "إضرابا").Cameo);
    }

    [Fact]
    public void The_author_after_an_attack_noun_and_the_dead_it_caused()
    {
        var doc = Run("وأسفر هجوم انتحاري نفذه مسلحون مجهولون عن مقتل أربعة جنود.");
        var e = At(doc, "هجوم");
        Assert.Equal("مسلحون مجهولون", Words(doc, e.Source));
        Assert.Equal("أربعة جنود", Words(doc, e.Target));
    }

    [Fact]
    public void Soldiers_after_a_verb_of_killing_are_victims_not_killers()
    {
        var doc = Run("وقتل ثلاثة جنود في انفجار لغم أرضي على طريق المطار.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("جنود", StringComparison.Ordinal));
        Assert.Equal("ثلاثة جنود", Words(doc, At(doc, "انفجار").Target));
    }

    [Fact]
    public void Soldiers_counted_before_their_verb_of_dying_are_the_target()
    {
        // Men of a side that fights; counted civilians are no target (EventFinder.CivilianDead).
        var doc = Run("وقالت الشرطة إن خمسة جنود على الأقل لقوا حتفهم بانفجار شاحنة.");
        Assert.Equal("خمسة جنود", Words(doc, At(doc, "انفجار").Target));
    }

    [Fact]
    public void Warplanes_with_their_adjective_are_the_source_and_not_the_target()
    {
        var doc = Run("وقصفت طائرات حربية مواقع للمتمردين في الجبال.");
        var e = At(doc, "قصفت");
        Assert.Equal("طائرات حربية", Words(doc, e.Source));
        Assert.StartsWith("مواقع", Words(doc, e.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Civilians_in_the_genitive_of_shelling_are_not_its_author()
    {
        var doc = Run("وندد البيان بقصف المدنيين في الأحياء الشرقية.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("المدنيين", StringComparison.Ordinal));
    }

    [Fact]
    public void Whoever_survived_an_assassination_attempt_is_its_target()
    {
        var doc = Run("ونجا قائد الشرطة من محاولة اغتيال قرب منزله.");
        Assert.Contains("قائد الشرطة", Words(doc, At(doc, "اغتيال").Target), StringComparison.Ordinal);
    }

    [Fact]
    public void An_attack_named_as_a_case_or_a_mention_is_no_new_event()
    {
        var doc = Run("وتتابع المحكمة قضية اغتيال الصحافي منذ سنوات.", "ولم تكشف الشرطة من يقف وراء الهجوم.", "وقال إن أي هجوم على المدينة سيقابل برد حازم.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo[..2] is "18" or "19" or "20");
    }

    [Fact]
    public void A_purpose_noun_that_opens_its_sentence_has_no_clause_before_it()
    {
        var doc = Run("احتجاجا على القرار أغلق التجار محلاتهم في السوق القديمة.");
        Assert.Null(At(doc, "احتجاجا").Source);
    }

    [Fact]
    public void A_charge_a_tried_crime_or_an_act_braced_for_is_no_new_event()
    {
        var doc = Run(
            "وتحاكم المحكمة العسكرية ثلاثة رجال بتهمة اغتيال ضابط كبير.",
            "وفتحت النيابة تحقيقا في جريمة اغتيال القاضي.",
            "ونشرت البلدية فرق الإطفاء تحسبا لأي هجوم على المصافي.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo[..2] is "18" or "19" or "20");
    }

    [Fact]
    public void Protesters_doing_something_else_than_protesting_report_no_demonstration()
    {
        var doc = Run("وقرر المتظاهرون تأجيل اجتماعهم إلى الغد.", "وأصدر المحتجون بيانا باسم اللجنة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void Protesters_gathering_or_doing_the_act_a_light_verb_leads_to_report_a_demonstration()
    {
        var doc = Run("وتجمع المحتجون أمام مبنى البلدية.", "وأقدم المتظاهرون على إحراق الإطارات في الشارع.");
        Assert.Equal("المحتجون", Words(doc, At(doc, "تجمع").Source));
        Assert.Equal("141", At(doc, "أقدم").Cameo);
    }

    [Fact]
    public void An_accusation_of_assault_and_a_kind_of_abduction_a_reporter_speaks_of_are_no_new_events()
    {
        var doc = Run("ويواجه المدرب اتهامات بالاعتداء على لاعبين صغار.", "ويقول مراسلنا إن عمليات الاختطاف ليست شائعة في المنطقة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo[..2] is "18" or "19" or "20");
        Assert.Contains(doc.Events, e => e.Cameo == "010");
    }
}
