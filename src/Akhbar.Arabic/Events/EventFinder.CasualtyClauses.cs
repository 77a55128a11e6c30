using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "ثمانية مدنيين قتلوا في قصف على مدينة خان شيخون"، "قتل 26 شخصا ... من جراء هجوم انتحاري ضرب كابل"، "وقتل الحساني في غارة
/// للتحالف": a killing verb read as a passive (the dead before it, or after it with no author named before the attack), whose
/// clause goes on to name the attack they died in, counts the dead of that attack. The attack is the event and is coded on its
/// own noun; gold/README.md does not count casualty clauses as events, and coded as a second event the killing took the
/// speaker of an attribution after it ("وفق متحدث باسم وزارة الداخلية") or nobody as its author.
/// A killing whose author stands between the verb and the attack is an act of its own ("وقتل المهاجمون سبعة أشخاص في هجوم"),
/// and one told with no attack after it ("نحو خمسة آلاف سجين قتلوا خلال بضعة أشهر") is kept.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded words that link the dead to the attack they died in ("في غارة"، "خلال اشتباكات"، "جراء قصف"، "لدى انفجار").</summary>
    private static readonly HashSet<string> CasualtyLinks = new(StringComparer.Ordinal)
    {
        "في", "خلال", "جراء", "اثر", "لدي", "نتيجه", "بسبب", "اثناء",
    };

    /// <summary>How many words may stand between the killing verb and the attack its dead died in.</summary>
    private const int CasualtyClauseReach = 20;

    /// <summary>
    /// Removes the killings (193) read as passives whose clause names the attack the dead died in; an attack with no target of
    /// its own takes the dead as its target ("ما لا يقل عن 25 عنصراً من الميليشيات قتلوا خلال معارك"، "قتل 3 أشخاص لدى انفجار
    /// قنبلة"), as the gold codes such an attack (gold/events-test, -test9).
    /// </summary>
    private void CasualtyClauses()
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var a = CasualtyAttack(_events[i]);
            if (a < 0)
            {
                continue;
            }

            var attack = _events[a];
            if (attack.Target is null && _events[i].Target is { } dead && !CountsCivilianDead(dead))
            {
                _events[a] = attack with { Target = dead };
            }

            _events.RemoveAt(i);
        }
    }

    /// <summary>The index of the attack a killing read as a passive counts the dead of, or -1 when the killing is an act of its own.</summary>
    private int CasualtyAttack(CodedEvent e)
    {
        if (e.Basis != EventBasis.Trigger || e.Cameo != "193" || e.Negated || e.Hypothetical
            || ArticleActors.TokenAt(_tokens, e.Trigger.Start) is not (>= 0 and var k) || _tokens[k].Has(SegmentRole.Pronoun)
            || _readings.Lexeme(k) is not { Kind: EventWordKind.Verb, Lemma: "قتل" })
        {
            return -1;
        }

        var start = _sentenceStart[_sentenceOf[k]];
        var end = _sentenceEnd[_sentenceOf[k]];
        if (_tokens[k].Segments is [{ Role: SegmentRole.Conjunction }, ..] && k > start && _tokens[k - 1].Kind == TokenKind.Word)
        {
            // "اعتقل الجيش عشرات المسلحين وقتل آخرين في اشتباكات": a verb joined to the clause before shares its author.
            return -1;
        }

        // The dead stand before the verb ("ثمانية مدنيين قتلوا"), or after it with no author of its own ("قتل 26 شخصا"،
        // "وقتل الحساني"): an author named before the verb (SVO) makes it an act.
        if (e.Source is { } author && author.Span.End <= e.Trigger.Start && CountedPatient(k, start) < 0)
        {
            return -1;
        }

        for (var j = k + 1; j < end && j <= k + CasualtyClauseReach; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key) && key is not ("،" or ","))
            {
                return -1;
            }

            if (e.Source is { } named && named.Span.Start >= _tokens[k].Span.End && named.Span.End <= _tokens[j].Span.Start)
            {
                // "وقتل المهاجمون سبعة أشخاص في هجوم": the author stands between the verb and the attack.
                return -1;
            }

            if (IsCasualtyLink(j, key) && _events.FindIndex(a => a != e && a.Basis == EventBasis.Trigger && IsForce(a.Cameo) && a.Cameo != "193"
                    && ArticleActors.TokenAt(_tokens, a.Trigger.Start) is var at && (at == j + 1 || (at == j && _tokens[j].Has(SegmentRole.Preposition)))) is >= 0 and var attack)
            {
                return attack;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether token j, whose key without its conjunction is <paramref name="key"/>, links the dead to an attack: one of
    /// <see cref="CasualtyLinks"/>, "من" of "من جراء", or a noun of force with ب on it ("بانفجار"، "بقصف").
    /// </summary>
    private bool IsCasualtyLink(int j, string key)
    {
        return CasualtyLinks.Contains(key) || (key == "من" && j + 1 < _tokens.Length && _tokens[j + 1].Key == "جراء")
            || (HasLeadingBa(_tokens[j]) && _readings.Lexeme(j) is { Kind: EventWordKind.Noun } lexeme && IsForce(lexeme.Cameo));
    }
}
