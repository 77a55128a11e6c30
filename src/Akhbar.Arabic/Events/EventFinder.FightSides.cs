using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "اشتباكات بين قوات الجيش ومسلحين"، "معارك عنيفة بين الجيش الوطني والميليشيات"، "مواجهات بين رجال القبائل وعناصر من
/// الميليشيات": a fight the text places between two sides names both, the first as the source and the second as the
/// target (gold/README.md: one event per pair, in the order written). The sides are named or not: a linked actor, a
/// group ("الشرطة"، "الميليشيات") or the plain noun phrase the text uses ("أبناء القبائل"، "بوذيين"). When the second side
/// is protesters and the first is not, the protesters are the source, since the clash is their protest (145) against the
/// police. "بين الطرفين" names no side, and without a second side joined by و there is no pair.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Lemmas of fighting between sides (folded).</summary>
    private static readonly HashSet<string> FightLemmas = new(StringComparer.Ordinal) { "اشتباكات", "معركه", "مواجهات" };

    /// <summary>Words of a phrase that joins the sides ("من جهة ... من جهة أخرى"), skipped between them (folded).</summary>
    private static readonly HashSet<string> SideMarkers = new(StringComparer.Ordinal) { "من", "جهه", "ناحيه", "،", "," };

    /// <summary>The two sides of a fight noun ending at <paramref name="last"/>, or null.</summary>
    private (EventArgument First, EventArgument Second)? FightSides(int last, int end)
    {
        // "اشتباكات عنيفة اندلعت بين": an adjective, a verb of breaking out or a time may stand before بين.
        var between = -1;
        for (var j = last + 1; j < end && j <= last + 3; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key == "بين")
            {
                between = j;
                break;
            }

            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(key) || StandalonePrepositions.Contains(key) || _actors.StartingAt(j) is not null)
            {
                return null;
            }
        }

        if (between < 0 || SideAt(between + 1, end) is not { } first)
        {
            return null;
        }

        // The second side opens with و, after the first side's own words ("رجال القبيلة في منطقة الخانق برداع، ومسلحين").
        for (var j = first.Last + 1; j < end && j <= first.Last + 8; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (_tokens[j].Kind == TokenKind.Word && _tokens[j].Has(SegmentRole.Conjunction) && key.Length > 1)
            {
                if (SideAt(j, end) is not { } second)
                {
                    return null;
                }

                if (SideMarkerAfter(second.Last, end) is var other && other > 0)
                {
                    // "بين قوات الجيش والمقاومة من جهة وميليشيات الحوثي من جهة أخرى": the first و joins the first side's
                    // allies; the other side comes after "من جهة".
                    if (SideAt(other, end) is not { } opposed)
                    {
                        return null;
                    }

                    second = opposed;
                }

                return IsProtesterPhrase(second.Side) && !IsProtesterPhrase(first.Side) ? (second.Side, first.Side) : (first.Side, second.Side);
            }

            if (ClauseStops.Contains(key) || _readings.Lexeme(j) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "اشتباكات بين بوذيين ومسلمين": a fight between two sides of which neither is named, a force or an armed group is
    /// communal violence, 180 (gold/README.md: attacks by non-state actors on civilians are 18x), not a battle.
    /// </summary>
    private bool IsCommunalFight(EventArgument first, EventArgument second) => !IsForceOrNamed(first) && !IsForceOrNamed(second);

    private bool IsForceOrNamed(EventArgument side)
    {
        if (side.EntityId is not null || IsArmedSide(side))
        {
            return true;
        }

        var j = ArticleActors.TokenAt(_tokens, side.Span.Start);
        return j >= 0 && (GroupActors.Is(_tokens[j]) || _readings.GenericKind(j) is GenericActors.Kind.Armed or GenericActors.Kind.Security);
    }

    /// <summary>
    /// The token after "من جهة" (or "من ناحية") right after <paramref name="last"/> that opens the other side with و, or -1.
    /// </summary>
    private int SideMarkerAfter(int last, int end)
    {
        if (last + 3 >= end || _tokens[last + 1].Key != "من" || ArticleActors.WithoutConjunction(_tokens[last + 2].Key) is not ("جهه" or "ناحيه"))
        {
            return -1;
        }

        var j = last + 3;
        while (j < end && _tokens[j].Kind != TokenKind.Word)
        {
            j++;
        }

        return j < end && _tokens[j].Has(SegmentRole.Conjunction) ? j : -1;
    }

    /// <summary>
    /// The side that starts at token <paramref name="j"/> (after a leading و for the second side): a linked actor, a group,
    /// or a plain noun with up to two words of its phrase after it; with the index of its last token.
    /// </summary>
    private (EventArgument Side, int Last)? SideAt(int j, int end)
    {
        if (j >= end || _tokens[j].Kind != TokenKind.Word || _inTime[j] || _tokens[j].Has(SegmentRole.Preposition))
        {
            return null;
        }

        if (_actors.StartingAt(j) is { } named)
        {
            return named.IsActor && named.Preposition is null ? (named.Argument, named.Last) : null;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        if (ClauseStops.Contains(key) || StandalonePrepositions.Contains(key) || SideMarkers.Contains(key) || PartnerWords.Contains(key)
            || _readings.Lexeme(j) is not null || NamedPairs.Contains(key))
        {
            // "بين الطرفين"، "بين البلدين": the sides were named before.
            return null;
        }

        if (GroupActors.Is(_tokens[j]))
        {
            var group = GroupArgument(j, end);
            return (new EventArgument(new TextSpan(WithoutConjunctionStart(j), group.Span.End), null), ArticleActors.TokenAt(_tokens, group.Span.End - 1));
        }

        // "أبناء القبائل"، "شبان فلسطينيين"، "بوذيين": the noun and the words of its phrase, up to a preposition, a conjunction
        // or a comma.
        var last = j;
        while (last + 1 < end && last < j + 2 && _tokens[last + 1].Kind == TokenKind.Word && !_tokens[last + 1].Has(SegmentRole.Conjunction)
            && !_tokens[last + 1].Has(SegmentRole.Preposition) && !_inTime[last + 1]
            && ArticleActors.WithoutConjunction(_tokens[last + 1].Key) is var next && !StandalonePrepositions.Contains(next) && !ClauseStops.Contains(next)
            && !SideMarkers.Contains(next) && _readings.Lexeme(last + 1) is null)
        {
            last++;
        }

        return (new EventArgument(new TextSpan(WithoutConjunctionStart(j), _tokens[last].Span.End), null), last);
    }

    /// <summary>Where token <paramref name="j"/> starts after its conjunction clitic ("ومسلحين": at م).</summary>
    private int WithoutConjunctionStart(int j) =>
        _tokens[j].SegmentWith(SegmentRole.Conjunction) is { } conjunction ? conjunction.Span.End : _tokens[j].Span.Start;

    /// <summary>Duals that name two sides already named ("بين البلدين"، "بين الجارتين"), folded.</summary>
    private static readonly HashSet<string> NamedPairs = new(StringComparer.Ordinal)
    {
        "البلدين", "الدولتين", "الفريقين", "الخصمين", "الجارتين", "القوتين", "العملاقين", "الحليفين", "الجيشين", "الطرفان", "الجانبان",
    };
}
