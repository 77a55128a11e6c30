using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وأكد الصفدي في مؤتمر صحفي أعقب لقاءه بالأمين العام للأمم المتحدة"، "يتخذ ترمب إجراءات خلال لقائه مع الرئيس الروسي"،
/// "عقب زيارة العبادي للمحافظة ولقائه بالنشطاء": a meeting noun that carries its owner as a pronoun (لقاؤه، اجتماعها)
/// names who met in that pronoun and the other side after مع or ب. Without a subject of its own such a noun took the
/// speaker of the reported words or the subject carried over from the sentence before, which is someone else as often as
/// not; the pronoun stands for the side the sentence itself named last before the noun.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The owner of a meeting, call or negotiation noun (040, 041, 046) at <paramref name="k"/> that carries the pronoun ه or
    /// ها and has a partner after it (a named actor after مع or ب, or a side named by a common noun): the nearest actor
    /// before it in its sentence that is not a place and not governed by a preposition, a person for ه ("وأشار الجبير في
    /// المؤتمر الذي عقده بمقر وزارة الخارجية إلى أنه بحث خلال لقائه": not the ministry), else, for ه, the latest person
    /// named before in this or the previous paragraph (<see cref="PronounReferent"/>). Null otherwise: a visit (042) so
    /// written ("خلال زيارته") most often refers back to one already told, and a dual or plural pronoun ("لقائهما") stands
    /// for two sides, not one.
    /// </summary>
    private ActorMention? MeetingOwner(int k, int last, int start, int end, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || lexeme.Cameo is not ("040" or "041" or "046")
            || _tokens[k].SegmentWith(SegmentRole.Pronoun) is not { } pronoun || _doc.Text.AsSpan(pronoun.Span.Start, pronoun.Span.Length) is not ("ه" or "ها"))
        {
            return null;
        }

        if (PrepositionTarget(last + 1, end, lexeme, "04", required: false) is null && MeetingSide(k, last + 1, end, lexeme) is null)
        {
            return null;
        }

        return PronounOwner(k, start, masculine: pronoun.Span.Length == 1);
    }

    /// <summary>
    /// Whom the pronoun ه (<paramref name="masculine"/>) or ها on a word at <paramref name="k"/> stands for: the nearest actor
    /// before it in its sentence that is not a place and not governed by a preposition, a person for ه (a man; ها is a
    /// woman, a body or a state: "الحكومة ... خلال اجتماعها"), else, for ه, the latest person named before in this or the
    /// previous paragraph.
    /// </summary>
    private ActorMention? PronounOwner(int k, int start, bool masculine)
    {
        for (var j = k - 1; j >= start; j--)
        {
            if (_actors.EndingAt(j) is not { } m)
            {
                continue;
            }

            if (m.IsActor && !m.IsPlace && m.Preposition is null && (!masculine || m.Entity.Type == EntityType.Person))
            {
                return m;
            }

            j = m.First;
        }

        return masculine ? PronounReferent(k) : null;
    }
}
