using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تلقى أمير قطر اتصالا هاتفيا من الرئيس التركي", "بحث الملك في اتصال هاتفي تلقاه من الرئيس": a telephone call (041) that
/// its subject received is the caller's act; the caller, after من, is the source and whoever received it the target, not
/// the other way round as the subject of تلقى would make it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms of تلقى "received" (folded), with the pronoun of the call in "اتصال تلقاه من".</summary>
    private static readonly HashSet<string> ReceiveForms = new(
        new[]
        {
            "تلقى", "تلقت", "تلقيا", "تلقوا", "يتلقى", "تتلقى", "تلقاه", "تلقته", "تلقاها", "تلقياه", "تلقوه",
        }.Select(w => ArabicFolding.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>
    /// Codes a telephone call noun whose clause says it was received from someone; false when it does not, and the call
    /// is coded as usual.
    /// </summary>
    private bool ReceivedCall(int k, int last, int sentence, int start, int end, EventLexeme lexeme, bool future)
    {
        if (lexeme.Cameo != "041" || lexeme.Kind != EventWordKind.Noun)
        {
            return false;
        }

        // The verb of receiving: right after the call ("اتصال هاتفي تلقاه من") or before it in its clause ("وتلقى X اتصالا").
        var after = last + 1 < end && ArticleActors.ListsWithoutConjunction(ReceiveForms, _tokens[last + 1].Key) ? last + 1 : -1;
        var before = -1;
        for (var j = k - 1; after < 0 && j >= start && j >= k - 10; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ReceiveForms.Contains(key))
            {
                before = j;
                break;
            }

            if (ClauseStops.Contains(key))
            {
                break;
            }
        }

        if (after < 0 && before < 0)
        {
            return false;
        }

        // The caller after من, an adjective of the call ("هاتفيا") or a date between.
        var from = after >= 0 ? after + 1 : last + 1;
        while (from < end && from <= last + 4 && _tokens[from].Key != "من")
        {
            from++;
        }

        // NextActor skips a name governed by a preposition; here the من is the one that names the caller ("من ترامب").
        if (from >= end || _tokens[from].Key != "من"
            || (NextActor(from + 1, end) ?? (_actors.StartingAt(from + 1) is { IsActor: true, Preposition: "من" } named ? named : null)) is not { } caller)
        {
            return false;
        }

        // Whoever received it: the subject of تلقى (after it, VSO, or before it), or the subject of the sentence's verb
        // when the call is told in a prepositional phrase ("بحث أمير قطر في اتصال هاتفي تلقاه من").
        ActorMention? receiver = null;
        if (before >= 0)
        {
            receiver = NextActor(before + 1, k) ?? (SubjectsBefore(before, start) is { Count: > 0 } subjects ? subjects[0] : null);
        }
        else
        {
            for (var j = start; j < k && receiver is null; j++)
            {
                receiver = NextActor(j, k);
            }
        }

        if (receiver is not { } received || received.Entity.Id == caller.Entity.Id)
        {
            return false;
        }

        var triggerSpan = new TextSpan(_tokens[k].Span.Start, _tokens[last].Span.End);
        future |= EventModality.IsFuture(_tokens, k, start, lexeme.Kind);
        var negated = EventModality.IsNegated(_tokens, k, start, lexeme.Kind);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, lexeme.Kind, lexeme.Lemma);
        Add(triggerSpan, k, sentence, future ? Intent(lexeme.Cameo) : lexeme.Cameo, caller.Argument, [received], negated, hypothetical, EventBasis.Trigger);
        _codedNouns.Add(lexeme.Lemma);
        return true;
    }
}
