using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop2): a quote behind a plain reporting verb the
/// event lexicon does not list (a pledge, an admission, a forecast) is a statement (010) of its speaker; "أقر" only when
/// what is admitted follows, not when a body approves a text; and the impersonal "ويتوقع أن" is nobody's statement.
/// </summary>
public sealed class EventReportingCueTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop2-cues", "2021-05-06", paragraphs);

    private static CodedEvent StatementAt(Document doc, string cue) =>
        Assert.Single(doc.Events, e => e.Cameo == "010" && doc.Slice(e.Trigger) == cue);

    [Fact]
    public void A_pledge_and_an_admission_are_statements_of_their_speakers()
    {
        var doc = Run(
            "وتعهد وزير الخارجية الأردني أيمن الصفدي بمواصلة الجهود الدبلوماسية لإنهاء الأزمة.",
            "واعترف رئيس الوزراء البريطاني بوريس جونسون بأن الحكومة ارتكبت أخطاء في إدارة الملف.");
        Assert.Contains("الصفدي", doc.Slice(StatementAt(doc, "وتعهد").Source!.Span), StringComparison.Ordinal);
        Assert.Contains("جونسون", doc.Slice(StatementAt(doc, "واعترف").Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Aqarra_is_a_statement_when_it_admits_and_none_when_a_body_approves()
    {
        var doc = Run(
            "وأقر وزير الداخلية الفرنسي جيرار كولومب بأن الشرطة تأخرت في الوصول.",
            "وأقر مجلس الشيوخ الإصلاح الذي يريده الرئيس بتأييد 245 صوتا.");
        Assert.Contains("كولومب", doc.Slice(StatementAt(doc, "وأقر").Source!.Span), StringComparison.Ordinal);
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأقر");
    }

    [Fact]
    public void A_forecast_is_a_statement_unless_it_is_the_impersonal_present()
    {
        var doc = Run(
            "وتوقع وزير المالية السعودي محمد الجدعان أن يرتفع النمو العام المقبل.",
            "وقال الوزير إن الاقتصاد يتعافى. ويتوقع أن ترتفع الأسعار مجددا الأسبوع المقبل.");
        Assert.Contains("الجدعان", doc.Slice(StatementAt(doc, "وتوقع").Source!.Span), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "ويتوقع");
    }
}
