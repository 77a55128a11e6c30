using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وألغت كوريا الشمالية اجتماعا رفيع المستوى مع كوريا الجنوبية"، "أرجأت الحكومة المفاوضات"، "وهددت بإلغاء القمة": a
/// meeting, call, visit or agreement noun that is the object of a word of calling off, putting off or suspending did not
/// take place, so it is no 03x, 04x or 05x event. The gold codes the calling off as its own event, 125 (reject a proposal
/// to meet, discuss or negotiate) from whoever called it off to the other side of the meeting, and leaves a postponement,
/// a suspension and a threat to call off (which the threat rules code) without a meeting event.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Folded forms of ألغى (call off) as verb or verbal noun, without a leading و or ف: the calling off is an event, 125.
    /// </summary>
    private static readonly HashSet<string> CallOffForms = new(StringComparer.Ordinal)
    {
        "الغي", "الغت", "الغوا", "الغيا", "الغتا", "يلغي", "تلغي", "نلغي", "يلغون", "يلغيان", "الغاء",
    };

    /// <summary>
    /// Folded forms that put a meeting off without an event of their own: أرجأ، أجّل (not the bare اجل, which is "sake" in
    /// "من أجل اجتماع"), علّق (suspend), and ألغى after a preposition ("هددت بإلغاء القمة": the threat is the event).
    /// </summary>
    private static readonly HashSet<string> PutOffForms = new(StringComparer.Ordinal)
    {
        "ارجا", "ارجات", "ارجاوا", "يرجي", "ترجي", "ارجاء", "بارجاء", "لارجاء",
        "اجلت", "اجلوا", "يوجل", "توجل", "يوجلون", "تاجيل", "بتاجيل", "لتاجيل",
        "علقت", "علقوا", "تعليق", "بتعليق", "لتعليق",
        "بالغاء", "لالغاء",
    };

    /// <summary>
    /// Whether the meeting, agreement or cooperation noun at <paramref name="k"/> is called off or put off, and codes the
    /// calling off (125, with the source and target the meeting would have had) when a form of ألغى governs it with its
    /// author named. Nouns of other roots and verbs are left to the other rules.
    /// </summary>
    private bool CalledOffMeeting(int k, int sentence, int start, string root, EventLexeme lexeme, EventArgument? source,
        List<ActorMention> targets, EventArgument? spanTarget)
    {
        if (lexeme.Kind != EventWordKind.Noun || root is not ("03" or "04" or "05"))
        {
            return false;
        }

        var callOff = GoverningWordBefore(k, start, CallOffForms);
        if (callOff < 0)
        {
            return GoverningWordBefore(k, start, PutOffForms) >= 0;
        }

        var word = _tokens[callOff].Span;
        if (root != "04" || source is null || _events.Exists(e => e.Trigger.Overlaps(word)))
        {
            // An agreement called off ("تحاول إلغاء اتفاق") has no code of its own here; a calling off whose author is not
            // named is left out, as a refusal is.
            return true;
        }

        var kind = _tokens[callOff].Key.EndsWith("الغاء", StringComparison.Ordinal) ? EventWordKind.Noun : EventWordKind.Verb;
        var negated = EventModality.IsNegated(_tokens, callOff, start, kind);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, callOff, start, _sentenceEnd[sentence], kind, "الغي");
        Add(word, callOff, sentence, "125", source, targets, negated, hypothetical, EventBasis.Trigger, spanTarget);
        return true;
    }
}
