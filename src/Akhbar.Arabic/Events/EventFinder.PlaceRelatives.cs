using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "بلدة خان شيخون السورية التي تتهم واشنطن النظام السوري بشنه": after a relative pronoun the antecedent is taken to act
/// ("روسيا التي حذرت مقدونيا"), but a town or a region cannot make a verbal act (roots 01-13). When the antecedent is such a
/// place and an actor follows the verb, that actor is the verb's subject, as in a main clause, and the place is what the
/// clause is about (gold/events-test10: Washington accuses the Syrian regime).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Whether verb k, right after a relative pronoun, has a place that is no actor for antecedent and an actor after it.</summary>
    private bool AfterPlaceAntecedent(int k, EventLexeme lexeme)
    {
        if (!IsVerbalRoot(lexeme.Cameo) || k + 1 >= _tokens.Length || _actors.StartingAt(k + 1) is not { IsActor: true, Preposition: null })
        {
            return false;
        }

        // The antecedent ends right before the pronoun, or an adjective or two later ("خان شيخون السورية التي").
        for (var j = k - 2; j >= 0 && j >= k - 4; j--)
        {
            if (_actors.EndingAt(j) is { } antecedent)
            {
                return antecedent is { IsPlace: true, IsActor: false };
            }

            if (_tokens[j].Kind != TokenKind.Word || !ArticleActors.WithoutConjunctionSpan(_tokens[j].Key).StartsWith("ال", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }
}
