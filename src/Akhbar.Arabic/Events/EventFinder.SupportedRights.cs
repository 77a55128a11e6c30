using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وأكدت كوريا الشمالية دعمها الثابت لحق الفلسطينيين في"، "واشنطن تدعم حق السعوديين في الدفاع عن أنفسهم"، "مؤكدة دعمها
/// حق المملكة في": support is often given to a side's right or demands rather than to the side itself. The noun after the
/// support word is then "حق" (right), "حقوق" or "مطالب", and whom the support is for is its genitive; without this the
/// support had no target, since the right is no actor and the side stands one word further on.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns (folded, without ل and the article) whose genitive is the side that support given to them is for.</summary>
    private static readonly HashSet<string> SupportedClaimNouns = new(StringComparer.Ordinal) { "حق", "حقوق", "مطالب", "مطلب" };

    /// <summary>How many adjectives may stand between the support word and the claimed right ("دعمها الثابت والكامل لحق").</summary>
    private const int SupportAdjectiveWindow = 2;

    /// <summary>Gives a support event (051) with no target the side whose right or demands it supports.</summary>
    private void SupportedRightsTargets()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var support = _events[i];
            if (support.Cameo != "051" || support.Target is not null || support.Basis != EventBasis.Trigger)
            {
                continue;
            }

            var last = ArticleActors.TokenAt(_tokens, support.Trigger.End - 1);
            if (last >= 0 && ClaimedSide(last + 1, _sentenceEnd[_sentenceOf[last]], support.Source) is { } side)
            {
                _events[i] = support with { Target = side };
            }
        }
    }

    /// <summary>
    /// Whether a word is a definite plural of a nisba, a people named by its land ("الفلسطينيين"، "السعوديين"):
    /// no entity and no listed group, yet a side of its own after "حق".
    /// </summary>
    private static bool IsPeopleNisba(Token token)
    {
        var key = ArticleActors.WithoutConjunction(token.Key);
        return !token.Has(SegmentRole.Preposition) && key.Length >= 7 && key.StartsWith("ال", StringComparison.Ordinal)
            && (key.EndsWith("يين", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal));
    }

    /// <summary>
    /// The side in the genitive of a right or demands (<see cref="SupportedClaimNouns"/>) that opens at <paramref name="from"/>,
    /// past at most <see cref="SupportAdjectiveWindow"/> definite adjectives: an actor, else a group the text names by a
    /// common noun ("لحق الفلسطينيين"). Null when another word comes first or the side is the supporter itself.
    /// </summary>
    private EventArgument? ClaimedSide(int from, int end, EventArgument? supporter)
    {
        for (var j = from; j < end && j <= from + SupportAdjectiveWindow; j++)
        {
            var token = _tokens[j];
            if (token.Kind != TokenKind.Word || _actors.StartingAt(j) is not null)
            {
                return null;
            }

            var key = ArticleActors.WithoutConjunction(token.Key);
            var bare = token.Has(SegmentRole.Preposition) && key.Length > 2 && key[0] == 'ل' ? key[1..] : key;
            if (SupportedClaimNouns.Contains(bare))
            {
                if (j + 1 >= end || _tokens[j + 1].Kind != TokenKind.Word)
                {
                    return null;
                }

                if (_actors.StartingAt(j + 1) is { } named)
                {
                    return named.IsActor && named.Preposition is null or "*" && !SameActor(named.Argument, supporter) ? named.Argument : null;
                }

                return GroupActors.Is(_tokens[j + 1]) || GenericActors.IsActorNoun(_tokens[j + 1]) || IsPeopleNisba(_tokens[j + 1])
                    ? GroupArgument(j + 1, end) : null;
            }

            // "دعمها الثابت"، "والكامل": only an adjective of the support word may stand before the right.
            if (!key.StartsWith("ال", StringComparison.Ordinal) || token.Has(SegmentRole.Preposition) || _readings.Lexeme(j) is not null)
            {
                return null;
            }
        }

        return null;
    }
}
