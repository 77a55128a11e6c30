using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The agent between a verbal noun and its object. A verbal noun in the construct state takes its agent in the genitive and
/// then its object, as its verb takes subject and object: "إطلاق ميليشيات الحوثي صواريخ باليستية"، "إسقاط الدفاعات الجوية
/// الإسرائيلية طائرة سورية"، "اعتراض قوات الدفاع الجوي لصاروخ". For the nouns that code an event only with the word that
/// completes them (<see cref="EventLexeme.Next"/>: a weapon after إطلاق، اعتراض، إسقاط) that word then stands after the
/// agent, not right after the noun, and the genitive is the source. The object must be indefinite or marked by ل: a
/// definite noun there is the agent's own adjective or a second genitive ("إطلاق الصواريخ"، "تجارب إطلاق الجيش الصواريخ"
/// are not read so).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words the agent of a verbal noun may take before its object.</summary>
    private const int NounAgentWindow = 6;

    /// <summary>
    /// For noun k with completing words: the token of the word that completes it after an agent in its genitive (a group
    /// or an actor right after it, the noun itself with no article), or null.
    /// </summary>
    private int? AgentBeforeCompletion(int k, int end, EventLexeme lexeme)
    {
        var j = k + 1;
        if (IsDefinite(k) || j >= end || !(GroupActors.IsCollective(_tokens[j]) || _actors.StartingAt(j) is { IsActor: true, Preposition: null, Entity.Type: not EntityType.Location }))
        {
            return null;
        }

        for (var w = j + 1; w < end && w <= j + NounAgentWindow; w++)
        {
            var token = _tokens[w];
            if (token.Kind == TokenKind.Number || ArticleActors.ListsWithoutConjunction(CountWords, token.Key))
            {
                // "إطلاق الحوثيين 7 صواريخ": a count before the object.
                continue;
            }

            if (token.Kind != TokenKind.Word || _readings.Lexeme(w) is not null || ArticleActors.ListsWithoutConjunction(ClauseStops, token.Key))
            {
                return null;
            }

            var lam = IsLamMarked(token);
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (lam && key.Length > 3 && key[0] == 'ل' && key[1] != 'ل')
            {
                key = key[1..];
            }

            if (lexeme.Next.Contains(WithoutArticle(key)) && (lam || (!IsDefinite(w) && !token.Has(SegmentRole.Preposition))))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>
    /// The agent of noun k whose completing word at <paramref name="last"/> follows its genitive: the actor or the group
    /// right after the noun, or null when the word completes the noun at once.
    /// </summary>
    private EventArgument? NounAgent(int k, int last, int end, EventLexeme lexeme)
    {
        if (AgentBeforeCompletion(k, end, lexeme) != last)
        {
            return null;
        }

        return _actors.StartingAt(k + 1) is { IsActor: true } actor ? actor.Argument : GroupArgument(k + 1, last);
    }

    /// <summary>Whether the token carries the preposition ل ("للصواريخ"، "لصاروخ").</summary>
    private bool IsLamMarked(Token token) =>
        token.SegmentWith(SegmentRole.Preposition) is { } preposition && _doc.Text[preposition.Span.Start] == 'ل';
}
