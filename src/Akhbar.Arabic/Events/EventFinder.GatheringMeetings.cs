using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قمة جمعت الرئيس فلاديمير بوتين بنظيره الأميركي دونالد ترامب"، "لقاء جمع وزير الخارجية التركي مع نظيره الأميركي"،
/// "القمة التي جمعت روسيا وتركيا وإيران"، "خلال لقاء جمعه بوزير الخارجية السوري": news names the sides of a meeting as
/// the objects of جمع "brought together" after the meeting noun. The first side is the source and the one after ب or مع
/// (or joined by و) the target; "جمعه" carries the first side as a pronoun, which stands for the side named before.
/// "قمة تجمع بين X وY" is read by <see cref="BetweenParties"/>.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms of جمع "brought together" after a meeting noun (folded), without a pronoun: GatheredParties cuts ه or ها before the lookup.</summary>
    private static readonly HashSet<string> GatheringForms = new(StringComparer.Ordinal)
    {
        "جمع", "جمعت", "يجمع", "تجمع", "سيجمع", "ستجمع",
    };

    /// <summary>How many words after the meeting noun the verb جمع may stand: an adjective or two, الذي or التي, a future marker.</summary>
    private const int GatheringWindow = 5;

    /// <summary>
    /// The two sides a form of جمع after the meeting noun ending at <paramref name="last"/> brings together; null when no such
    /// verb follows, when it is followed by بين, or when either side is not an actor.
    /// </summary>
    private (ActorMention First, ActorMention Second)? GatheredParties(int k, int last, int start, int end, EventLexeme lexeme)
    {
        for (var g = last + 1; g < end && g <= last + GatheringWindow; g++)
        {
            var token = _tokens[g];
            if (token.Kind != TokenKind.Word || _actors.StartingAt(g) is not null)
            {
                return null;
            }

            var key = ArticleActors.WithoutConjunction(token.Key);
            if (CircumstancePrepositions.Contains(key) || _readings.Lexeme(g) is not null)
            {
                // "ويأتي هذا اللقاء بعد قمة جمعت كيم بالرئيس": the verb belongs to the other meeting.
                return null;
            }

            var pronoun = key.EndsWith("ها", StringComparison.Ordinal) ? 2 : key.EndsWith('ه') ? 1 : 0;
            if (!GatheringForms.Contains(key) && !(pronoun > 0 && GatheringForms.Contains(key[..^pronoun])))
            {
                continue;
            }

            if (g + 1 >= end || _tokens[g + 1].Key == "بين")
            {
                return null;
            }

            if (pronoun > 0)
            {
                // "لقاء جمعه بوزير الخارجية": the pronoun is the first side, the name after ب or مع the second.
                return PronounOwner(k, start, masculine: pronoun == 1) is { } owner
                    && PrepositionTarget(g + 1, end, lexeme, "04", required: false) is { } partner && partner.Entity.Id != owner.Entity.Id
                    ? (owner, partner) : null;
            }

            if (NextActor(g + 1, end) is not { Preposition: null } first)
            {
                return null;
            }

            var second = PrepositionTarget(first.Last + 1, end, lexeme, "04", required: false) ?? SideJoinedTo(first, end);
            return second is { } other && other.Entity.Id != first.Entity.Id ? (first, other) : null;
        }

        return null;
    }
}
