using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Event words added to the curated lexicon for unseen text (praise, welcome, apology, abduction, infiltration), the
/// agent after "على يد", and group phrases that stop where the adjectives stop, on sentences written for these tests.
/// </summary>
public sealed class EventLexiconBreadthTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-breadth", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void Praise_welcome_and_apology_are_coded()
    {
        var doc = Run(
            "وأشاد وزير الخارجية السعودي عادل الجبير بالرئيس الفرنسي إيمانويل ماكرون.",
            "ورحبت الحكومة العراقية بقرار مجلس الأمن.",
            "واعتذر رئيس الوزراء الياباني شينزو آبي للصين عن الحادثة.");
        Assert.Equal("051", At(doc, "أشاد").Cameo);
        Assert.Equal("051", At(doc, "رحبت").Cameo);
        Assert.Equal("055", At(doc, "اعتذر").Cameo);
    }

    [Fact]
    public void An_abduction_with_neither_author_nor_victim_is_a_kind_of_crime_not_an_event()
    {
        var doc = Run("وتحدث التقرير عن تزايد عمليات الخطف في المنطقة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "181");
    }

    [Fact]
    public void Infiltration_is_force_only_by_an_armed_side()
    {
        var doc = Run("وتسلل الجيش الإسرائيلي إلى قرية لبنانية قرب الحدود.", "وتسلل المهاجرون عبر الحدود ليلا.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.Equal("الجيش الإسرائيلي", doc.Slice(e.Source!.Span));
    }

    [Fact]
    public void A_definite_group_takes_only_the_adjectives_that_agree_with_it()
    {
        var doc = Run("واعتقلت الشرطة الصحفي سامر في المطار.", "وطوقت القوات السورية المبنى.");
        Assert.Equal("الشرطة", doc.Slice(At(doc, "اعتقلت").Source!.Span));
        Assert.Equal("القوات السورية", doc.Slice(At(doc, "طوقت").Source!.Span));
    }

    [Fact]
    public void A_participle_after_a_comma_acts_with_the_subject_of_the_sentence()
    {
        var doc = Run("وأكد الجيش اللبناني أن الطائرة دخلت الأجواء، متوعدا بالرد على إسرائيل.", "وانتقد الاتحاد الأوروبي القرار، مطالبا بإلغائه فورا.");
        var threat = At(doc, "متوعدا");
        Assert.Equal("130", threat.Cameo);
        Assert.Equal("الجيش اللبناني", doc.Slice(threat.Source!.Span));
        Assert.Equal("الاتحاد الأوروبي", doc.Slice(At(doc, "مطالبا").Source!.Span));
    }

    [Fact]
    public void A_verb_joined_by_waw_shares_the_subject_of_the_verb_that_opens_the_sentence()
    {
        var doc = Run("داهمت قوات الأمن التركية منزلا في أنقرة واعتقلت ثلاثة أشخاص.", "وصلت الطائرة إلى المطار واعتقلت الشرطة راكبا.");
        var arrests = doc.Events.Where(e => e.Cameo == "173").ToList();
        Assert.Equal(2, arrests.Count);
        Assert.Equal("قوات الأمن التركية", doc.Slice(arrests[0].Source!.Span));
        Assert.Equal("الشرطة", doc.Slice(arrests[1].Source!.Span));
    }

    [Fact]
    public void Consultations_a_telephone_call_and_a_ramming_are_coded()
    {
        var doc = Run(
            "وأجرى وزير الخارجية المصري سامح شكري مشاورات مع نظيره الأردني أيمن الصفدي.",
            "وتلقى الرئيس المصري عبد الفتاح السيسي مكالمة هاتفية من الرئيس الفرنسي إيمانويل ماكرون.",
            "ودهس رجل بسيارته عددا من المارة في وسط المدينة.");
        Assert.Contains(doc.Events, e => e.Cameo == "040");
        Assert.Contains(doc.Events, e => e.Cameo == "041");
        Assert.Contains(doc.Events, e => e.Cameo == "180");
    }

    [Fact]
    public void A_call_someone_heard_is_no_telephone_diplomacy()
    {
        var doc = Run("وسمعت النائبة الأمريكية فريدة سالم المكالمة المسجلة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "041");
    }

    [Fact]
    public void A_subject_before_kanat_qad_is_the_subject_of_the_verb_after_them()
    {
        var doc = Run("اعتقلت الشرطة التركية الصحفي أحمد الشمري في إسطنبول.", "وقالت مصادر إن الشرطة كانت قد اعتقلت الشمري العام الماضي.");
        var arrests = doc.Events.Where(e => e.Cameo == "173").ToList();
        Assert.Equal(2, arrests.Count);
        Assert.Equal(arrests[0].Source!.EntityId, arrests[1].Source!.EntityId);
        Assert.Equal(arrests[0].Target!.EntityId, arrests[1].Target!.EntityId);
    }

    [Fact]
    public void An_arrest_told_in_the_passive_is_the_speakers_and_names_who_was_held()
    {
        var doc = Run("وقالت وزارة الداخلية المغربية إنه تم القبض على ثلاثة أشخاص في الدار البيضاء.");
        var e = At(doc, "القبض");
        Assert.Equal("173", e.Cameo);
        Assert.Equal("ثلاثة أشخاص", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void Strike_idioms_and_blows_of_nature_are_no_force()
    {
        var doc = Run(
            "وضرب وزير الداخلية العراقي مثالا على نجاح الخطة.",
            "وضربت الحكومة عرض الحائط بمطالب المعارضة.",
            "وضرب الزلزال المدينة فجر السبت.",
            "وضرب الجيش الإسرائيلي مواقع لحركة حماس في غزة.");
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("الجيش الإسرائيلي", doc.Slice(e.Source!.Span));
    }

    [Fact]
    public void The_pronoun_on_an_assassination_or_abduction_noun_is_its_victim_unless_an_object_follows()
    {
        var doc = Run(
            "وكان القيادي عماد مغنية في اجتماع مع مسؤولين سوريين قبل قليل من اغتياله في دمشق.",
            "وسجن الرجل أحمد فهمي بعد إدانته لخطفه طفلا من حديقة عامة.");
        var killing = At(doc, "اغتياله");
        Assert.Null(killing.Source);
        Assert.Contains("مغنية", doc.Slice(killing.Target!.Span), StringComparison.Ordinal);
        Assert.Contains("فهمي", doc.Slice(At(doc, "لخطفه").Source!.Span), StringComparison.Ordinal);
    }
}
