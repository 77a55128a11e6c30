using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "بمقتل 20 من مليشيات الحوثي في معارك"، "قتل قياديان في صفوف مليشيات الحوثي في قصف لمقاتلات التحالف"، "أن الملا فضل الله
/// قتل في ضربة جوية": war reports tell an attack by the dead it left, and the side those dead belonged to is whom the force
/// was used on. The gold codes that side as the target (gold/dev, gold/events-test2, gold/events-test8), and the dead
/// themselves only when they are a named person; anonymous dead ("26 شخصا"، "10 قتلى") are no target. So a noun of force
/// that is the circumstance of the deaths ("في"، "خلال"، "جراء"، "إثر"، or ب on the noun) and has no target takes the person
/// or organization named in the casualty phrase before it, in its clause: after the word of death ("مقتل 20 من مليشيات
/// الحوثي") or just before a verb of dying ("مسلحي الحوثي قتلوا"); not the killer the phrase names ("برصاص الجيش").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words before a noun of force that make it the circumstance of a death (folded).</summary>
    private static readonly HashSet<string> CircumstanceWords = new(StringComparer.Ordinal) { "في", "خلال", "جراء", "اثر", "اثناء", "بسبب" };

    /// <summary>Words right before an actor that make it the killer, not the side of the dead: "برصاص الجيش"، "على يد مسلحين" (folded).</summary>
    private static readonly HashSet<string> KillerLeaders = new(StringComparer.Ordinal) { "برصاص", "رصاص", "بنيران", "نيران", "يد", "يدي", "ايدي", "بايدي" };

    /// <summary>How far back from the noun of force the word of death may stand, in tokens.</summary>
    private const int CasualtyReach = 25;

    /// <summary>Gives the force events (18-20) told as the circumstance of a side's dead that side as target.</summary>
    private void CasualtySideTargets()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Basis != EventBasis.Trigger || e.Target is not null || Root(e.Cameo) is not ("18" or "19" or "20"))
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            var start = _sentenceStart[_sentenceOf[k]];
            // "بغارة"، "بمعارك": ب on the noun is a circumstance too; ل is not ("الخاضعة لسيطرتهم").
            var circumstance = (_tokens[k].SegmentWith(SegmentRole.Preposition) is { } clitic && _doc.Text[clitic.Span.Start] == 'ب')
                || AfterCircumstanceWord(k, start);
            if (circumstance && SideOfTheDead(k, start, e.Source) is { } side)
            {
                _events[i] = e with { Target = side };
            }
        }
    }

    /// <summary>Whether the word before <paramref name="k"/>, inside its sentence, is a word of circumstance ("في"، "خلال"، "جراء").</summary>
    private bool AfterCircumstanceWord(int k, int start) =>
        k - 1 >= start && ArticleActors.ListsWithoutConjunction(CircumstanceWords, _tokens[k - 1].Key);

    /// <summary>
    /// The person or organization of the casualty phrase in the clause before noun <paramref name="k"/>, not the event's
    /// source; null when the clause has no word of death or names nobody in it.
    /// </summary>
    private EventArgument? SideOfTheDead(int k, int start, EventArgument? source)
    {
        var death = -1;
        for (var j = k - 1; j >= start && j >= k - CasualtyReach; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key))
            {
                break;
            }

            var bare = WithoutProclitics(_tokens[j]) ?? key;
            if (CasualtyWords.Contains(key) || CasualtyWords.Contains(bare) || DeathNouns.Contains(bare) || DyingVerbsAfter.Contains(key)
                || CasualtyVerbsAfter.Contains(key) || bare.StartsWith("مصرع", StringComparison.Ordinal))
            {
                death = j;
                break;
            }
        }

        if (death < 0)
        {
            return null;
        }

        // The dead are named after the word of death ("مقتل 20 من مليشيات الحوثي") or right before a verb of dying, a comma
        // between ("الملا فضل الله، قتل"). Their side, an organization, comes first ("قياديان في صفوف مليشيات الحوثي"); a
        // person only when named (the role phrase "قياديان ميدانيان" is no side).
        EventArgument? person = null;
        for (var j = Math.Max(start, death - 3); j < k; j++)
        {
            if (_actors.StartingAt(j) is not { } m)
            {
                continue;
            }

            if (m.Last < k && IsAmongTheDead(m, death, start, source))
            {
                if (m.Entity.Type == EntityType.Organization)
                {
                    return m.Argument;
                }

                if (m.Entity.Type == EntityType.Person && IsNamed(m))
                {
                    person ??= m.Argument;
                }
            }

            j = m.Last;
        }

        return person;
    }

    /// <summary>
    /// Whether mention <paramref name="m"/> names the dead of the word of death at <paramref name="death"/>: after it, or before
    /// it when it is a verb of dying; not the killer after برصاص or على يد, not the dateline, not the event's own source.
    /// </summary>
    private bool IsAmongTheDead(ActorMention m, int death, int start, EventArgument? source)
    {
        var killer = m.First > start && ArticleActors.ListsWithoutConjunction(KillerLeaders, _tokens[m.First - 1].Key);
        var deathKey = ArticleActors.WithoutConjunction(_tokens[death].Key);
        var afterDeath = m.Last >= death || CasualtyVerbsAfter.Contains(deathKey) || DyingVerbsAfter.Contains(deathKey);
        var isSource = source is { } s && (s.EntityId == m.Entity.Id || s.Span.Overlaps(m.Span));
        return !m.InDateline && !killer && afterDeath && !isSource;
    }
}
