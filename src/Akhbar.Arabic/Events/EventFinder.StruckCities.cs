using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قتل 26 شخصا من جراء هجوم انتحاري ضرب العاصمة الأفغانية كابل"، "قتلت فتاة وأصيب 6 أشخاص بعد تفجير انتحاري في العاصمة
/// الأفغانية كابل": a bombing reported through its dead struck the city the text names right after it, and the gold gives that
/// city as its target and place (gold/events-test8, -test9), while the count of the dead is a casualty clause, which the gold
/// does not annotate. A bombing (18) whose target would be that count takes the city or country named right after its noun
/// (across its adjectives, after في or a verb of striking or witnessing) instead; with no such place the dead stay its target.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded verbs after an attack noun whose object is the place it struck or that saw it (without a leading و).</summary>
    private static readonly HashSet<string> StrikingVerbs = new(StringComparer.Ordinal) { "ضرب", "ضربت", "استهدف", "استهدفت", "هز", "هزت", "شهدته", "شهدتها" };

    /// <summary>
    /// The target of an attack noun ending at <paramref name="last"/> that a rule found through its dead: when the noun is a
    /// bombing (<paramref name="bombing"/>), the city or country it struck if one follows; otherwise <paramref name="dead"/>.
    /// </summary>
    private EventArgument? DeadOrStruckCity(bool bombing, int last, int end, EventArgument? dead) =>
        (bombing ? StruckCity(last, end) : null) ?? dead;

    /// <summary>The city or country struck by the attack noun ending at <paramref name="last"/>, as an argument; null when none follows.</summary>
    private EventArgument? StruckCity(int last, int end)
    {
        for (var j = last + 1; j + 1 < end && j <= last + 4; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key == "في" || StrikingVerbs.Contains(key))
            {
                return PlaceAfter(j + 1, end) is { } place && place.Entity.Geo?.Feature is { } feature && (feature == "PCLI" || feature.StartsWith("PPL", StringComparison.Ordinal))
                    ? place.Argument : null;
            }

            if (!OnlyAdjectivesBetween(j, j + 1))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The place named at token j, or after a noun of place and its adjective there ("العاصمة الأفغانية كابل"); null when
    /// another word comes first.
    /// </summary>
    private ActorMention? PlaceAfter(int j, int end)
    {
        if (PlaceStruck(j) is { } place)
        {
            return place;
        }

        var key = j < end ? ArticleActors.WithoutConjunction(_tokens[j].Key) : "";
        return (PlaceNouns.Contains(key) || PlaceHeads.Contains(key)) && j + 2 < end && IsNisba(ArticleActors.WithoutConjunction(_tokens[j + 1].Key))
            && _actors.StartingAt(j + 2) is { IsPlace: true } named ? named : null;
    }
}
