using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وتمكنوا من طرد وحدات حماية الشعب من منطقة عفرين"، "إثر طرده تنظيم داعش من آخر معاقله"، "تسعى تركيا إلى طرد القوات
/// الكردية": driving an armed side out of ground is a military act, 190, as the gold codes it (gold/events-test7 and -test8),
/// not the expulsion of people (174) that طرد codes otherwise ("طرد المهاجرين"، "طرد مدير المكتب"). War reports write it as a
/// verbal noun after a preposition, whose genitive is the side driven out; the verb rules read that genitive as the
/// subject (the VSO reading of a verb), so the expelled side came out as the source. Here it becomes the target, and the
/// source is the side that succeeded (<see cref="SuccessSubject"/>), else the subject of the clause the noun stands in when
/// it is an armed side or a state ("وسيطرت القوات التركية على عفرين بعد طرد المقاتلين الأكراد منها"), else nobody.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Heads of a side driven out that <see cref="ArmedHeads"/> lacks: organizations of fighters (folded).</summary>
    private static readonly HashSet<string> ExpelledArmedHeads = new(StringComparer.Ordinal)
    {
        "تنظيم", "التنظيم", "عناصر", "مسلحي", "مقاتلي", "داعش", "الارهابيين", "ارهابيي", "المتطرفين",
    };

    /// <summary>Words before a verbal noun that make the form طرد a noun, not the perfect verb (folded).</summary>
    private static readonly HashSet<string> NounLeaders = new(StringComparer.Ordinal)
    {
        "من", "في", "الي", "بعد", "عن", "علي", "قبل", "اثر", "عقب", "اجل", "بهدف", "بغيه", "محاوله", "عمليه",
    };

    /// <summary>Recodes the expulsions (174) of an armed side written as a verbal noun as military force (190).</summary>
    private void ArmedExpulsions()
    {
        if (_codes.Find("190") is not { } force)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Cameo != "174" || e.Basis != EventBasis.Trigger)
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            var sentence = _sentenceOf[k];
            int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
            if (!IsVerbalNounUse(k, start) || ExpelledSideAfter(k, end) is not { } expelled)
            {
                continue;
            }

            // The side before the noun keeps its act ("القوات طردت"); a side read after it was the one driven out.
            // The clause's subject drove them out only when it can fight: an armed side or a state ("تسعى تركيا إلى طرد"), not the
            // president whose decree the sentence tells of ("أصدر الرئيس قرارا ... بعد طرد الميليشيات").
            var source = e.Source is { } own && own.Span.End <= e.Trigger.Start ? own : SuccessSubject(k, start) ?? FightingSubject(ClauseSubjectBefore(k));
            if (source is not null && source.Span.Start >= expelled.Span.Start)
            {
                source = null;
            }

            _events[i] = Recoded(e, force) with { Source = source, Target = expelled };
        }
    }

    /// <summary>
    /// Whether طرد at <paramref name="k"/> is the verbal noun: after a preposition (a clitic or a word: "لطرد"، "من طرد"، "بعد
    /// طرد") or a word that governs a noun ("إثر طرده"، "محاولة طرد").
    /// </summary>
    private bool IsVerbalNounUse(int k, int start) =>
        _tokens[k].Has(SegmentRole.Preposition)
        || (k - 1 >= start && ArticleActors.ListsWithoutConjunction(NounLeaders, _tokens[k - 1].Key));

    /// <summary>
    /// The armed side right after the noun at <paramref name="k"/> (across a preposition with its pronoun: "طردت منها تنظيم
    /// داعش"): a named actor or group headed by a word of fighters, forces or their organizations; else null.
    /// </summary>
    private EventArgument? ExpelledSideAfter(int k, int end)
    {
        var j = k + 1;
        if (j < end && IsPronounPreposition(j))
        {
            j++;
        }

        if (j >= end || _tokens[j].Kind != TokenKind.Word || _tokens[j].Has(SegmentRole.Preposition) || _tokens[j].Has(SegmentRole.Conjunction))
        {
            return null;
        }

        // The key as written: a side joined by و is no genitive of the noun, and "وحدات" begins with the letter.
        var head = _tokens[j].Key;
        if (!ArmedHeads.Contains(head) && !ExpelledArmedHeads.Contains(head))
        {
            return null;
        }

        if (_actors.StartingAt(j) is { IsActor: true, Preposition: null } named)
        {
            return named.Argument;
        }

        return GroupArgument(j, end);
    }

    /// <summary>The actor when it is an armed side or a country, else null.</summary>
    private EventArgument? FightingSubject(EventArgument? actor) =>
        actor is { } a && (IsArmedSide(a) || (a.EntityId is { } id && EntityById(id) is { Type: EntityType.Location, Geo.Feature: "PCLI" })) ? a : null;
}
