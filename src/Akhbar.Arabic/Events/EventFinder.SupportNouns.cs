using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "دعم" is both the past "he supported" and the verbal noun "support", and in news nearly always the noun: in a
/// 1,500-article ant-multisource sample 31 of the 32 bare دعم coded as the verb were the noun ("أكد دعم بلاده"، "سبل دعم
/// الأردن"، "بسبب دعم واشنطن لوحدات"). Read as the verb, its genitive became the supporter even where it is the supported
/// ("ستواصل دعم الحكومة السورية"). The noun codes support (051) only in the frame that names both sides, "دعم X لـY": X
/// supports Y; with no such frame it codes nothing, since the genitive alone may be either side.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The folded form shared by the verb and its noun.</summary>
    private const string SupportForm = "دعم";

    /// <summary>
    /// Words after which the form is the past verb (folded): particles of the perfect and clause openers ("وقد دعم"، "عندما
    /// دعم"), as after a relative pronoun ("الذي دعم"). After any other word it is the noun that word governs ("أكد دعم"، "في
    /// دعم"، "تدريب ودعم").
    /// </summary>
    private static readonly HashSet<string> PerfectLeaders = new(StringComparer.Ordinal)
    {
        "قد", "لقد", "حيث", "كما", "عندما", "حين", "حينما", "لما", "ثم", "بعدما", "كلما", "طالما", "اذا", "لو", "اذ",
    };

    /// <summary>
    /// Codes the noun دعم at token k as "دعم X لـY" (X's support, 051, for Y) and returns true; returns false when the
    /// token is no bare دعم or is the verb, which the general path codes: at the head of its sentence or clause, after a
    /// comma or after <see cref="PerfectLeaders"/>, unless ل follows it at once ("دعم للمستشارة").
    /// </summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool SupportNounEvent(int k)
    {
        if (!ArticleActors.WithoutConjunctionSpan(_tokens[k].Key).SequenceEqual(SupportForm))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        var lamNext = k + 1 < end && _tokens[k + 1].Has(SegmentRole.Preposition) && _tokens[k + 1].Key.StartsWith('ل');
        if (!lamNext && (k - 1 < start || _tokens[k - 1].Kind != TokenKind.Word
            || ArticleActors.WithoutConjunction(_tokens[k - 1].Key) is var before && (PerfectLeaders.Contains(before) || RelativePronouns.Contains(before))))
        {
            return false;
        }

        if (k + 1 >= end || _actors.StartingAt(k + 1) is not { IsActor: true, Preposition: null } supporter || supporter.Last + 1 >= end)
        {
            return true;
        }

        // The supported: a name after ل ("لسوريا") or a group ("للحوثيين"، "لقوات النظام").
        var lam = supporter.Last + 1;
        var negated = EventModality.IsNegated(_tokens, k, start, EventWordKind.Noun);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, EventWordKind.Noun);
        if (_actors.StartingAt(lam) is { IsActor: true, Preposition: "ل" } supported)
        {
            if (!SameActor(supporter.Argument, supported.Argument))
            {
                Add(_tokens[k].Span, k, sentence, "051", supporter.Argument, [supported], negated, hypothetical, EventBasis.Trigger);
            }
        }
        else if (LamPhraseAuthor(supporter.Last, end, GroupActors.IsListed, stopAtTime: true) is { } group)
        {
            Add(_tokens[k].Span, k, sentence, "051", supporter.Argument, [], negated, hypothetical, EventBasis.Trigger, group);
        }

        return true;
    }
}
