using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "ووجه الادعاء الاتهام إلى الوزير السابق"، "وجهت لندن أصابع الاتهام في قضية سكريبال إلى موسكو"، "الاتهامات التي وجهها
/// المحقق الخاص إلى مانافورت": criticism and accusation are directed (وجّه) at someone, who is then named after إلى, which
/// the lexicon's ل for these nouns does not cover, and often past a phrase of what the charge is about. When the directing
/// verb stands in a relative clause after the noun, its subject named after it made the criticism: the noun path, which
/// looks for an author before the noun or in its genitive, does not reach it there.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Forms of وجّه with an object pronoun (folded) that open a relative clause about the criticism noun before them
    /// ("الاتهامات التي وجهها"، "الانتقادات التي وجهتها").
    /// </summary>
    private static readonly HashSet<string> DirectingVerbsWithObject = new(StringComparer.Ordinal)
    {
        "وجهها", "وجهته", "وجهتها", "وجهوها", "يوجهها", "توجهها", "يوجهونها",
    };

    /// <summary>How many words after the noun (or the relative clause's verb) the addressee after إلى may stand.</summary>
    private const int DirectedReach = 8;

    /// <summary>
    /// Whom criticism noun k..last is directed at, named after إلى, when a verb of directing governs the noun, before it or
    /// in a relative clause right after it (past at most two adjectives), with the subject of that clause's verb as the
    /// author; null when no such verb or no addressee after إلى.
    /// </summary>
    private (ActorMention Addressee, ActorMention? Author)? DirectedCriticism(int k, int last, int end)
    {
        ActorMention? author = null;
        var from = last + 1;
        if (!DirectedByVerbBefore(k))
        {
            var relative = last + 1;
            while (relative < end && relative <= last + 3 && !RelativePronouns.Contains(_tokens[relative].Key) && OnlyAdjectivesBetween(relative, relative + 1))
            {
                relative++;
            }

            if (relative + 1 >= end || !RelativePronouns.Contains(_tokens[relative].Key) || !DirectingVerbsWithObject.Contains(_tokens[relative + 1].Key))
            {
                return null;
            }

            from = relative + 2;
            if (_actors.StartingAt(from) is null && from < end && IsTitle(_tokens[from]))
            {
                author = NextActor(from, end);
            }
            else if (_actors.StartingAt(from) is { IsActor: true, Preposition: null } named)
            {
                author = named;
            }
        }

        var words = 0;
        for (var j = from; j < end && words < DirectedReach; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key) || key is "،" or ",")
            {
                return null;
            }

            if (_actors.StartingAt(j) is { } m)
            {
                if (m.IsActor && m.Preposition == "الي" && m.Entity.Id != author?.Entity.Id)
                {
                    return (m, author);
                }

                j = m.Last;
            }

            if (_tokens[j].Kind == TokenKind.Word && !_inTime[j])
            {
                words++;
            }
        }

        return null;
    }
}
