using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// "وقال البيان" speaks for the statement's issuer when the text named it with a verb of issuing ("أصدرت الوزارة بيانا"،
/// "بيان نشرته القوات المسلحة"), after a preposition ("وفقا لبيان لدائرة") or after an adjective ("بيان مشترك للقادة")
/// (EventFinder.IssuingVerbs, branch wt-evactors3). Sentences written for these tests.
/// </summary>
public sealed class EventStatementIssuerTests
{
    private static Document Run(string text) => EventArticle.Run("events-statement-issuer", "2021-05-06", text);

    private static string SourceOf(Document doc, string trigger) =>
        doc.Events.Single(e => doc.Slice(e.Trigger) == trigger) is { Source: { } source } ? doc.Slice(source.Span) : "";

    [Fact]
    public void A_statement_issued_by_the_subject_of_asdara_speaks_for_it()
    {
        var doc = Run("أصدرت وزارة الخارجية الفرنسية بيانا السبت بشأن الأحداث على الحدود. وطالب البيان برفع القيود المفروضة على القطاع.");
        Assert.Equal("وزارة الخارجية الفرنسية", SourceOf(doc, "وطالب"));
    }

    [Fact]
    public void A_statement_with_a_verb_of_publishing_and_its_pronoun_speaks_for_the_publisher()
    {
        var doc = Run("قتل ثلاثة مسلحين في عملية أمنية شمال البلاد، حسب بيان نشرته القوات المسلحة. وأكد البيان أن العمليات ستستمر حتى تطهير المنطقة.");
        Assert.Contains("القوات المسلحة", SourceOf(doc, "وأكد"));
    }

    [Fact]
    public void A_statement_after_a_preposition_keeps_its_issuer()
    {
        var doc = Run("دعت المفوضية الأوروبية إلى ضبط النفس، وفقا لبيان لدائرة الشؤون الخارجية. وقال البيان إن الاتحاد يتابع الوضع عن كثب.");
        Assert.Contains("دائرة الشؤون الخارجية", SourceOf(doc, "وقال"));
    }

    [Fact]
    public void The_speaker_who_said_it_in_the_statement_comes_before_the_agency_that_published_it()
    {
        var doc = Run("وقالت وزارة الداخلية الإماراتية في بيان نشرته وكالة الأنباء الرسمية إن الشرطة فككت عصابة للقرصنة. وأضاف البيان أن العصابة استهدفت حسابات مصرفية.");
        Assert.Equal("وزارة الداخلية الإماراتية", SourceOf(doc, "وأضاف"));
    }

    [Fact]
    public void A_definite_statement_after_a_glued_preposition_takes_no_adjective_for_its_issuer()
    {
        var doc = Run("رحبت وزارة الخارجية السعودية بالبيان الختامي لقمة بروكسل. وطالب البيان إيران بوقف تدخلاتها في المنطقة.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span) == "الختامي");
    }

    [Fact]
    public void An_accusative_adjective_may_stand_between_an_issued_statement_and_its_issuer()
    {
        var doc = Run("وزعت السفارة بيانا مشتركا للحكومة السورية. وطالب البيان تركيا بسحب قواتها من الشمال.");
        Assert.Contains("لحكومة السورية", SourceOf(doc, "وطالب"));
    }
}
