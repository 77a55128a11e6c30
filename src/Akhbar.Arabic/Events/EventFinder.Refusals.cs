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
    /// The token of a form of رفض that governs the noun at <paramref name="k"/>: right before it, or before the name of
    /// its subject that ends right before it; -1 when there is none.
    /// </summary>
    private int RefusalBefore(int k, int start)
    {
        if (k - 1 < start)
        {
            return -1;
        }

        if (IsRefusal(k - 1))
        {
            return k - 1;
        }

        if (_actors.EndingAt(k - 1) is { } subject && subject.First - 1 >= start && IsRefusal(subject.First - 1))
        {
            return subject.First - 1;
        }

        // "رفضت الحكومة الليبية إجراء": a group or a role phrase the entity stage did not link stands between.
        for (var j = k - 2; j >= start && j >= k - 4; j--)
        {
            if (IsRefusal(j))
            {
                return GroupActors.Is(_tokens[j + 1]) ? j : -1;
            }
        }

        return -1;
    }

    private bool IsRefusal(int j) =>
        _tokens[j].Kind == TokenKind.Word && !_tokens[j].Has(SegmentRole.Preposition) && ArticleActors.ListsWithoutConjunction(RefusalForms, _tokens[j].Key);

    /// <summary>
    /// Codes the refusal of the act at <paramref name="k"/> in its place; false when no word of refusing governs it. The
    /// refusal needs its refuser; a refusal verb already coded on its own is not coded twice.
    /// </summary>
    private bool RefusedAct(int k, int sentence, int start, string root, EventArgument? source, List<ActorMention> targets, EventArgument? spanTarget)
    {
        var r = RefusalBefore(k, start);
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
