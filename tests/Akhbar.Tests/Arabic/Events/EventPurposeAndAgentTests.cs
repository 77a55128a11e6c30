using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Triggers missed entirely on unseen text (issue 7, branch wt-evrec, thirteenth session): the appeal verb حضّ, the demand
/// noun مطالبة as the purpose of an act ("للمطالبة ب"), the agent in the genitive of a verbal noun before the weapon that
/// completes it ("إطلاق الحوثيين صواريخ"), and a court's sentence (حكم ... بالسجن, 173). Sentences written for these tests.
/// </summary>
public sealed class EventPurposeAndAgentTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-purpose-agent", "2021-09-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    [Fact]
    public void Urging_with_hadd_is_an_appeal_like_hathth()
    {
        var doc = Run("وحضت الحكومة المواطنين على البقاء في منازلهم خلال العاصفة.");
        var appeal = At(doc, "وحضت");
        Assert.Equal("020", appeal.Cameo);
        Assert.Equal("الحكومة", Slice(doc, appeal.Source));
    }

    [Fact]
    public void A_demand_given_as_the_purpose_of_a_protest_is_the_protesters_demand()
    {
        var doc = Run("وتظاهر مئات العمال أمام مقر الوزارة للمطالبة بصرف رواتبهم المتأخرة.");
        var demand = At(doc, "للمطالبة");
        Assert.Equal("10", demand.Cameo[..2]);
        Assert.Contains("العمال", Slice(doc, demand.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_purpose_demand_with_no_act_before_it_is_not_given_to_the_place_of_the_gathering()
    {
        var doc = Run("وتجمع مئات العمال أمام مقر الوزارة للمطالبة بصرف رواتبهم المتأخرة.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("للمطالبة", StringComparison.Ordinal) && e.Source is not null);
    }

    [Fact]
    public void The_passive_participle_and_the_adjective_of_the_demand_noun_are_no_demand()
    {
        var doc = Run(
            "وقال المدرب إن إدارة النادي مطالبة بإعادة بناء الفريق قبل الموسم المقبل.",
            "وتعالت الأصوات المطالبة بإقالة المدير بعد الخسارة.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("مطالبة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_purpose_demand_after_an_act_that_names_nobody_has_no_invented_author()
    {
        var doc = Run("وأصيب عشرات الفلسطينيين برصاص الجيش منذ بدء تظاهرات على الحدود للمطالبة بحق العودة.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("للمطالبة", StringComparison.Ordinal) && e.Source is not null);
    }

    [Fact]
    public void The_group_between_a_launch_noun_and_its_missiles_launched_them()
    {
        var doc = Run("وأدانت الحكومة الأردنية إطلاق الحوثيين 7 صواريخ باليستية على مدن سعودية.");
        var launch = At(doc, "إطلاق");
        Assert.Equal("195", launch.Cameo);
        Assert.Contains("الحوثيين", Slice(doc, launch.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Air_defences_in_the_genitive_of_an_interception_intercepted()
    {
        var doc = Run("وأعلن المتحدث باسم التحالف اعتراض قوات الدفاع الجوي لصاروخ باليستي فوق المدينة.");
        var interception = At(doc, "اعتراض");
        Assert.Equal("190", interception.Cameo);
        Assert.Contains("الدفاع الجوي", Slice(doc, interception.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_object_after_the_genitive_is_no_launch()
    {
        var doc = Run("وتحدث الخبراء عن تجارب إطلاق الجيش الصواريخ في الصحراء.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("إطلاق", StringComparison.Ordinal));
    }

    [Fact]
    public void A_court_sentencing_someone_to_prison_is_legal_action_against_him()
    {
        var doc = Run("وحكمت محكمة عسكرية على الصحفي المعارض بالسجن خمس سنوات بتهمة نشر أخبار كاذبة.");
        var sentence = At(doc, "وحكمت");
        Assert.Equal("173", sentence.Cameo);
        Assert.Equal("محكمة عسكرية", Slice(doc, sentence.Source));
        Assert.Contains("الصحفي", Slice(doc, sentence.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_told_in_the_passive_names_no_court()
    {
        var doc = Run("وقال المحامي إن موكله بريء.", "وكان قد حكم على الناشط بالسجن عشر سنوات في العام الماضي.");
        var sentence = At(doc, "حكم");
        Assert.Equal("173", sentence.Cameo);
        Assert.Null(sentence.Source);
        Assert.Contains("الناشط", Slice(doc, sentence.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Ruling_a_country_and_a_penalty_in_general_are_no_sentence()
    {
        var doc = Run(
            "وحكم الرئيس البلاد ثلاثين عاما قبل أن يتنحى.",
            "وينص القانون على أنه يمكن الحكم بالسجن لمدة عامين على من يخالف القواعد.",
            "وأبقت المحكمة حكم البراءة، والحكم عليه بالسجن مع وقف التنفيذ.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "173");
    }

    [Fact]
    public void The_one_sentenced_after_the_penalty_of_a_sentence_noun_is_its_target()
    {
        var doc = Run("وأصدرت محكمة عسكرية حكما بالسجن عشر سنوات بحق المدون المعارض بتهمة إهانة الجيش.");
        var sentence = At(doc, "حكما");
        Assert.Equal("173", sentence.Cameo);
        Assert.Equal("محكمة عسكرية", Slice(doc, sentence.Source));
        Assert.Contains("المدون", Slice(doc, sentence.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_jury_panel_that_sentences_is_the_court()
    {
        // "هيئة" is written with ئ, which the keys fold to ي.
        var doc = Run("وحكمت هيئة المحلفين على المتهم بالسجن عشر سنوات بتهمة الاحتيال.");
        var sentence = At(doc, "وحكمت");
        Assert.Equal("173", sentence.Cameo);
        Assert.Equal("هيئة المحلفين", Slice(doc, sentence.Source));
    }

    [Fact]
    public void A_life_sentence_named_by_its_adjective_alone_is_a_sentence()
    {
        // "بالمؤبد" without السجن; ؤ folds to و.
        var doc = Run("وحكمت محكمة الجنايات على المتهم بالمؤبد بعد إدانته بالقتل.");
        var sentence = At(doc, "وحكمت");
        Assert.Equal("173", sentence.Cameo);
        Assert.Contains("المتهم", Slice(doc, sentence.Target), StringComparison.Ordinal);
    }
}
