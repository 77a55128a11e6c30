using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop3): a meeting noun with the dual pronoun هما
/// ("قمتهما"، "لقائهما") was held by the two actors the sentence joined by و before it; the possessive forms of قمة are
/// meeting words like those of لقاء.
/// </summary>
public sealed class EventDualMeetingTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop3-dual-meeting", "2018-06-15", paragraphs);

    [Fact]
    public void A_summit_of_the_two_leaders_named_before_is_theirs()
    {
        var doc = Run("واتفق الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه إن خلال قمتهما الشهر الماضي على خطوات للتهدئة.");
        var summit = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Contains("قمتهما", doc.Slice(summit.Trigger), StringComparison.Ordinal);
        Assert.Contains("كيم", doc.Slice(summit.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("مون", doc.Slice(summit.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summit_with_its_partner_after_the_possessive_is_a_meeting()
    {
        var doc = Run("وقال الرئيس الأمريكي دونالد ترامب بعد قمته مع الرئيس الروسي فلاديمير بوتين إن العلاقات تحسنت.");
        var summit = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Contains("بوتين", doc.Slice(summit.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_who_met_a_third_are_not_each_others_partner()
    {
        var doc = Run("وقال المدرب إن اللاعبين أوزيل وغوندوغان أخطآ بعد لقائهما الرئيس التركي رجب طيب أردوغان في لندن.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "040" && e.Target is { } t && doc.Slice(t.Span).Contains("غوندوغان", StringComparison.Ordinal));
    }
}
