using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The actor a relative pronoun (الذي، التي، الذين ...) stands for: the one named right before it, a comma allowed between
/// ("روسيا التي حذرت"، "غولن، الذي تتهمه أنقرة"), and where the caller allows it a definite adjective or two after the name
/// ("وحدات حماية الشعب الكردية السورية التي"). One search for every rule that reads a relative clause: the subject of its
/// verb, the object of a verb with a pronoun, the author of a noun in it, the state of its "بلاده", a clause closed by commas.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The actor ending right before the relative pronoun at <paramref name="relative"/> (a comma may stand between), or up
    /// to <paramref name="adjectives"/> definite words before it, not before token <paramref name="start"/>; null when none.
    /// </summary>
    private ActorMention? AntecedentOfRelative(int relative, int start, int adjectives = 0)
    {
        var j = relative - 1;
        if (j > start && _tokens[j].Key is "،" or ",")
        {
            j--;
        }

        for (var gap = 0; j >= start; j--, gap++)
        {
            if (_actors.EndingAt(j) is { IsActor: true } antecedent)
            {
                return antecedent;
            }

            if (gap >= adjectives || _tokens[j].Kind != TokenKind.Word || !ArticleActors.WithoutConjunction(_tokens[j].Key).StartsWith("ال", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }
}
