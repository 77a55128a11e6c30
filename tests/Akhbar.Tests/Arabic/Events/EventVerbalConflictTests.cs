using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Verbal conflict (CAMEO roots 10 to 13: demands, disapproval, rejection, threats) on sentences written for these tests:
/// threats whose step is a short noun or follows an adverb, threats by a participle, and subjects set apart from their verb
/// by a relative clause between commas.
/// </summary>
public sealed class EventVerbalConflictTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-verbal-conflict", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);

    [Fact]
    public void A_threat_whose_step_is_a_short_noun_or_follows_an_adverb_is_coded_without_an_addressee()
    {
        var doc = Run(
            "وهددت الحكومة الروسية بشن ضربات على مواقع المسلحين.",
            "وهدد وزير الدفاع الإسرائيلي في السابق بالرد على أي هجوم.",
            "وزادت إدارة الرئيس الأمريكي جو بايدن الضغط على الشركات، مهددة بفرض غرامات كبيرة.");
        var strikes = At(doc, "وهددت");
        Assert.Equal("130", strikes.Cameo);
        Assert.Contains("روسي", doc.Slice(strikes.Source!.Span), StringComparison.Ordinal);
        Assert.Null(strikes.Target);
        var answer = At(doc, "وهدد");
        Assert.Equal("13", answer.Cameo[..2]);
        var fines = At(doc, "مهددة");
        Assert.Equal("130", fines.Cameo);
        Assert.Contains("بايدن", doc.Slice(fines.Source!.Span), StringComparison.Ordinal);

        // What endangers is no threat, though its words read the same.
        var endangering = Run(
            "وقال الاتحاد الأوروبي إن القرار الجديد يهدد بتعقيد المفاوضات.",
            "وسقط اللاعب في الملعب مما يهدد بغيابه عن المباراة المقبلة.");
        Assert.DoesNotContain(endangering.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_after_a_relative_clause_between_commas_belongs_to_the_antecedent()
    {
        var doc = Run("وكان الرئيس التركي رجب طيب أردوغان، الذي تعتبر حكومته حزب العمال الكردستاني منظمة إرهابية، هدد بشن عملية عسكرية جديدة.");
        var threat = At(doc, "هدد");
        Assert.Equal("130", threat.Cameo);
        Assert.Contains("أردوغان", doc.Slice(threat.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_person_named_after_a_title_with_a_country_genitive_acts_not_the_country()
    {
        var doc = Run(
            "واتهم رئيس وزراء العراق حيدر العبادي تنظيم داعش بارتكاب المجزرة.",
            "وانتقد وزير خارجية البحرين الشيخ خالد بن أحمد آل خليفة تصريحات المسؤول الإيراني.");
        var accusation = At(doc, "واتهم");
        Assert.Equal("112", accusation.Cameo);
        Assert.Contains("العبادي", doc.Slice(accusation.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("داعش", doc.Slice(accusation.Target!.Span), StringComparison.Ordinal);
        var criticism = At(doc, "وانتقد");
        Assert.Contains("خالد بن أحمد", doc.Slice(criticism.Source!.Span), StringComparison.Ordinal);
        Assert.DoesNotContain("خالد", criticism.Target is { } t ? doc.Slice(t.Span) : "", StringComparison.Ordinal);
    }

    [Fact]
    public void Laying_the_blame_on_someone_is_an_accusation_of_them()
    {
        var doc = Run("وألقت الحكومة الفرنسية باللوم على حركة طالبان في الهجوم على السفارة.");
        var blame = At(doc, "وألقت");
        Assert.Equal("112", blame.Cameo);
        Assert.Contains("الفرنسية", doc.Slice(blame.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("طالبان", doc.Slice(blame.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_subjects_title_between_commas_is_not_the_object_but_a_body_named_there_is()
    {
        var doc = Run(
            "واتهم مقتدى الصدر، زعيم التيار الصدري، الحكومة العراقية بالفساد.",
            "وانتقد رئيس مجلس العشائر، سالم العبيدي، الحكومة الأردنية بشدة.");
        var accusation = At(doc, "واتهم");
        Assert.Equal("112", accusation.Cameo);
        Assert.Contains("الحكومة العراقية", doc.Slice(accusation.Target!.Span), StringComparison.Ordinal);
        var criticism = At(doc, "وانتقد");
        Assert.Contains("الحكومة الأردنية", doc.Slice(criticism.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_joined_by_wa_with_an_object_pronoun_is_not_made_by_the_name_right_before_it()
    {
        var doc = Run("وانتقد رئيس الوزراء الأردني عمر الرزاز زيارة النائب إلى مقر حزب الله ووصفها بالاستفزازية.");
        var described = At(doc, "ووصفها");
        Assert.Equal("111", described.Cameo);
        Assert.Contains("الرزاز", doc.Slice(described.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_recent_period_between_the_subject_and_the_object_stands_where_an_adverb_would()
    {
        var doc = Run("وهددت روسيا في الأيام الأخيرة أوكرانيا بعواقب وخيمة.");
        var threat = At(doc, "وهددت");
        Assert.Equal("130", threat.Cameo);
        Assert.Equal("روسيا", doc.Slice(threat.Source!.Span));
        Assert.Equal("أوكرانيا", doc.Slice(threat.Target!.Span));
    }
}
