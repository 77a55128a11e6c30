using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evstmt5): a meeting noun that carries its owner as a
/// pronoun ("خلال لقائه مع") names who met in that pronoun, the side named last before it in the sentence, not the
/// speaker carried over from the paragraph before; a preposition before a title reaches the person named after the
/// title's ل-genitive ("بالأمين العام للأمم المتحدة أنطونيو غوتيريش").
/// </summary>
public sealed class EventPossessiveMeetingTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-stmt5-possessive", "2018-07-07", paragraphs);

    [Fact]
    public void The_pronoun_of_a_meeting_noun_is_the_side_named_before_it()
    {
        var doc = Run(
            "وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده تدعم الحل السياسي.",
            "ويخشى الحلفاء أن يتخذ الرئيس الأميركي، دونالد ترمب، قرارات مفاجئة خلال لقائه مع الرئيس الروسي، فلاديمير بوتين.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Contains("ترمب", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        var putin = doc.LinkedEntities.Single(x => x.Name.Contains("بوتين", StringComparison.Ordinal));
        Assert.Equal(putin.Id, meeting.Target!.EntityId);
    }

    [Fact]
    public void A_group_named_by_a_common_noun_meets_through_the_pronoun_of_her_meeting()
    {
        var doc = Run("ورفضت الحكومة الأردنية سحب مشروع القانون خلال اجتماعها مع النقابات المهنية يوم السبت.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Contains("الحكومة", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("النقابات", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_its_body_after_lam_leads_to_the_person_named_after_it()
    {
        var doc = Run("وأكد وزير الخارجية الأردني أيمن الصفدي خلال لقائه بالأمين العام للأمم المتحدة أنطونيو غوتيريش أن بلاده تبذل جهودا كبيرة.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Contains("الصفدي", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("غوتيريش", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_visit_noun_with_a_pronoun_stays_a_reference()
    {
        var doc = Run("وقال السفير إنه سيفتتح مكتبا للإعمار في المحافظة خلال زيارته مع وفد من رجال الأعمال.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "042");
    }
}
