using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "هددت برلين بفرض عقوبات على تركيا"، "وهددت بإلغاء القمة المقررة الشهر المقبل مع الرئيس الأميركي"، "هدد وزير الداخلية
/// الإيطالي بإغلاق مطارات بلاده إذا أصرت ألمانيا"، "هدد التنظيم بقتل رئيس مجلس النواب": a threat that names no one as its
/// object names whom it threatens inside the threatened act, the words after ب: the side the sanction, the cancelled
/// meeting or the killing is aimed at, or the side whose doing the condition names. CAMEO codes a threat against that
/// party, as the gold does (gold/README.md, events-test7: North Korea's threat to cancel the summit with Trump has Trump
/// as target). The first actor there is taken, when it is neither the threatener nor of its country and is not a place
/// after في (where the act would happen: "بشن ضربات على مواقع في سوريا").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Lemmas (folded) of verbs of threatening whose threatened act follows ب.</summary>
    private static readonly HashSet<string> ThreatLemmas = new(StringComparer.Ordinal) { "هدد", "توعد" };

    /// <summary>How many tokens after the verb the ب of the threatened act may stand (its subject and a word of time between).</summary>
    private const int ThreatenedActReach = 8;

    /// <summary>Gives a threat (13) with no target the first other side named in its threatened act.</summary>
    private void ThreatenedParties()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var threat = _events[i];
            if (!HasRoot(threat.Cameo, '1', '3') || threat.Target is not null || threat.Source is not { } threatener)
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, threat.Trigger.Start);
            if (k < 0 || _readings.Lexeme(k) is not { } lexeme || !ThreatLemmas.Contains(lexeme.Lemma))
            {
                continue;
            }

            if (ThreatenedParty(k, threatener) is { } party)
            {
                _events[i] = threat with { Target = party };
            }
        }
    }

    /// <summary>
    /// The first actor of another side in the threatened act after the threat verb at token k: from the word that opens
    /// with ب to the end of its clause; null when none is named there.
    /// </summary>
    private EventArgument? ThreatenedParty(int k, EventArgument threatener)
    {
        var end = _sentenceEnd[_sentenceOf[k]];
        var act = -1;
        for (var j = k + 1; j < end && j <= k + ThreatenedActReach; j++)
        {
            if (_actors.StartingAt(j) is { } subject)
            {
                j = subject.Last;
                continue;
            }

            var key = _tokens[j].Key;
            if (key.Length > 2 && key[0] == 'ب' && _tokens[j].Has(SegmentRole.Preposition))
            {
                act = j;
                break;
            }

            // "هدد وزير الداخلية الإيطالي، الأحد، بإغلاق": commas around a word of time stand between the subject and the act.
            if (ArticleActors.ListsWithoutConjunction(ClauseStops, key))
            {
                return null;
            }
        }

        if (act < 0)
        {
            return null;
        }

        for (var j = act + 1; j < end; j++)
        {
            var key = _tokens[j].Key;
            if (key is "،" or "," or "." || ArticleActors.ListsWithoutConjunction(ClauseStops, key))
            {
                return null;
            }

            if (_actors.StartingAt(j) is not { } m)
            {
                continue;
            }

            var inPlace = m.Preposition is "في" || (j > 0 && ArticleActors.WithoutConjunctionSpan(_tokens[j - 1].Key) is "في" or "داخل");
            if (m.IsActor && !(m.IsPlace && inPlace) && !SameActor(m.Argument, threatener) && !SameSide(m.Argument, threatener))
            {
                return m.Argument;
            }

            j = m.Last;
        }

        return null;
    }
}
