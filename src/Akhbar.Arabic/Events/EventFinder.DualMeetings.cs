using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "واتفق كيم ومون خلال قمتهما على"، "أيد الرئيس الفرنسي إيمانويل ماكرون ورئيس الحكومة الإيطالية جوزيبي كونتي بعد لقائهما
/// في الإليزيه": a meeting noun with the dual pronoun هما names as its sides the two actors the sentence joined by و before
/// it, the first the source and the second the target, as "قمة بين X وY" does. Without it the noun took one side from the
/// speaker or the subject carried over, or was left out for want of a partner.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The two sides of a meeting, call or negotiation noun (040, 041, 046) at <paramref name="k"/> with the pronoun هما: the
    /// nearest pair of actors (not places) joined by و before it in its sentence. Null when the noun has a partner or an
    /// object after it ("بعد لقائهما الرئيس التركي": the two met a third), or no such pair stands before it.
    /// </summary>
    private (ActorMention First, ActorMention Second)? DualMeetingSides(int k, int last, int start, int end, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || lexeme.Cameo is not ("040" or "041" or "046")
            || _tokens[k].SegmentWith(SegmentRole.Pronoun) is not { } pronoun || _doc.Text.AsSpan(pronoun.Span.Start, pronoun.Span.Length) is not "هما")
        {
            return null;
        }

        if (last + 1 < end && (_actors.StartingAt(last + 1) is not null || IsTitle(_tokens[last + 1])
            || PrepositionTarget(last + 1, end, lexeme, "04", required: false) is not null))
        {
            return null;
        }

        for (var j = k - 1; j >= start; j--)
        {
            if (_actors.EndingAt(j) is not { } m)
            {
                continue;
            }

            if (m.IsActor && !m.IsPlace && SideJoinedTo(m, k) is { IsPlace: false } second && second.Last < k)
            {
                return (m, second);
            }

            j = m.First;
        }

        return null;
    }
}
