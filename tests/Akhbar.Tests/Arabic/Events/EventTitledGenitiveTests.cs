using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop3): the genitive of a visit or meeting noun that is
/// a title with its holder's name ("زيارة الرئيس الأمريكي دونالد ترامب"، "لقاء وزير الخارجية ... مع نظيره") names who
/// visited or met, as the bare name does; a meeting's genitive with no partner after it, or after the article, does not.
/// </summary>
public sealed class EventTitledGenitiveTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop3-titled-genitive", "2018-07-12", paragraphs);

    [Fact]
    public void A_visit_of_a_titled_president_is_his()
    {
        var doc = Run("وتظاهر الآلاف في لندن احتجاجا على زيارة الرئيس الأمريكي دونالد ترامب إلى بريطانيا.");
        var visit = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Contains("ترامب", doc.Slice(visit.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("بريطانيا", doc.Slice(visit.Target!.Span));
    }

    [Fact]
    public void A_meeting_of_a_titled_minister_with_his_counterpart_is_theirs()
    {
        var doc = Run("وجاء الإعلان عقب لقاء وزير الخارجية الأمريكي مايك بومبيو مع نظيره الروسي سيرغي لافروف في هلسنكي.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Contains("بومبيو", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("لافروف", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Whom_one_agrees_to_meet_or_meets_on_the_side_of_a_meeting_did_not_meet()
    {
        var doc = Run(
            "وأعلن البيت الأبيض أن الرئيس وافق على لقاء زعيم كوريا الشمالية كيم جونغ أون.",
            "ويلتقي رئيس الحكومة على هامش الاجتماع رئيس المفوضية الأوروبية جان كلود يونكر.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Source is { } s
            && (doc.Slice(s.Span).Contains("كيم", StringComparison.Ordinal) || doc.Slice(s.Span).Contains("يونكر", StringComparison.Ordinal)));
    }
}
