using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The people a sentence counts as dead or hurt are what happened to someone, not who acted: "مقتل شخص في تظاهرة" (the
/// dead man did not protest), "بعد مقتل عشرات المتظاهرين ... احتجاجات", "إن متظاهرا توفي ... والاحتجاجات", "قتل ثلاثة
/// جنود في هجوم". Rules that look around an event word for the generic phrase that did it skip such a phrase; the
/// casualty rules of <see cref="GenericTarget"/> still read it as the target where the event hit it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Verbs of dying after the people they count, besides <see cref="CasualtyVerbsAfter"/>'s killing and wounding (folded).</summary>
    private static readonly HashSet<string> DyingVerbsAfter = new(StringComparer.Ordinal) { "توفي", "توفيت", "توفوا", "توفيا" };

    /// <summary>Nouns of death before the people they count, besides <see cref="CasualtyWords"/> (folded).</summary>
    private static readonly HashSet<string> DeathNouns = new(StringComparer.Ordinal) { "مصرع", "وفاه" };

    /// <summary>
    /// Whether the generic phrase first..last names casualties: it is the genitive of a noun or the object of a verb of
    /// death or wounding ("مقتل"، "بمقتل"، "إصابة"، "لقي"), or a verb of dying or being killed follows it ("قتلوا"، "توفي").
    /// </summary>
    private bool IsCasualtyPhrase(int first, int last, int end)
    {
        if (first > 0 && _tokens[first - 1].Kind == TokenKind.Word)
        {
            var before = _tokens[first - 1];
            var key = ArticleActors.WithoutConjunction(before.Key);
            if (CasualtyWords.Contains(key) || DeathNouns.Contains(key)
                || (WithoutProclitics(before) is { } bare && (CasualtyWords.Contains(bare) || DeathNouns.Contains(bare))))
            {
                return true;
            }
        }

        return last + 1 < end && ArticleActors.WithoutConjunction(_tokens[last + 1].Key) is var after
            && (CasualtyVerbsAfter.Contains(after) || DyingVerbsAfter.Contains(after));
    }
}
