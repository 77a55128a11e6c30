using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقال الوزير إن بلاده مستعدة لتقديم المساعدة"، "وتقول واشنطن إنها مستعدة لضمان أمن النظام"، "وقال إنه على استعداد للقاء
/// الزعيم"، "أن بلاده تعتزم إرسال منظومات إلى سوريا"، "وتعهد بحل الخلافات": a speaker who says that the speaker's own side is
/// ready to do something, means to, or pledges it states an intent to do it. CAMEO codes the statement by that intent
/// (gold/README.md, events: the speech's more specific act replaces 010): to cooperate (03x) when the act is one the lexicon
/// codes as cooperation, meeting, aid or yielding, to use force (138, a threat) when it codes it as force. The readiness must
/// be the speaker's side's, said of the speaker right after "إن" (its pronoun), of the speaker's country or of an actor of
/// that country: "إن السعودية مستعدة للتعاون" said by a Turkish spokesman reports another side's stance. A readiness the
/// words deny ("غير مستعدة"، "ليست مستعدة") is left alone.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms (folded, without a conjunction) of the adjective ready: مستعد، مستعدة، مستعدون ...</summary>
    private static readonly HashSet<string> ReadyWords = new(StringComparer.Ordinal)
    {
        "مستعد", "مستعده", "مستعدون", "مستعدين", "مستعدان", "مستعدتان", "مستعدتين",
    };

    /// <summary>
    /// Verbs and adjectives of intending (folded, without a conjunction): "تعتزم إرسال منظومات"، "عازمة على توقيع"; unlike
    /// readiness their act may follow them with no ل. Not يستعد, which tells of preparations rather than states an intent.
    /// </summary>
    private static readonly HashSet<string> IntendWords = new(StringComparer.Ordinal)
    {
        "اعتزم", "اعتزمت", "يعتزم", "تعتزم", "نعتزم", "يعتزمون", "تعتزمان", "يعتزمان", "ينوي", "تنوي", "ننوي", "ينوون",
        "عازم", "عازمه", "عازمون", "عازمين",
    };

    /// <summary>
    /// Cues of pledging (folded, without a conjunction), which the lexicon leaves uncoded because the pledged act decides the
    /// code: "تعهد بحل الخلافات" is an intent to settle, "تعهدوا بتقديم 4 مليارات دولار" one to give aid.
    /// </summary>
    private static readonly HashSet<string> PledgeCues = new(StringComparer.Ordinal)
    {
        "تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد", "يتعهدون", "نتعهد", "اتعهد", "متعهدا", "متعهده", "متعهدين",
    };

    /// <summary>
    /// Words (folded, without a conjunction) that may stand before what the speaker's side will do, in the speaker's words:
    /// "إن" and "أن" with the pronoun of the speaker's side, the first person, and the speaker's country or government by a
    /// possessive.
    /// </summary>
    private static readonly HashSet<string> ReadySubjectWords = new(StringComparer.Ordinal)
    {
        "انه", "انها", "اننا", "انهم", "انني", "اني", "بانه", "بانها", "باننا", "بانهم", "نحن", "انا", "ان", "بان",
        "بلاده", "بلادها", "بلادنا", "حكومته", "حكومتها", "حكومتنا", "دولته", "دولتها",
    };

    /// <summary>How many words of the speaker's words may stand before what the speaker's side will do ("إن الولايات المتحدة الأمريكية مستعدة").</summary>
    private const int SpeakerSideReach = 6;

    /// <summary>How many words after the readiness its act is looked for: the verbal noun and the noun of a light verb ("لإجراء محادثات").</summary>
    private const int ReadyActWindow = 2;

    /// <summary>Recodes a plain statement whose words say the speaker's side is ready to act, or means to, as the intent to do that act.</summary>
    private void StatedReadiness()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement) || statement.Source is not { } speaker
                || !_statementWords.TryGetValue(statement.Trigger.Start, out var words) || IsRelayer(speaker))
            {
                continue;
            }

            var first = FirstWordOf(words);
            if (first < 0)
            {
                continue;
            }

            var end = WordsEndInSentence(first, words);
            if (ArticleActors.ListsWithoutConjunction(PledgeCues, _tokens[ArticleActors.TokenAt(_tokens, statement.Trigger.Start)].Key))
            {
                // "وتعهد بحل الخلافات بين البلدين": the pledge's words open with its act after ب.
                if (_tokens[first].Key.Length > 2 && _tokens[first].Key[0] == 'ب' && _tokens[first].Has(SegmentRole.Preposition)
                    && ReadyAct(first, end, speaker, 'ب') is ({ } pledged, var partner))
                {
                    _events[i] = Recoded(statement, pledged) with { Target = partner };
                }

                continue;
            }

            var k = AfterSpeakerSide(first, end, speaker);
            if (k < 0)
            {
                continue;
            }

            // A denied readiness ("ليست مستعدة"، "غير مستعد") stops at its denial, which is no word of readiness.
            var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
            var ready = ReadyWords.Contains(key) || IntendWords.Contains(key) ? k : key == "علي" && k + 1 < end && _tokens[k + 1].Key == "استعداد" ? k + 1 : -1;
            if (ready < 0 || ReadyAct(ready + 1, end, speaker, 'ل') is not ({ } code, var target))
            {
                continue;
            }

            _events[i] = Recoded(statement, code) with { Target = target };
        }
    }

    /// <summary>
    /// The first word of [first, end) after the speaker's side that opens the words as its subject ("إنها"، "بلاده"، "إن
    /// موسكو" said by a Russian, "نحن"), within <see cref="SpeakerSideReach"/> words: what that side is said to be or do.
    /// -1 when an actor of another side stands there first ("إن السعودية مستعدة" said by a Turk), or none is found.
    /// </summary>
    private int AfterSpeakerSide(int first, int end, EventArgument speaker)
    {
        for (var k = first; k < end && k < first + SpeakerSideReach; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (_actors.StartingAt(k) is { IsActor: true, Preposition: null } side)
            {
                if (!SameActor(side.Argument, speaker) && !SameSide(side.Argument, speaker))
                {
                    return -1;
                }

                k = side.Last;
                continue;
            }

            if (!ReadySubjectWords.Contains(ArticleActors.WithoutConjunction(_tokens[k].Key)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The intent a readiness states, read from its act: "ل" + a word the lexicon codes, within <see cref="ReadyActWindow"/>
    /// words and its clause. Cooperation, meeting, aid and yielding (04-08) give the intent of that act (036, 032, 031, 033,
    /// 035); force (18-20) a threat of force (138); the target is the first actor after it that is not the speaker's side. A
    /// readiness whose act the lexicon does not code is intent to cooperate (030) only with a side named in its clause
    /// ("مستعدة لضمان أمن النظام الكوري الشمالي"), as for a readiness stated by a noun (EventFinder.StatedStances).
    /// </summary>
    private (CameoCode? Code, EventArgument? Target) ReadyAct(int from, int end, EventArgument speaker, char preposition)
    {
        if (from < end && IntendWords.Contains(ArticleActors.WithoutConjunction(_tokens[from - 1].Key)))
        {
            // "تعتزم روسيا إرسال"، "عازمة على توقيع": the intending verb's subject may follow it, and its act needs no ل.
            if (_actors.StartingAt(from) is { IsActor: true, Preposition: null } side && (SameActor(side.Argument, speaker) || SameSide(side.Argument, speaker)))
            {
                from = side.Last + 1;
            }

            if (from < end && ArticleActors.WithoutConjunction(_tokens[from].Key) == "علي")
            {
                from++;
            }
        }
        else if (from >= end || !StartsWithPreposition(from, preposition))
        {
            return (null, null);
        }

        var clauseEnd = from;
        while (clauseEnd < end && clauseEnd < from + AddresseeWindow + ReadyActWindow && !ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[clauseEnd].Key)
            && _tokens[clauseEnd].Key is not ("،" or ","))
        {
            clauseEnd++;
        }

        string? root = null;
        for (var j = from; j < clauseEnd && j < from + ReadyActWindow; j++)
        {
            if (j > from && StartsWithPreposition(j, 'ل'))
            {
                // "بتقديم خطة لاستعادة ثقة الرأي العام": a purpose after the act is not the act.
                break;
            }

            if (_readings.Lexeme(j) is { } act)
            {
                root = Root(act.Cameo);
                break;
            }
        }

        var intent = root switch
        {
            "03" => "030",
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "08" => "035",
            "18" or "19" or "20" => "138",
            null => "030",
            _ => null,
        };

        var target = FirstOtherSideIn(from, clauseEnd, speaker);
        if (intent is null || (root is null && target is null) || _codes.Find(intent) is not { } code)
        {
            return (null, null);
        }

        return (code, target);
    }

    /// <summary>
    /// Whether token k opens with the preposition (ل: "لتقديم"، "للتعاون"، "لـ"; ب: "بحل"، "بتقديم"): the act a readiness or
    /// a pledge is for.
    /// </summary>
    private bool StartsWithPreposition(int k, char preposition)
    {
        var key = _tokens[k].Key;
        return (key.Length <= 2 && key[0] == preposition) || (key.Length > 2 && key[0] == preposition && _tokens[k].Has(SegmentRole.Preposition));
    }

    /// <summary>
    /// Words (folded, without a conjunction) that open what the act is about rather than with whom ("لتقديم العون في التحقيق
    /// الخاص باختفاء الصحفي"، "لتقديم مقترحات حول فصل الجماعات المرتبطة بالقاعدة"): no partner is looked for past them.
    /// </summary>
    private static readonly HashSet<string> TopicPrepositions = new(StringComparer.Ordinal) { "في", "حول", "بشان", "عن", "بخصوص" };

    /// <summary>
    /// The partner of a readiness in [from, end): the first actor that is the act's object or stands after مع، ل or إلى
    /// ("لتوقيع اتفاق مع إيران"، "للسماح لتركيا"), neither the speaker nor of the speaker's country; none past a word of topic.
    /// </summary>
    private EventArgument? FirstOtherSideIn(int from, int end, EventArgument speaker)
    {
        for (var j = from; j < end; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(TopicPrepositions, _tokens[j].Key))
            {
                return null;
            }

            if (_actors.StartingAt(j) is { IsActor: true } m)
            {
                if (m.Preposition is null or "مع" or "ل" or "الي" && !SameActor(m.Argument, speaker) && !SameSide(m.Argument, speaker))
                {
                    return m.Argument;
                }

                j = m.Last;
            }
        }

        return null;
    }
}
