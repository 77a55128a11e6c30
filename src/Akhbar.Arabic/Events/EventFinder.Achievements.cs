using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Ground and captives an armed side takes, reported as what it managed to do: "تمكنت قوات الجيش من تحرير سلسلة جبال"،
/// "نجحت القوات في السيطرة على قرية"، "تمكن الجيش من أسر خمسة عناصر". War reports write most of their gains so, after a
/// verb of success (تمكن من، نجح في), and name the ground by a place the tagger does not know ("تحرير تباب عجاج", "تحرير
/// عدد من المواقع"). The verb of success makes the verbal noun an act of its subject, so the noun is coded without the
/// place word that makes تحرير or استعادة a taking elsewhere ("تحرير التجارة", "استعادة الثقة"), and السيطرة and أسر,
/// which alone are control of anything and families, are coded there only. Only an armed side takes ground so: "تمكنت
/// الحكومة من السيطرة على التضخم" is no act of force.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The latest act coded after a verb of success: its token and source. Acts joined to it by و in its sentence share
    /// the verb of success ("تمكنت من تحرير مواقع الشبكة وتحرير قرن خرفان"، "من أسر خمسة عناصر واستعادة كميات من الأسلحة").
    /// </summary>
    private (int Token, EventArgument? Source)? _achievedAct;

    /// <summary>
    /// Whether noun <paramref name="k"/>, with و, is joined to the latest act coded after a verb of success, in its sentence,
    /// at most twelve tokens on and with no clause word between.
    /// </summary>
    private bool JoinedToAchieved(int k)
    {
        if (_achievedAct is not { } act || act.Token >= k || k - act.Token > 12 || _sentenceOf[act.Token] != _sentenceOf[k]
            || !_tokens[k].Has(SegmentRole.Conjunction) || _tokens[k].Has(SegmentRole.Preposition))
        {
            return false;
        }

        for (var j = act.Token + 1; j < k; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Verbal nouns that name an act of force only after a verb of success (folded, with the article where it is written).</summary>
    private static readonly FrozenDictionary<string, EventLexeme> AchievedOnlyActs = new Dictionary<string, EventLexeme>(StringComparer.Ordinal)
    {
        // Taking control of ground: occupy territory (192), the code of تحرير and سيطر.
        ["السيطره"] = new("السيطره", EventWordKind.Noun, "192", "علي", false, [], true),

        // Taking fighters captive: arrest and detain (173), as the gold codes أسر.
        ["اسر"] = new("اسر", EventWordKind.Noun, "173", null, false, [], true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a fire brigade brings under control (folded): the fire, not ground ("السيطرة على الحريق").</summary>
    private static readonly HashSet<string> FireWords = new(StringComparer.Ordinal) { "النيران", "النار", "الحريق", "الحرايق", "اللهب" };

    /// <summary>
    /// The act a verbal noun right after the preposition of a verb of success names when the lexicon has it only after
    /// such a verb ("من السيطرة على"، "من أسر"); null otherwise. The preposition is checked first, so most tokens cost
    /// one comparison.
    /// </summary>
    private EventLexeme? AchievedOnlyAct(int k)
    {
        if (k < 2)
        {
            return null;
        }

        bool joined;
        if (_tokens[k - 1].Key is "من" or "في")
        {
            joined = false;
        }
        else if (_achievedAct is not null && _tokens[k].Key.Length > 3 && _tokens[k].Key[0] == 'و')
        {
            joined = true;
        }
        else
        {
            return null;
        }

        if (!AchievedOnlyActs.TryGetValue(joined ? _tokens[k].Key[1..] : _tokens[k].Key, out var lexeme))
        {
            return null;
        }

        var start = _sentenceStart[_sentenceOf[k]];
        if (joined ? !JoinedToAchieved(k) : !AfterVerbOfSuccess(k, start))
        {
            return null;
        }

        // "السيطرة على": control is taken of something named after على, at most two words on ("السيطرة الكاملة على").
        if (lexeme.Preposition is { } preposition)
        {
            var end = _sentenceEnd[_sentenceOf[k]];
            for (var j = k + 1; j < end && j <= k + 3; j++)
            {
                if (_tokens[j].Key == preposition)
                {
                    // "نجحت وحدات الحماية المدنية في السيطرة على النيران": firefighters put out a fire, no ground is taken.
                    return j + 1 < end && FireWords.Contains(_tokens[j + 1].Key) ? null : lexeme;
                }
            }

            return null;
        }

        return lexeme;
    }

    /// <summary>Whether the lexeme is one of <see cref="AchievedOnlyActs"/>.</summary>
    private static bool IsAchievedOnly(EventLexeme lexeme) => AchievedOnlyActs.TryGetValue(lexeme.Lemma, out var own) && ReferenceEquals(own, lexeme);

    /// <summary>
    /// "تمكنت القوات من تحرير تباب عجاج": a noun of taking ground (192) that wants a place word after it is an act without
    /// one right after a verb of success.
    /// </summary>
    private bool AchievedGround(int k, int start, EventLexeme lexeme) =>
        lexeme.Cameo == "192" && lexeme.Kind == EventWordKind.Noun && !_tokens[k].Has(SegmentRole.Preposition) && (AfterVerbOfSuccess(k, start) || JoinedToAchieved(k));
    /// <summary>
    /// Who succeeded in the act of noun <paramref name="k"/>: the armed side named after the verb of success ("تمكنت قوات
    /// الجيش من"), else right before it ("إن قوات الجيش تمكنت من"), else, for a verb with no subject of its own ("نفذت
    /// القوات عملية عسكرية، تمكنت خلالها من تحرير"), the armed side of the latest act of force of the same or the previous
    /// sentence. Null when no armed side is found.
    /// </summary>
    private EventArgument? SuccessSubject(int k, int start)
    {
        var verb = -1;
        for (var j = k - 2; j >= start && j >= k - 6; j--)
        {
            if (ArticleActors.ListsWithoutConjunction(SuccessVerbs, _tokens[j].Key))
            {
                verb = j;
                break;
            }
        }

        if (verb < 0)
        {
            verb = SuccessVerbOf(k, start);
        }

        if (verb < 0)
        {
            return JoinedToAchieved(k) ? _achievedAct?.Source : null;
        }

        for (var j = verb + 1; j < k - 1; j++)
        {
            if (_tokens[j].Key is "،" or ",")
            {
                // "نجحت القوات اليمنية، بإسناد من قوات التحالف، في": the side in the aside only backed the subject.
                break;
            }

            if (ArmedSideAt(j, k - 1) is { } after)
            {
                return after;
            }
        }

        // The subject before the verb: the first armed side of its clause ("إن قوات الجيش اليمني بإسناد من قوات التحالف
        // تمكنت": the army, not the side in the prepositional phrase).
        var clause = verb;
        while (clause - 1 >= start && clause - 1 >= verb - 10 && _tokens[clause - 1].Kind == TokenKind.Word
            && !ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[clause - 1].Key))
        {
            clause--;
        }

        for (var j = clause; j < verb; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (_tokens[j].Has(SegmentRole.Preposition) || StandalonePrepositions.Contains(key))
            {
                break;
            }

            if (ArmedSideAt(j, verb) is { } before)
            {
                return before;
            }
        }

        var sentence = _sentenceOf[k];
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var e = _events[i];
            if (e.Sentence < sentence - 1)
            {
                break;
            }

            if (e.Basis == EventBasis.Trigger && IsForce(e.Cameo) && e.Trigger.End <= _tokens[k].Span.Start && IsArmedSide(e.Source))
            {
                return e.Source;
            }
        }

        return null;
    }

    /// <summary>How many tokens an aside set off by commas may hold between a verb of success's subject and its preposition.</summary>
    private const int AsideReach = 8;

    /// <summary>
    /// How many words of its subject may stand between a verb of success and its preposition: a side with its adjective and
    /// a second side joined by و ("تمكن الجيش اليمني والمقاومة الشعبية من"، "تمكنت القوات التركية وفصائل سورية من").
    /// </summary>
    private const int SuccessSubjectWords = 5;

    /// <summary>
    /// The verb of success whose preposition (من، في) stands right before noun <paramref name="k"/>, with at most
    /// <see cref="SuccessSubjectWords"/> words of its subject between ("وتمكنت القوات الحكومية من تحرير"), also across one aside set off by commas before the
    /// preposition ("تمكنت القوات التركية وفصائل سورية، خلال عملية عسكرية، من السيطرة"، "نجحت القوات اليمنية، بإسناد من قوات
    /// التحالف، في تحرير"): its token, else -1. A clause word in the aside ends the search: the preposition is another clause's.
    /// </summary>
    private int SuccessVerbOf(int k, int start)
    {
        if (k - 2 < start || ArticleActors.WithoutConjunction(_tokens[k - 1].Key) is not ("من" or "في"))
        {
            return -1;
        }

        var from = k - 2;
        if (_tokens[from].Key is "،" or ",")
        {
            var opening = -1;
            for (var j = from - 1; j >= start && j >= from - AsideReach; j--)
            {
                var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
                if (key is "،" or ",")
                {
                    opening = j;
                    break;
                }

                if (ClauseStops.Contains(key) || SuccessVerbs.Contains(key))
                {
                    return -1;
                }
            }

            from = opening - 1;
            if (opening < 0 || from < start)
            {
                return -1;
            }
        }

        for (var j = from; j >= start && j >= from - SuccessSubjectWords; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (SuccessVerbs.Contains(key))
            {
                return j;
            }

            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(key) || StandalonePrepositions.Contains(key))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>An armed side that starts at token <paramref name="j"/>: a named one, or a group's words.</summary>
    private EventArgument? ArmedSideAt(int j, int limit)
    {
        if (_actors.StartingAt(j) is { IsActor: true, Preposition: null } named)
        {
            return IsArmedSide(named.Argument) ? named.Argument : null;
        }

        if (!GroupActors.Is(_tokens[j]) && !(_tokens[j].Kind == TokenKind.Word && !_tokens[j].Has(SegmentRole.Preposition)
            && ArticleActors.Lists(ArmedHeads, _tokens[j].Key)))
        {
            return null;
        }

        var group = GroupArgument(j, limit);
        return IsArmedSide(group) ? group : null;
    }
    /// <summary>Arms and equipment a side recovers (folded, without the article): "استعادة كميات من الأسلحة" is a seizure.</summary>
    private static readonly HashSet<string> Materiel = new(StringComparer.Ordinal)
    {
        "كميات", "كميه", "اسلحه", "ذخاير", "ذخيره", "معدات", "اليات", "عتاد", "مخازن", "صواريخ", "منظومه", "منظومات",
    };

    /// <summary>
    /// "تمكنت القوات من استعادة كميات من الأسلحة": recovering arms, not ground, is seizing property (171), as the gold codes
    /// it; a count may stand before the arms.
    /// </summary>
    private bool RecoversMateriel(int k, int end, EventLexeme lexeme)
    {
        if (lexeme.Lemma != "استعاده")
        {
            return false;
        }

        var j = k + 1;
        while (j < end && j <= k + 3 && IsCountBetween(j, end))
        {
            j += IsSomeOf(j, end) ? 2 : 1;
        }

        return j < end && _tokens[j].Kind == TokenKind.Word && Materiel.Contains(WithoutArticle(_tokens[j]));
    }
}
