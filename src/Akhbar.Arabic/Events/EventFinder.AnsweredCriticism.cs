using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وتنفي إيران هذه الاتهامات"، "كافانو الذي نفى الاتهامات"، "ووصف وزير الدفاع الاتهامات بأنها سخيفة": a noun of criticism
/// or accusation that is the object of a verb of denying, rejecting or judging it names what its subject answers, not
/// what the subject said: the subject is the one accused, and the noun path, which takes the actor before a noun for its
/// author (the subject of its light verb), made the denier the accuser. A noun that names its own author keeps it
/// ("رفضت وارسو اتهامات نتانياهو": Netanyahu's, read from the genitive after the noun).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms (folded, without a conjunction) of the verbs that answer a criticism: نفى، أنكر، رفض، فنّد، دحض.</summary>
    private static readonly HashSet<string> AnsweringVerbs = new(StringComparer.Ordinal)
    {
        "نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "انكر", "انكرت", "انكروا", "ينكر", "تنكر",
        "رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "فند", "فندت", "يفند", "تفند", "دحض", "دحضت", "يدحض", "تدحض",
    };

    /// <summary>How many tokens before the noun the answering verb may stand: its subject and a demonstrative between.</summary>
    private const int AnsweringReach = 8;

    /// <summary>
    /// Whether criticism noun k is the object of a verb that answers it: such a verb (or a form of وصف) before it in its
    /// sentence with only actors, demonstratives, commas and words of time between.
    /// </summary>
    private bool AnsweredCriticism(int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - AnsweringReach; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (AnsweringVerbs.Contains(key) || DescribeForms.Contains(key))
            {
                return true;
            }

            if (_actors.EndingAt(j) is { } actor)
            {
                j = actor.First;
                continue;
            }

            if (!_inTime[j] && !PronounWords.Demonstrative.Contains(key) && key is not ("،" or ","))
            {
                return false;
            }
        }

        return false;
    }
}
