using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تدريبات عسكرية مشتركة بين الولايات المتحدة وكوريا الجنوبية"، "المناورات المشتركة بين واشنطن وسيول": an exercise or
/// manoeuvre the text calls joint between two named parties is a show of force by each of them (150), one event per party
/// with no target, as the gold codes it (gold/events-test7), not one by nobody. A party after مع ("المناورات المشتركة مع
/// سيول") leaves the other party unnamed, and the exercise as it was.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many adjectives may stand between the noun of the exercise and مشتركة ("العسكرية"، "البحرية").</summary>
    private const int JointReach = 3;

    private void JointExercises()
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var e = _events[i];
            if (e.Basis != EventBasis.Trigger || Root(e.Cameo) != "15" || e.Source is not null || e.Target is not null
                || ArticleActors.TokenAt(_tokens, e.Trigger.End - 1) is not (>= 0 and var last) || JointParties(last, _sentenceEnd[e.Sentence]) is not var (first, second))
            {
                continue;
            }

            _events[i] = e with { Source = first.Argument };
            _events.Insert(i + 1, e with { Source = second.Argument });
        }
    }

    /// <summary>
    /// The two parties after "مشتركة بين" that follows the noun ending at <paramref name="last"/> (across its adjectives), as
    /// a meeting's sides are read (<see cref="BetweenParties"/>: the side right after بين and the one joined to it by و), in
    /// the sentence, which ends before <paramref name="end"/>. Null when the words are otherwise.
    /// </summary>
    private (ActorMention First, ActorMention Second)? JointParties(int last, int end)
    {
        for (var j = last + 1; j + 2 < end && j <= last + JointReach + 1; j++)
        {
            if (WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key)) is "مشتركه")
            {
                return _tokens[j + 1].Key == "بين" ? BetweenParties(j, end) : null;
            }

            if (!OnlyAdjectivesBetween(j, j + 1))
            {
                return null;
            }
        }

        return null;
    }
}
