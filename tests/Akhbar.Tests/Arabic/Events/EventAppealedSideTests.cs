using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop): the sides an appeal or an invitation is
/// addressed to when the text names them by a common noun of states or parties ("الأطراف الموقعة"، "الدول الأعضاء").
/// </summary>
public sealed class EventAppealedSideTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop-appealed", "2021-03-04", paragraphs);

    [Fact]
    public void Parties_invited_to_a_meeting_are_the_invitation_target()
    {
        var doc = Run("دعا وزير الخارجية البريطاني، بوريس جونسون، الأطراف الموقعة على المعاهدة إلى اجتماع في لندن الشهر المقبل.");
        var invitation = Assert.Single(doc.Events, e => e.Cameo == "043");
        Assert.Equal("بوريس جونسون", Name(doc, invitation.Source));
        Assert.StartsWith("الأطراف", doc.Slice(invitation.Target!.Span), StringComparison.Ordinal);
    }
}
