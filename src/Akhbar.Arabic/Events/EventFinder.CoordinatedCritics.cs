using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "هددت فرنسا والولايات المتحدة دمشق بضربات"، "أدانت السعودية والإمارات والبحرين الهجوم": a demand, condemnation,
/// rejection or threat made by sides joined by و is made by each of them. The gold codes one event per source (gold/README.md:
/// "one event per source"), as the engine already codes one per coordinated target; the subject reader keeps the first
/// name only, so the others were lost. Each actor joined to the source by و, right after it, gets an event of its own with
/// the same code, trigger and target. Only for these roots, whose subjects are the speaking sides; a joint action's second
/// name is its partner (EventFinder.Parties), not a second source. Force and protest (14, 15, 17-20) are done by each of
/// their joined subjects too ("شنت الولايات المتحدة وفرنسا وبريطانيا هجوما"، "الغارات التي نفذتها لندن وباريس"), but only
/// when the source stands where a subject stands: a side named inside a phrase of leading or backing ("التحالف بقيادة
/// السعودية والإمارات"، "المدعومة من قبل السعودية والإمارات") or after a preposition is not the actor, nor are those joined to it.
/// Sponsors and mediators joined by و mediate each ("برعاية روسيا وإيران وتركيا"، "ترعى روسيا وتركيا وإيران محادثات"): a mediator
/// is no party to the talks (EventFinder.Sponsorships), so its joined names are not its partners.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Whether a CAMEO code has the root given by its two digits, without making a string.</summary>
    private static bool HasRoot(string cameo, char first, char second) => cameo.Length >= 2 && cameo[0] == first && cameo[1] == second;

    /// <summary>Adds an event for each actor joined by و to the entity source of a verbal-conflict (10-13), mediation (045), force or protest event.</summary>
    private void CoordinatedCritics()
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var act = _events[i];
            var material = IsForceOrProtest(act.Cameo);
            if (!(IsVerbalConflict(act.Cameo) || IsMediation(act.Cameo) || material) || act.Source is not { } source)
            {
                continue;
            }

            var j = ArticleActors.TokenAt(_tokens, source.Span.End - 1) + 1;
            if (j <= 0 || (material && !InSubjectPosition(ArticleActors.TokenAt(_tokens, source.Span.Start), j)))
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
                if (seen.Add(joined.Entity.Id) && !SameActor(joined.Argument, act.Target) && !HasSourceAt(act.Trigger, joined.Argument, act.Target))
                {
                    // Right after the event it shares a trigger with, so events stay in text order.
                    _events.Insert(at++, act with { Source = joined.Argument });
                }

                j = joined.Last + 1;
            }
        }
    }

    /// <summary>
    /// Whether the source phrase in tokens [<paramref name="first"/>, <paramref name="end"/>) stands where a subject stands:
    /// not after a preposition ("على إسرائيل"، "من قبل السعودية") nor a noun that carries one ("بقيادة السعودية"، "بدعم إيران"),
    /// and with no such word inside it ("التحالف بقيادة السعودية", whose next name joins the leaders, not the coalition).
    /// </summary>
    private bool InSubjectPosition(int first, int end)
    {
        if (first < 0 || _tokens[first].Has(SegmentRole.Preposition))
        {
            return false;
        }

        for (var k = Math.Max(first - 1, 0); k < end; k++)
        {
            if (k != first && _tokens[k].Kind == TokenKind.Word && (_tokens[k].Has(SegmentRole.Preposition)
                || ArticleActors.WithoutConjunction(_tokens[k].Key) is var word && (StandalonePrepositions.Contains(word) || word == "قبل")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an event on <paramref name="trigger"/> already has <paramref name="actor"/> as its source and
    /// <paramref name="target"/> as its target (a joint exercise, whose parties are each coded already).
    /// </summary>
    private bool HasSourceAt(TextSpan trigger, EventArgument actor, EventArgument? target)
    {
        foreach (var e in _events)
        {
            if (e.Trigger == trigger && SameActor(e.Source, actor) && (e.Target is null ? target is null : SameActor(e.Target, target)))
            {
                return true;
            }
        }

        return false;
    }
}
