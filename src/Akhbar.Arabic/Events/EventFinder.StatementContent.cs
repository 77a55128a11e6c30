using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Plain statements coded by what their words do, as CAMEO and the gold code them (gold/README.md, events: the speech's
/// more specific act replaces 010): a complaint that another side keeps up its violence is criticism (111), words that
/// make a step hang on another side's doing ("ما لم تتحمل سول المزيد من النفقات") are a threat (130) to that side, and
/// words that open with the speaker's own act in the first person ("نحن ندعم حق شركائنا"، "ندين بشدة") are that act.
///
/// A government or official whose words complain that another actor keeps up its violence ("وقالت المتحدثة إن "النظام
/// وداعميه يواصلون الهجوم على ..."", "وأوضحت الخارجية أن استمرار هجمات الحوثيين على المراكز السكانية ...") is not only
/// making a statement: CAMEO and the gold code the statement by what it does, criticism (111) of that actor. Words that
/// only tell that someone attacked are a report (010, as the gold keeps them: "وذكر المتحدث أن طالبان هاجمت نقطتي تفتيش"),
/// so the complaint is read from a word of going on (يواصل، استمرار) right before the act. Those who report violence for a
/// living are left alone even then: news outlets, witnesses, unnamed sources, armies, police and officers.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Words (folded, without the article) of the phrases of speakers who report violence rather than judge it ("مصادر
    /// عسكرية"، "المتحدث باسم الجيش"، "شهود عيان"، "تقارير إعلامية"، "مراسلنا", the outlet's own correspondent, whose ن the
    /// article test leaves on); a spokesman of a ministry of foreign affairs judges.
    /// </summary>
    private static readonly HashSet<string> Reporters = new(StringComparer.Ordinal)
    {
        "مصدر", "مصادر", "شاهد", "شهود", "مراسل", "مراسلنا", "مراسلتنا", "وكاله", "صحيفه", "وسايل", "قناه", "تلفزيون", "اذاعه", "موقع", "جيش", "قوات",
        "شرطه", "امن", "عميد", "عقيد", "لواء", "مقدم", "رايد", "عسكري", "عسكريه", "سكان", "ناشط", "ناشطون", "ناشطين", "مسعفون",
        "مسوول", "مسوولون", "مسوولين", "تقرير", "تقارير",
    };

    /// <summary>Words of going on (folded, without a conjunction or the article): "يواصلون الهجوم"، "استمرار هجمات"، "تستمر في قصف".</summary>
    private static readonly HashSet<string> GoingOnWords = new(StringComparer.Ordinal)
    {
        "يواصل", "تواصل", "يواصلون", "يواصلان", "تواصلان", "نواصل", "واصل", "واصلت", "واصلوا", "مواصله", "يستمر", "تستمر",
        "يستمرون", "استمر", "استمرت", "استمرار", "متواصل", "متواصله", "المتواصل", "المتواصله", "المستمر", "المستمره",
    };

    /// <summary>CAMEO actor roles of speakers who report violence rather than judge it: the military, the police, the media.</summary>
    private static readonly string[] ReporterRoles = ["MIL", "COP", "MED", "JUD"];

    /// <summary>
    /// Recodes a plain statement (010, no target) whose words, in their first sentence, tell of a force event (18-20) going on
    /// by an entity other than the speaker and of another country, as criticism (111) of that entity. The force event stays.
    /// </summary>
    private void AccusationsOfViolence()
    {
        if (_codes.Find("111") is not { } criticism)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement)
                || statement.Source is not { } speaker || !_statementWords.TryGetValue(statement.Trigger.Start, out var words) || IsReporter(speaker))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var sentence = _sentenceOf[first];
            var accused = _events.Find(a => a.Basis == EventBasis.Trigger && IsForce(a.Cameo) && !a.Negated && !a.Hypothetical
                && words.Contains(a.Trigger) && _sentenceOf[ArticleActors.TokenAt(_tokens, a.Trigger.Start)] == sentence
                && a.Source is { EntityId: not null } author && !SameActor(author, speaker) && !SameSide(author, speaker) && GoesOn(a.Trigger))?.Source;
            if (accused is not null)
            {
                _events[i] = Recoded(statement, criticism) with { Target = accused };
            }
        }
    }

    /// <summary>
    /// A statement the quote rules coded as a plain one (010, no target, not negated): the kind the passes that read its
    /// words (stances, accusations, duties, acts the words open with) may code again by what the words do.
    /// </summary>
    private static bool IsPlainStatement(CodedEvent statement) =>
        statement.Basis == EventBasis.Quote && statement.Cameo == "010" && statement.Target is null && !statement.Negated;

    /// <summary>The token after the last of a statement's reported words, or the end of the sentence of token k if that comes first.</summary>
    private int WordsEndInSentence(int k, TextSpan words) => Math.Min(_sentenceEnd[_sentenceOf[k]], ArticleActors.TokenAt(_tokens, words.End - 1) + 1);

    /// <summary>
    /// Words that may stand between an accused subject and its predicate: a copula pronoun, a past copula or a present one
    /// ("موسكو هي المسؤولة عن"، "بوتين ربما يكون مسؤولا عن").
    /// </summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "هو", "هي", "هم", "كان", "كانت", "كانوا", "يكون", "تكون" };

    /// <summary>
    /// "وقالت لندن إن موسكو مسؤولة عن تسميم سكريبال"، "وأضاف أن النظام يمول الإرهاب": a plain statement (010, no target) whose
    /// words, in their first sentence, say an accusing predicate (<see cref="AccusationPredicates"/>) of an actor is an
    /// accusation (112) of that actor. The actor is the subject of the predicate, right before it (a copula may stand
    /// between), and neither the speaker nor of the speaker's country, which would be a side telling of its own.
    /// </summary>
    private void AccusingPredicates()
    {
        if (_codes.Find("112") is not { } accusation)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement)
                || statement.Source is not { } speaker || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = WordsEndInSentence(first, words);
            for (var k = first; k < end; k++)
            {
                if (_actors.StartingAt(k) is not { IsActor: true, Preposition: null } accused)
                {
                    continue;
                }

                var predicate = accused.Last + 1;
                if (predicate + 1 < end && _tokens[predicate].Key is "ربما" or "قد" && Copulas.Contains(_tokens[predicate + 1].Key))
                {
                    // "إن بوتين ربما يكون مسؤولا عن الهجوم": a copula hedged is still one.
                    predicate++;
                }

                if (predicate < end && Copulas.Contains(_tokens[predicate].Key))
                {
                    predicate++;
                }

                if (AccusationPredicates.StartsAt(_tokens, predicate, end, IsHarm) && !SameActor(accused.Argument, speaker) && !SameSide(accused.Argument, speaker))
                {
                    _events[i] = Recoded(statement, accusation) with { Target = accused.Argument };
                    break;
                }

                k = accused.Last;
            }
        }
    }

    /// <summary>Whether token j names a harm: an act of coercion or force the lexicon codes (17-20: "الهجوم"، "اغتيال") or a killing or poisoning.</summary>
    private bool IsHarm(int j) =>
        AccusationPredicates.IsHarmWord(ArticleActors.WithoutConjunction(_tokens[j].Key))
        || (_readings.Lexeme(j) is { } act && (Root(act.Cameo) == "17" || IsForce(act.Cameo)));

    /// <summary>
    /// Whether the act is told as going on: a word of going on up to two words before it ("يواصلون الهجوم"، "استمرار
    /// هجمات"، "تستمر في قصف") or right after it ("القصف المتواصل").
    /// </summary>
    private bool GoesOn(TextSpan trigger)
    {
        int k = ArticleActors.TokenAt(_tokens, trigger.Start), last = ArticleActors.TokenAt(_tokens, trigger.End - 1);
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            if (ArticleActors.Lists(GoingOnWords, _tokens[j].Key))
            {
                return true;
            }
        }

        return last + 1 < _tokens.Length && ArticleActors.Lists(GoingOnWords, _tokens[last + 1].Key);
    }

    /// <summary>Whether a speaker reports violence rather than judges it: by a word of its phrase or title, or its entity's role.</summary>
    private bool IsReporter(EventArgument speaker) => SpeakerIs(speaker, Reporters, ReporterRoles);

    /// <summary>
    /// Words (folded, without the article) of the phrases of speakers who pass on what others did: outlets, reports and
    /// witnesses ("ذكرت تقارير"، "قالت صحيفة"), a narrower set than <see cref="Reporters"/>, which also holds the officers and
    /// officials who speak for their own side. Not sources: "صرح مصدر رسمي في وزارة الخارجية بأن سوريا تدين" is the voice
    /// of the ministry.
    /// </summary>
    private static readonly HashSet<string> Relayers = new(StringComparer.Ordinal)
    {
        "شاهد", "شهود", "مراسل", "وكاله", "صحيفه", "وسايل", "قناه", "تلفزيون", "اذاعه", "موقع", "تقرير", "تقارير",
    };

    /// <summary>CAMEO actor roles of speakers who pass on what others did: the media.</summary>
    private static readonly string[] RelayerRoles = ["MED"];

    /// <summary>Whether a speaker passes on what others did rather than speaks for a side (<see cref="Relayers"/>).</summary>
    private bool IsRelayer(EventArgument speaker) => SpeakerIs(speaker, Relayers, RelayerRoles);

    /// <summary>Whether a speaker's entity has one of the roles, or its phrase or the title words right before it one of the words.</summary>
    private bool SpeakerIs(EventArgument speaker, HashSet<string> words, string[] roles)
    {
        if (speaker.EntityId is { } id && EntityById(id) is { Cameo: { } code })
        {
            foreach (var role in roles)
            {
                if (code.EndsWith(role, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        // The phrase and the title words right before a name ("العميد عبد الرب ..."، "مصادر عسكرية").
        var from = Math.Max(0, ArticleActors.TokenAt(_tokens, speaker.Span.Start));
        for (var t = from - 1; t >= 0 && t >= from - 2 && _tokens[t].Kind == TokenKind.Word; t--)
        {
            from = t;
        }

        // Looked up by span: each quote asks this several times over the words of its speaker, and nearly all fail.
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = from; j < _tokens.Length && _tokens[j].Span.Start < speaker.Span.End; j++)
        {
            if (lookup.Contains(WithoutArticle(ArticleActors.WithoutConjunctionSpan(_tokens[j].Key))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two actors are entities of the same country: a side telling of its own forces' acts.</summary>
    private bool SameSide(EventArgument a, EventArgument b)
    {
        string? CountryOf(EventArgument x) =>
            x.EntityId is { } id ? EntityById(id)?.Country : null;

        return CountryOf(a) is { } ca && CountryOf(b) is { } cb && ca == cb;
    }

    /// <summary>
    /// "أشار الرئيس إلى أن بلاده يجب أن تبحث تقليص القوات ما لم تتحمل سول المزيد من النفقات": a plain statement (010, no
    /// target) whose words, in their first sentence, make a step hang on what another actor does ("ما لم" + a verb + the
    /// actor, or the actor right after ما لم) threatens that actor (130). The actor must not be the speaker.
    /// </summary>
    private void ConditionalThreats()
    {
        if (_codes.Find("130") is not { } threat)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement)
                || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = _sentenceEnd[_sentenceOf[first]];
            for (var j = first; j + 2 < end && _tokens[j].Span.Start < words.End; j++)
            {
                if (ArticleActors.WithoutConjunctionSpan(_tokens[j].Key) is not "ما" || _tokens[j + 1].Key != "لم")
                {
                    continue;
                }

                // "ما لم تتحمل سول"، "ما لم تسحب واشنطن": the subject of the verb after ما لم, or a name right after it.
                var subject = _actors.StartingAt(j + 2) ?? (j + 3 < end ? _actors.StartingAt(j + 3) : null);
                if (subject is { IsActor: true, Preposition: null } side && !SameActor(side.Argument, statement.Source))
                {
                    _events[i] = Recoded(statement, threat) with { Target = side.Argument };
                }

                break;
            }
        }
    }

    /// <summary>Words before a first-person verb at the start of reported words: "نحن ندعم"، "إننا نرفض".</summary>
    private static readonly HashSet<string> FirstPersonPronouns = new(StringComparer.Ordinal) { "نحن", "اننا", "فنحن", "انا", "انني", "اني" };

    /// <summary>Roots of the acts a speaker performs by saying them: appeals, intents, consultation, support, demands, criticism, rejection, threats.</summary>
    private static readonly HashSet<string> PerformedRoots = new(StringComparer.Ordinal) { "02", "03", "05", "10", "11", "12", "13" };

    /// <summary>
    /// "وقالت الخارجية: "نحن ندعم حق شركائنا السعوديين في الدفاع ..."": words that open with a verb of the speaker in the
    /// first person plural (ن, after نحن or إننا or not) perform that act; the statement is coded as it, its target the actor
    /// named after the verb, else the criticized or supported words (a phrase with no entity).
    /// </summary>
    private void FirstPersonActs()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement)
                || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, words.Start);
            while (k >= 0 && k < _tokens.Length && _tokens[k].Kind != TokenKind.Word && _tokens[k].Span.Start < words.End)
            {
                k++;
            }

            if (k < 0 || k + 1 >= _tokens.Length)
            {
                continue;
            }

            if (ArticleActors.ListsWithoutConjunction(FirstPersonPronouns, _tokens[k].Key))
            {
                k++;
            }

            if (!words.Contains(_tokens[k].Span) || !ArticleActors.WithoutConjunctionSpan(_tokens[k].Key).StartsWith('ن')
                || _readings.Lexeme(k) is not { Kind: EventWordKind.Verb } act || !PerformedRoots.Contains(Root(act.Cameo))
                || _codes.Find(act.Cameo) is not { } code)
            {
                continue;
            }

            var end = WordsEndInSentence(k, words);
            if (act.NeedsPreposition && !PrepositionFollows(k + 1, end, act.Preposition))
            {
                // "نحن نعمل على حل المشكلة": عمل is cooperation only with مع.
                continue;
            }

            var target = PerformedActTarget(k + 1, end, act);
            _events[i] = Recoded(statement, code) with { Target = target };
        }
    }

    /// <summary>
    /// The target of an act the speaker performs: for criticism and rejection what <see cref="CriticizedObject"/> finds; else
    /// the first actor among the next words outside a prepositional phrase; else, when a noun follows, its phrase up to the
    /// first preposition ("حق شركائنا السعوديين").
    /// </summary>
    private EventArgument? PerformedActTarget(int from, int end, EventLexeme act)
    {
        while (from < end && Skippable.Contains(_tokens[from].Key))
        {
            from++;
        }

        if (from >= end)
        {
            return null;
        }

        if (Root(act.Cameo) is "11" or "12")
        {
            var (actor, role) = CriticizedObject(from, end);
            return actor?.Argument ?? role;
        }

        for (var j = from; j < end && j < from + AddresseeWindow; j++)
        {
            if (_actors.StartingAt(j) is { IsActor: true } m && m.Preposition is null or "الي" or "ب" or "مع")
            {
                return m.Argument;
            }

            if (ClauseStops.Contains(_tokens[j].Key))
            {
                break;
            }
        }

        if (_tokens[from].Kind != TokenKind.Word || _tokens[from].Has(SegmentRole.Preposition) || StandalonePrepositions.Contains(_tokens[from].Key))
        {
            return null;
        }

        var last = from;
        while (last + 1 < end && last < from + 3 && _tokens[last + 1].Kind == TokenKind.Word && !_tokens[last + 1].Has(SegmentRole.Preposition)
            && !StandalonePrepositions.Contains(_tokens[last + 1].Key) && !ClauseStops.Contains(_tokens[last + 1].Key))
        {
            last++;
        }

        return new EventArgument(new TextSpan(_tokens[from].Span.Start, _tokens[last].Span.End), null);
    }

    /// <summary>Whether the preposition (folded, "مع") stands, as a word or a clitic, among the three words after <paramref name="from"/>.</summary>
    private bool PrepositionFollows(int from, int end, string? preposition)
    {
        if (preposition is null)
        {
            return false;
        }

        for (var j = from; j < end && j < from + 3; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key == preposition || (preposition.Length == 1 && key.StartsWith(preposition, StringComparison.Ordinal) && _tokens[j].Has(SegmentRole.Preposition)))
            {
                return true;
            }
        }

        return false;
    }
}
