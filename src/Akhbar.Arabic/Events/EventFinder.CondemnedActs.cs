using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تونس تدين هجوم نيس"، "أدانت تونس بشدة الإعتداء الإرهابي"، "وزارة الخارجية التي دانت واستنكرت التفجير": the act a side
/// condemns, rejects, demands or threatens over is the object of its speech act, not an act of its own. The rule that
/// keeps the subject of a coded verb from acting in the noun after it (<see cref="ActsInEventBefore"/>) reads the subject
/// after the verb; with the subject before it (a headline's SVO, a relative clause) the noun of force took the condemner
/// for its author ("Tunisia attacked Nice"). Such a noun keeps no source: the sentence reports the attack as a fact whose
/// author it does not name there.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words may stand between the speech act and the act it is about: "بشدة"، "بأشد العبارات"، "عن إدانتها".</summary>
    private const int CondemnedActReach = 3;

    /// <summary>Clears the source of a noun of protest or force (roots 14, 15, 17-20) that is the object of a speech act (10-13) by the same actor.</summary>
    private void CondemnedActs()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var act = _events[i];
            if (act.Basis != EventBasis.Trigger || act.Source is not { } author || !IsForceOrProtest(act.Cameo))
            {
                continue;
            }

            // The latest speech act of roots 10-13 before it in its sentence (a loop, not a lambda: every force event comes here).
            CodedEvent? speech = null;
            for (var s = _events.Count - 1; s >= 0; s--)
            {
                var e = _events[s];
                if (e.Sentence == act.Sentence && e.Trigger.End <= act.Trigger.Start && IsVerbalConflict(e.Cameo))
                {
                    speech = e;
                    break;
                }
            }

            if (speech is null || !SameActor(speech.Source, author))
            {
                continue;
            }

            // "تهدد بإيقاف نشاطها احتجاجا على": a protest given as a purpose is the speaker's own.
            var k = ArticleActors.TokenAt(_tokens, act.Trigger.Start);
            // "بعد إدانته لخطفه طفلا": a noun with its own pronoun names whose act it is.
            if (k < 0 || OwnPronoun(_tokens[k]) || _readings.Lexeme(k) is not { Kind: EventWordKind.Noun }
                || (HasRoot(act.Cameo, '1', '4') && IsPurposeNoun(act.Trigger)))
            {
                continue;
            }

            var last = ArticleActors.TokenAt(_tokens, speech.Trigger.End - 1);
            if (last >= 0 && OnlyObjectLeadBetween(last + 1, k, author))
            {
                _events[i] = act with { Source = null };
            }
        }
    }

    /// <summary>Whether a CAMEO code is of protest, force posture, coercion or violence: roots 14, 15, 17, 18, 19, 20.</summary>
    private static bool IsForceOrProtest(string cameo) =>
        cameo.Length >= 2 && ((cameo[0] == '1' && cameo[1] is '4' or '5' or '7' or '8' or '9') || (cameo[0] == '2' && cameo[1] == '0'));

    /// <summary>
    /// Whether tokens [from, to) hold only the speech act's own subject (VSO: "أدانت تونس بشدة الإعتداء") and at most
    /// <see cref="CondemnedActReach"/> other words, none a named actor or a clause word, which would make the noun no
    /// object of the act before it.
    /// </summary>
    private bool OnlyObjectLeadBetween(int from, int to, EventArgument subject)
    {
        var others = 0;
        for (var j = from; j < to; j++)
        {
            if (subject.Span.Contains(_tokens[j].Span))
            {
                continue;
            }

            if (_actors.StartingAt(j) is not null || ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key) || ++others > CondemnedActReach)
            {
                return false;
            }
        }

        return true;
    }
}
