using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وسيطرت القوات الكردية على منبج، بدعم من القوات الأميركية"، "هزيمة التنظيم على يد قوات الأمن العراقية بدعم من
/// تحالف": a side that acts "with the support of" another is aided by it; the gold codes this as the supporter's aid
/// (070) to the side that acted, the actor named nearest before in the sentence. Only when the supporter is an actor
/// or a group: news of markets says "ارتفعت الأسعار بدعم من مشتريات", where no one aids anyone.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The folded "with the support of" (بدعم), with or without a leading و.</summary>
    private const string SupportWord = "بدعم";

    /// <summary>Codes "X ... بدعم من Y" at token k as Y's aid (070) to X; false when token k is no such phrase.</summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool SupportedByEvent(int k)
    {
        // Every token comes here: compared by span, so that the nearly all that fail make no string.
        if (!ArticleActors.WithoutConjunctionSpan(_tokens[k].Key).SequenceEqual(SupportWord))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        // "بدعم من"، "بدعم جوي من": one adjective may stand before من.
        var from = k + 1 < end && _tokens[k + 1].Key == "من" ? k + 2 : k + 2 < end && _tokens[k + 2].Key == "من" ? k + 3 : -1;
        if (from < 0 || from >= end)
        {
            return false;
        }

        EventArgument supporter;
        if (_actors.StartingAt(from) is { IsActor: true, IsPlace: false } named)
        {
            supporter = named.Argument;
        }
        else if (GroupActors.Is(_tokens[from]) && GroupArgument(from, end) is var group
            && !(_readings.GenericKind(from) == GenericActors.Kind.Armed && group.Span == _tokens[from].Span))
        {
            // Not aircraft alone ("بمشاركة خمسة آلاف شرطي بدعم من المروحيات"): they are the means of the side that acts, not
            // a side that aids it; "طيران التحالف" names the side.
            supporter = group;
        }
        else
        {
            return false;
        }

        if (SupportedSide(k, start) is not { } supported || SameActor(supported, supporter))
        {
            return false;
        }

        Add(_tokens[k].Span, k, sentence, "070", supporter, [], false, EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, EventWordKind.Noun),
            EventBasis.Trigger, supported);
        MarkBackingPhrase(k);
        return true;
    }

    /// <summary>
    /// The side that acted with the support: the nearest actor (not a place) or group before token k in its clause,
    /// with the words of the group phrase; null when none stands there.
    /// </summary>
    private EventArgument? SupportedSide(int k, int start)
    {
        for (var j = k - 1; j >= start; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(_tokens[j].Key) || ClauseStops.Contains(key))
            {
                return null;
            }

            if (_actors.EndingAt(j) is { } m)
            {
                // "القوات الموالية للرئيس هادي": a name after a preposition qualifies the side, it is not the side.
                if (m.IsActor && !m.IsPlace && m.Preposition is null)
                {
                    return m.Argument;
                }

                j = m.First;
                continue;
            }

            if (GroupActors.Is(_tokens[j]))
            {
                // "قوات الأمن العراقية": the phrase begins at the first of the group words in a row.
                while (j - 1 >= start && GroupActors.Is(_tokens[j - 1]))
                {
                    j--;
                }

                return GroupArgument(j, k);
            }
        }

        return null;
    }
}
