using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "اعترضت الدفاعات 7 صواريخ، واستهدف 3 منها الرياض": a verb of force whose subject right after it is a count of "them"
/// in the feminine (منها, the pronoun of things: missiles, shells, drones) is done by those weapons, which name no author,
/// as "الضربة استهدفت" (EventFinder.Aiming). The subject carried over from the verb before ("الدفاعات") is the side that
/// stopped them, not the one that fired, and the count is no target: what follows it is.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Clears the source of a force verb with a partitive count of things as its subject and an actor after it, which becomes the target.</summary>
    private void PartitiveSubjects()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Basis != EventBasis.Trigger || Root(e.Cameo) is not ("18" or "19"))
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            if (k < 0 || _readings.Lexeme(k) is not { Kind: EventWordKind.Verb } || PartitiveEnd(k + 1) is not { } after)
            {
                continue;
            }

            // Only with an actor right after the count is the count the subject ("واستهدف 3 منها الرياض"); with none it may
            // be the object ("أسقطت الدفاعات 7 طائرات ودمرت 4 منها"), whose author is the subject carried over.
            if (after < _tokens.Length && _actors.StartingAt(after) is { IsActor: true, Preposition: null } struck)
            {
                _events[i] = e with { Source = null, Target = struck.Argument };
            }
        }
    }

    /// <summary>
    /// The token after "N منها" starting at <paramref name="j"/> (a number or a count word, then منها), or null when the
    /// words there are no such partitive.
    /// </summary>
    private int? PartitiveEnd(int j)
    {
        if (j + 1 >= _tokens.Length || !(_tokens[j].Kind == TokenKind.Number || CountWords.Contains(ArticleActors.WithoutConjunction(_tokens[j].Key))))
        {
            return null;
        }

        return _tokens[j + 1].Key == "منها" ? j + 2 : null;
    }
}
