using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "رفضت الحكومة إجراء مفاوضات مع المتمردين", "قررت بولندا رفض استقبال مهاجرين": a verbal noun right after a verb or noun
/// of refusing, with at most the refuser's name between, is the act refused, not done. The event is the refusal: 120
/// (reject), 125 for a meeting or negotiation (reject a proposal to meet, discuss or negotiate), on the word رفض, with
/// the source and target the act would have had.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded forms of رفض (refuse) as verb, participle or verbal noun, without a leading و or ف.</summary>
    private static readonly HashSet<string> RefusalForms = new(StringComparer.Ordinal)
    {
        "رفض", "رفضت", "رفضوا", "رفضا", "رفضتا", "يرفض", "ترفض", "نرفض", "يرفضون", "يرفضان", "ترفضان", "رافضا", "رافضه", "رافضين",
    };

    /// <summary>
    /// The token of a word of <paramref name="forms"/> (folded, without a leading و or ف) that governs the noun at
    /// <paramref name="k"/>: right before it, before the name of its subject that ends right before it, or before a group
    /// or role phrase the entity stage did not link, a time expression or comma between them skipped ("ألغت كوريا الشمالية
    /// الأسبوع الماضي اجتماعا"، "ألغى، الخميس، قمة"); -1 when there is none. Shared by refusals (رفض) and meetings called
    /// off (EventFinder.CalledOffMeetings).
    /// </summary>
    private int GoverningWordBefore(int k, int start, HashSet<string> forms)
    {
        var e = k - 1;
        while (e >= start && (_inTime[e] || _tokens[e].Key is "،" or ","))
        {
            e--;
        }

        if (e < start)
        {
            return -1;
        }

        if (IsFormOf(e, forms))
        {
            return e;
        }

        if (_actors.EndingAt(e) is { } subject && subject.First - 1 >= start && IsFormOf(subject.First - 1, forms))
        {
            return subject.First - 1;
        }

        // "رفضت الحكومة الليبية إجراء": a group or a role phrase the entity stage did not link stands between.
        for (var j = e - 1; j >= start && j >= e - 3; j--)
        {
            if (IsFormOf(j, forms))
            {
                return GroupActors.Is(_tokens[j + 1]) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether token j is a word of <paramref name="forms"/>. A preposition clitic is part of the key, so a form that
    /// takes one is listed with it ("بالغاء") and the forms without one never match a word that has it.
    /// </summary>
    private bool IsFormOf(int j, HashSet<string> forms) =>
        _tokens[j].Kind == TokenKind.Word && ArticleActors.ListsWithoutConjunction(forms, _tokens[j].Key);

    /// <summary>
    /// Codes the refusal of the act at <paramref name="k"/> in its place; false when no word of refusing governs it. The
    /// refusal needs its refuser; a refusal verb already coded on its own is not coded twice.
    /// </summary>
    private bool RefusedAct(int k, int sentence, int start, string root, EventArgument? source, List<ActorMention> targets, EventArgument? spanTarget)
    {
        var r = GoverningWordBefore(k, start, RefusalForms);
        if (r < 0)
        {
            return false;
        }

        var refusal = _tokens[r].Span;
        if (source is null || _events.Exists(e => e.Trigger.Overlaps(refusal)))
        {
            return true;
        }

        var negated = EventModality.IsNegated(_tokens, r, start, EventWordKind.Verb);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, r, start, _sentenceEnd[sentence], EventWordKind.Verb, "رفض");
        Add(refusal, r, sentence, root == "04" ? "125" : "120", source, targets, negated, hypothetical, EventBasis.Trigger, spanTarget);
        return true;
    }
}
