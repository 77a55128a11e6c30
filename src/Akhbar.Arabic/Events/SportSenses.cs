using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Drops the events that sport reports' words make in their political sense (<see cref="SportContext"/> says which pages
/// are sport pages). On a sport page "هجوم" and "الهجمات" are attacks on goal, "مواجهات" matches, "سيطرة" possession, "غزو"
/// a conquest of a market: no fight (CAMEO 19) there is a fight; "مناورة" is a dribble or a training drill (15); a match
/// "لقاء" or teams that "يلتقي" play each other (04, when no person meets), and a team that "استقبل" goals conceded them
/// (04); a player "طرد" is sent off (17); a club that "يخطف" players signs them (18); "مسيرة" is a career (14). Over 300 ant-multisource sport articles and 300 SaudiNewsNet
/// sport pages the engine reported 1,718 events, 205 of them outside statements; these readings were most of the wrong
/// ones (docs/stages/events.md, "wt-sport").
/// </summary>
public static class SportSenses
{
    /// <summary>Folded pieces of the trigger words that name a meeting in the sense of a match ("لقاء", "يلتقي", "مواجهة").</summary>
    private static readonly string[] MatchWords = ["لقاء", "لتقي", "مواجه"];

    /// <summary>Removes those events from <paramref name="events"/> on a sport page, before statements are coded by the events their words tell of.</summary>
    public static void Without(Document document, List<CodedEvent> events)
    {
        // The page's answer is decided once per document (the entity stage has it), so it is asked first: most pages are no
        // sport pages, and each event's test folds its trigger.
        if (SportContext.Of(document))
        {
            events.RemoveAll(e => IsSportSense(document, e));
        }
    }

    private static bool IsSportSense(Document document, CodedEvent e)
    {
        if (e.Basis == EventBasis.Quote || e.Cameo.Length < 2)
        {
            return false;
        }

        var root = e.Cameo.AsSpan(0, 2);
        if (root is "19" or "15")
        {
            return true;
        }

        var trigger = ArabicFolding.Fold(document.Text.AsSpan(e.Trigger.Start, e.Trigger.Length));
        return root switch
        {
            "04" => (Array.Exists(MatchWords, w => trigger.Contains(w, StringComparison.Ordinal)) && !IsPerson(document, e.Source)) || ConcedesGoals(document, e, trigger),
            "14" => trigger.Contains("مسيره", StringComparison.Ordinal),
            "17" => trigger.Contains("طرد", StringComparison.Ordinal),
            "18" => trigger.Contains("خطف", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Folded words for goals, one of which after "استقبل" makes it "conceded" ("استقبلت شباكه هدفين"، "استقبلت أربعة أهداف").</summary>
    private static readonly string[] GoalWords = ["هدف", "اهداف"];

    /// <summary>How far after the trigger, in characters, a goal word is read as what was conceded (a count and a name may stand between).</summary>
    private const int GoalReach = 40;

    /// <summary>
    /// A hosting verb (043, "استقبل") followed closely by goals: a team or its net that "received" goals conceded them, whoever
    /// the sentence's speaker is (the source may be a coach carried over from a quote).
    /// </summary>
    private static bool ConcedesGoals(Document document, CodedEvent e, string trigger)
    {
        if (!trigger.Contains("ستقبل", StringComparison.Ordinal))
        {
            return false;
        }

        var end = Math.Min(document.Text.Length, e.Trigger.End + GoalReach);
        var after = ArabicFolding.Fold(document.Text.AsSpan(e.Trigger.End, end - e.Trigger.End));
        return Array.Exists(GoalWords, w => after.Contains(w, StringComparison.Ordinal));
    }

    private static bool IsPerson(Document document, EventArgument? argument) =>
        argument?.EntityId is { } id && document.LinkedEntities.FirstOrDefault(x => x.Id == id) is { Type: EntityType.Person };
}
