using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "مفاوضات بين الحكومة ونقابات عمال السكك الحديدية"، "اجتماع بين ممثلي النقابات ورئيس الوزراء"، "اجتماع بين طالبان
/// والمبعوث الأمريكي": the sides of a meeting after بين are as often a body, a delegation or people named by a common noun
/// as two names. <see cref="BetweenParties"/> reads two names; here one side or both are such phrases (the heads
/// <see cref="IsMeetingSide"/> knows after مع), and the phrase is the span source or target, as the gold codes it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words after the first side's phrase the second may begin (its و included).</summary>
    private const int SecondSideWindow = 3;

    /// <summary>
    /// The two sides after بين when at least one is named by a common noun: the first is the source, the second the target.
    /// Null when no بين follows the noun ending at <paramref name="last"/>, when either side is neither a name nor such a
    /// phrase, or when both are names (<see cref="BetweenParties"/>).
    /// </summary>
    private (EventArgument First, EventArgument Second)? BetweenGroups(int last, int end)
    {
        var between = BetweenWord(last, end);
        var at = between + 1;
        if (between < 0 || at >= end)
        {
            return null;
        }

        if (_actors.StartingAt(at) is { } named)
        {
            // A name, then a phrase: "بين طالبان والمبعوث الأمريكي" (two names are BetweenParties').
            return named.IsActor && NextMeetingSide(named.Argument, end) is { } group ? (named.Argument, group) : null;
        }

        if (!IsMeetingSide(_tokens[at], SideWord.With))
        {
            return null;
        }

        var first = PartnerPhrase(at, end);
        if (NextMeetingSide(first, end) is { } other)
        {
            return (first, other);
        }

        // A phrase, then a name joined by و right after it, through its title ("بين ممثلي النقابات ورئيس الوزراء إدوار
        // فيليب"); not across other words ("بين مسؤولين سعوديين وأتراك بشأن خاشقجي").
        var phraseLast = ArticleActors.TokenAt(_tokens, first.Span.End - 1);
        var joined = phraseLast + 1;
        while (joined < end && joined <= phraseLast + 2 && _tokens[joined].Kind == TokenKind.Word && _tokens[joined].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            // "بين الفصائل الفلسطينية وإسرائيل": the phrase's own adjectives come before the و.
            joined++;
        }

        if (joined >= end || !(_tokens[joined].Key == "و" || _tokens[joined].Segments is [{ Role: SegmentRole.Conjunction }, _, ..]))
        {
            return null;
        }

        for (var i = joined; i < end && i <= joined + SecondSideWindow; i++)
        {
            if (_actors.StartingAt(i) is { } m)
            {
                return m.IsActor ? (first, m.Argument) : null;
            }

            var key = ArticleActors.WithoutConjunction(_tokens[i].Key);
            if (_tokens[i].Key != "و" && !IsTitlePhraseWord(i, key))
            {
                return null;
            }
        }

        return null;
    }
}
