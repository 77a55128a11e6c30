using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Plain statements whose words do more than tell: they say an actor harms (criticism of that actor), the speaker calls on or
/// demands of a side in the first person singular (an appeal or a demand), name an actor's involvement (an accusation), or a
/// warning promises a side a cost (a threat); sentences written for these tests.
/// </summary>
public sealed class EventStatementActTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-statement-acts", "2021-06-01", paragraphs);

    private static CodedEvent SaidBy(Document doc, string speaker) =>
        Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && e.Source is { } s && doc.Slice(s.Span).Contains(speaker, StringComparison.Ordinal));

    [Fact]
    public void Words_that_say_an_actor_or_its_policy_harms_criticize_that_actor()
    {
        var doc = Run(
            "وقال المبعوث الأميركي جون سميث إن برنامج طهران الصاروخي يزيد من التوترات في المنطقة.",
            "وأضاف وزير الخارجية الكندي أن سياسات الحكومة الفنزويلية تهدد استقرار الجيران.");
        var tension = SaidBy(doc, "جون سميث");
        Assert.Equal("111", tension.Cameo);
        Assert.Equal("طهران", doc.Slice(tension.Target!.Span));
        var policies = SaidBy(doc, "الكندي");
        Assert.Equal("111", policies.Cameo);
        Assert.Contains("الحكومة الفنزويلية", doc.Slice(policies.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_harm_done_by_a_thing_or_denied_or_told_in_a_clause_of_its_own_criticizes_no_one_named_before_it()
    {
        var doc = Run(
            "وقال وزير الخارجية البريطاني بوريس جونسون إن الجفاف يهدد سوريا.",
            "وقالت وزيرة الخارجية الأسترالية إن الصين لم تعلق على تقارير تفيد بأن الفيضانات تهدد السكان.",
            "وقال وزير الدفاع الألماني إن روسيا لا تهدد أحدا في المنطقة.");
        Assert.Equal("010", SaidBy(doc, "جونسون").Cameo);
        Assert.Equal("010", SaidBy(doc, "الأسترالية").Cameo);
        Assert.Equal("010", SaidBy(doc, "الألماني").Cameo);
    }

    [Fact]
    public void A_speaker_who_calls_on_or_demands_of_a_side_in_the_first_person_appeals_or_demands()
    {
        var doc = Run(
            "وقال رئيس الوزراء العراقي في بيان: \"ومن أجل المصلحة الوطنية أدعو الحكومة الكويتية إلى فتح الحدود\".",
            "وأضاف الأمين العام للأمم المتحدة: \"أطالب حماس بالكف عن إطلاق الصواريخ\".");
        var appeal = SaidBy(doc, "رئيس الوزراء");
        Assert.Equal("020", appeal.Cameo);
        Assert.Equal("الحكومة الكويتية", doc.Slice(appeal.Target!.Span));
        var demand = SaidBy(doc, "الأمين العام");
        Assert.StartsWith("10", demand.Cameo, StringComparison.Ordinal);
        Assert.Equal("حماس", doc.Slice(demand.Target!.Span));
    }

    [Fact]
    public void Asking_forgiveness_and_a_passive_conviction_are_no_appeal_nor_condemnation()
    {
        var doc = Run(
            "وقال الرئيس الألماني: \"أطلب الصفح اليوم عن هذا الظلم\".",
            "وقال المحامي إن التهمة التي أدين بها موكله ملفقة.");
        Assert.Equal("010", SaidBy(doc, "الرئيس الألماني").Cameo);
        Assert.Equal("010", SaidBy(doc, "المحامي").Cameo);
    }

    [Fact]
    public void A_warning_that_a_side_will_pay_a_price_threatens_that_side()
    {
        var doc = Run("وقال الرئيس الأمريكي دونالد ترامب إنه سيتخذ قرارات مهمة، محذرا بأن دمشق ستدفع ثمنا باهظا.");
        var warning = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("محذرا", StringComparison.Ordinal));
        Assert.Equal("130", warning.Cameo);
        Assert.Equal("دمشق", doc.Slice(warning.Target!.Span));
    }

    [Fact]
    public void Words_naming_an_actors_involvement_accuse_it_unless_they_deny_it()
    {
        var doc = Run(
            "وقال الجيش الروسي إن لديه أدلة على تورط بريطانيا في الهجوم.",
            "وقال وزير الخارجية الأمريكي إن واشنطن استبعدت أي تورط للسلطات الفرنسية في القضية.");
        var charge = SaidBy(doc, "الجيش الروسي");
        Assert.Equal("112", charge.Cameo);
        Assert.Equal("بريطانيا", doc.Slice(charge.Target!.Span));
        Assert.Equal("010", SaidBy(doc, "الأمريكي").Cameo);
    }

    [Fact]
    public void An_actor_held_alone_or_perhaps_responsible_for_a_harm_is_accused_but_not_one_responsible_for_a_duty()
    {
        var doc = Run(
            "واعتبر السفير الإسرائيلي داني دانون أن حماس مسؤولة وحدها عن التصعيد في غزة.",
            "وقال الرئيس الأميركي دونالد ترمب إن الرد سيأتي خلال ساعات، مشيرا إلى أن بوتين ربما يكون مسؤولا عن الهجوم.",
            "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحكومة اللبنانية قد تكون مسؤولة عن حماية المدنيين.");
        var alone = SaidBy(doc, "دانون");
        Assert.Equal("112", alone.Cameo);
        Assert.Equal("حماس", doc.Slice(alone.Target!.Span));
        var perhaps = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("مشيرا", StringComparison.Ordinal));
        Assert.Equal("112", perhaps.Cameo);
        Assert.Equal("بوتين", doc.Slice(perhaps.Target!.Span));
        Assert.Equal("010", SaidBy(doc, "ماكرون").Cameo);
    }
}
