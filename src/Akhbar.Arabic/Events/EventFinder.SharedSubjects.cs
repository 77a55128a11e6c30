using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "داهمت قوات الأمن منزلا في أنقرة واعتقلت ثلاثة أشخاص": a verb joined by و with no subject of its own shares the
/// subject of the verb that opens its sentence, also when that verb is no event word (so no event carries the subject
/// to it). Only when both verbs are past tense with the same person (feminine ت or not) and no clause word stands between,
/// so the subject is the same.
/// </summary>
internal sealed partial class EventFinder
{
    private EventArgument? OpeningVerbSubject(int k, int start)
    {
        var verb = ArticleActors.WithoutConjunction(_tokens[k].Key);
        var opening = ArticleActors.WithoutConjunction(_tokens[start].Key);
        if (k - start < 3 || !_tokens[k].Has(SegmentRole.Conjunction) || !IsPastVerbShape(verb) || !IsPastVerbShape(opening)
            || verb.EndsWith('ت') != opening.EndsWith('ت') || !IsClauseVerb(start, start))
        {
            return null;
        }

        for (var j = start + 1; j < k; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key) || _cues.Cue(_tokens[j]) is not null)
            {
                return null;
            }
        }

        if (_actors.StartingAt(start + 1) is { IsActor: true, Preposition: null } actor && actor.Last < k)
        {
            return actor.Argument;
        }

        return GroupActors.Is(_tokens[start + 1]) ? GroupArgument(start + 1, k) : null;
    }

    /// <summary>A word that can be a past verb of the third person: no article, no prefix of the present, 3 to 7 letters.</summary>
    private static bool IsPastVerbShape(string key) =>
        key.Length is >= 3 and <= 7 && !key.StartsWith("ال", StringComparison.Ordinal) && key[0] is not ('ي' or 'ن');
}
