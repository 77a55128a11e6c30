using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "هددت فرنسا والولايات المتحدة دمشق بضربات"، "أدانت السعودية والإمارات والبحرين الهجوم": a demand, condemnation,
/// rejection or threat made by sides joined by و is made by each of them. The gold codes one event per source (gold/README.md:
/// "one event per source"), as the engine already codes one per coordinated target; the subject reader keeps the first
/// name only, so the others were lost. Each actor joined to the source by و, right after it, gets an event of its own with
/// the same code, trigger and target. Only for these roots, whose subjects are the speaking sides; a joint action's second
/// name is its partner (EventFinder.Parties), not a second source.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Whether a CAMEO code has the root given by its two digits, without making a string.</summary>
    private static bool HasRoot(string cameo, char first, char second) => cameo.Length >= 2 && cameo[0] == first && cameo[1] == second;

    /// <summary>Adds an event for each actor joined by و to the entity source of a verbal-conflict event (10-13).</summary>
    private void CoordinatedCritics()
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var act = _events[i];
            if (!IsVerbalConflict(act.Cameo) || act.Source is not { } source)
            {
                continue;
            }

            var j = ArticleActors.TokenAt(_tokens, source.Span.End - 1) + 1;
            if (j <= 0)
            {
                continue;
            }

            var end = _sentenceEnd[_sentenceOf[j - 1]];
            // "أصدر قادة فرنسا وألمانيا بيانا": a role phrase of the first side ends in its name, as an entity does.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (source.EntityId is { } firstId)
            {
                seen.Add(firstId);
            }

            var at = i + 1;
            while (j < end && _tokens[j].Has(SegmentRole.Conjunction) && _actors.StartingAt(j) is { IsActor: true } joined)
            {
                if (seen.Add(joined.Entity.Id) && !SameActor(joined.Argument, act.Target))
                {
                    // Right after the event it shares a trigger with, so events stay in text order.
                    _events.Insert(at++, act with { Source = joined.Argument });
                }

                j = joined.Last + 1;
            }
        }
    }
}
