using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Verbs whose event is in their object noun (events/verb-objects.tsv: "قدم تعازيه" 018, "ألقت الشرطة القبض على" 173,
/// "أعرب عن قلقه" 012): the verb is the trigger when the object follows it in its clause, after its subject if that
/// stands between ("أطلقت السلطات سراح"), right after the linking preposition if the pattern has one.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How far after the verb its object may stand: a VSO subject with its title and name fits ("قدم الرئيس الروسي فلاديمير بوتين تعازيه").</summary>
    private const int ObjectWindow = 8;

    /// <summary>Words that govern the noun after them like a preposition (folded): what follows is not a verb's direct object.</summary>
    private static readonly HashSet<string> GoverningWords = new(StringComparer.Ordinal)
    {
        "امام", "نحو", "بشان", "ازاء", "تجاه", "عبر", "بعد", "قبل", "دون", "بدون", "وراء", "خلف", "بين", "عند", "لدي", "ضمن", "اثر", "عقب", "جراء", "بسبب", "اثناء", "منذ",
    };

    private readonly EventVerbObjects _verbObjects = EventVerbObjects.Default;

    /// <summary>
    /// The object of the pattern being coded when a subject stands between it and its verb ("ألقت الشرطة القبض على"):
    /// the direct object and the target are looked for after it. -1 otherwise.
    /// </summary>
    private int _patternObject = -1;

    /// <summary>
    /// Words that belong to the object they follow, as the name of the thing (folded): "الغاز المسيل للدموع" is tear gas, and
    /// its adjective is no target ("أطلقت الشرطة الغاز المسيل للدموع على المحتجين").
    /// </summary>
    private static readonly HashSet<string> ObjectNameWords = new(StringComparer.Ordinal) { "المسيل", "المسيله", "مسيل", "مسيله", "للدموع" };

    /// <summary>The last token of the object at <paramref name="at"/>, with the words that name it (<see cref="ObjectNameWords"/>).</summary>
    private int ObjectEnd(int at)
    {
        var end = _sentenceEnd[_sentenceOf[at]];
        while (at + 1 < end && ObjectNameWords.Contains(_tokens[at + 1].Key))
        {
            at++;
        }

        return at;
    }

    /// <summary>The object of holding responsible (حمّل X المسؤولية), folded as the pattern table writes it.</summary>
    private const string ResponsibilityObject = "مسووليه";

    /// <summary>Objects already coded with their verb: the noun ("رفع العقوبات") is not coded again on its own.</summary>
    private readonly HashSet<int> _objectsOfVerbs = [];

    /// <summary>
    /// Codes the verb+object pattern whose verb is token k, if its object follows; returns whether token k is settled (the
    /// verb of a coded pattern, or the object of one), so that the lexicon does not code it again.
    /// </summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool VerbObjectEvent(int k)
    {
        if (_objectsOfVerbs.Contains(k))
        {
            return true;
        }

        if (_cueToken[k] || _verbObjects.PatternsOf(_tokens[k], _doc.Text, out var future) is not { } patterns
            || ObjectOf(k, patterns) is not ({ } pattern, var at))
        {
            return false;
        }

        _objectsOfVerbs.Add(at);
        if (IsVerbalNoun(k, at, pattern))
        {
            // "استبعد رفع العقوبات"، "لكن رفع الحظر تزامن": no act is reported, and the object is not one either.
            return true;
        }

        var lexeme = Lexeme(pattern);
        if (pattern.Link is null && at == k + 1)
        {
            // A direct object right after its verb ends the trigger ("أطلقت سراحه"), as the word that completes a phrase does.
            lexeme = lexeme with { Next = [ArticleActors.WithoutConjunction(_tokens[at].Key)] };
        }

        if (Root(pattern.Cameo) == "01")
        {
            // Comments (concern, hope, grief) are statements: coded like a statement verb, only with a named speaker at it.
            StatementOutsideQuote(k, lexeme);
        }
        else
        {
            // The object itself ("القبض", "سراح") is never what the act was done to: targets are looked for after it.
            _patternObject = ObjectEnd(at);
            var before = _events.Count;
            TriggerEvents(k, lexeme, future);
            _patternObject = -1;
            if (pattern.Object == ResponsibilityObject)
            {
                // "حملت الولايات المتحدة حركة حماس المسؤولية": holding someone responsible names whom it accuses. Without a
                // named target the name after the verb was the accused taken for the subject ("وحمل بوتين شخصيا مسؤولية
                // التدخل"), or the verb is the speaker's own bearing of it ("قبلت ليبيا تحمل المسؤولية المدنية").
                for (var i = _events.Count - 1; i >= before; i--)
                {
                    if (_events[i].Target is not { } held || (held.EntityId is null && held.Span.End > _tokens[at].Span.Start))
                    {
                        _events.RemoveAt(i);
                    }
                }
            }
        }

        return true;
    }

    /// <summary>
    /// "وأعرب الوزير عن قلقه من أن ...": a quote cue whose object follows is coded with the pattern's code (a comment, a
    /// denunciation) instead of the plain statement of the verb alone; the object is then not coded again. A pattern that
    /// is no speech act makes the quote event give way to the act.
    /// </summary>
    private EventLexeme? CueWithObject(int cue)
    {
        if (_verbObjects.PatternsOf(_tokens[cue], _doc.Text, out _) is not { } patterns || ObjectOf(cue, patterns) is not ({ } pattern, var at))
        {
            return null;
        }

        // An act ("وأعلنت الحكومة حالة الطوارئ") is no speech act: the quote event is not coded and the verb is coded with
        // its object as an act, the gold's convention for a statement of the speaker's own act.
        if (QuoteRoots.Contains(Root(pattern.Cameo)))
        {
            _objectsOfVerbs.Add(at);
        }

        return Lexeme(pattern);
    }

    /// <summary>
    /// Whether a word of the window can be an object of the patterns at all: most verb forms of the table ("عبر", "قدم",
    /// "طلب" are common nouns and prepositions too) have none, and this one test per word spares the full scan.
    /// </summary>
    private bool AnyObjectWord(int k, int end, VerbPatterns patterns)
    {
        for (var j = k + 1; j < end; j++)
        {
            if (patterns.MayBeObject(_tokens[j], _doc.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb is its verbal noun, which form I verbs write with the same letters as their past (رفع، قطع، فتح،
    /// فرض، سحب): with its object right after it ("بعد رفع الحظر", "استبعد رفع العقوبات") it is a noun, unless it opens its
    /// sentence with و or ف, where a verb with its subject left out is usual ("وفتح النار على"). With a subject between
    /// ("بعد رفع وزير الداخلية دعوى") the noun names who acted, and the act is coded.
    /// </summary>
    private bool IsVerbalNoun(int k, int at, VerbObjectPattern pattern)
    {
        var key = _tokens[k].Key;
        if (at != k + 1 || pattern.VerbalNoun is not { } noun || ArticleActors.WithoutConjunction(key) != noun)
        {
            return false;
        }

        return key == noun || k - _sentenceStart[_sentenceOf[k]] > 1;
    }

    /// <summary>
    /// Whether a statement verb that is one only with its preposition ("علق على": commented on; alone, suspended) has it in
    /// its clause after its subject.
    /// </summary>
    private bool OwnPrepositionAfter(int k, EventLexeme lexeme)
    {
        var end = Math.Min(_sentenceEnd[_sentenceOf[k]], k + 1 + ObjectWindow);
        for (var j = k + 1; j < end; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key == lexeme.Preposition)
            {
                return true;
            }

            if (ClauseStops.Contains(key))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The pattern as a curated event verb, so the rules for verbs find its source and target.</summary>
    private static EventLexeme Lexeme(VerbObjectPattern pattern) =>
        new(pattern.Verb + " " + pattern.Object, EventWordKind.Verb, pattern.Cameo, pattern.Preposition, false, [], true);

    /// <summary>The first pattern whose object stands in the clause after verb k, and the object's token; (null, -1) if none.</summary>
    private (VerbObjectPattern? Pattern, int At) ObjectOf(int k, VerbPatterns patterns)
    {
        var end = Math.Min(_sentenceEnd[_sentenceOf[k]], k + 1 + ObjectWindow);
        if (!AnyObjectWord(k, end, patterns))
        {
            return (null, -1);
        }

        // Once a preposition stands between, a noun after it is no direct object: "فتح الباب أمام تحقيق" opened no
        // investigation. Patterns with a link still find their object after it ("زجت به في السجن").
        var pastPreposition = false;
        for (var j = k + 1; j < end; j++)
        {
            var token = _tokens[j];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (ClauseStops.Contains(key))
            {
                break;
            }

            if (_actors.StartingAt(j) is { } name)
            {
                // "أعلن تحالف دعم الشرعية": a word of a name is no object.
                j = Math.Max(j, name.Last);
                continue;
            }

            foreach (var pattern in patterns.MayBeObject(token, _doc.Text) ? patterns.Patterns : [])
            {
                if (!EventVerbObjects.IsObject(pattern, token, _doc.Text, out var carriesLink))
                {
                    continue;
                }

                // "أعرب عن قلقه": the link stands right before the object or is its clitic.
                var linked = pattern.Link is null
                    ? !pastPreposition && !carriesLink && !token.Has(SegmentRole.Preposition) && !token.Key.StartsWith("لل", StringComparison.Ordinal)
                    : carriesLink || (j > k + 1 && ArticleActors.WithoutConjunction(_tokens[j - 1].Key) == pattern.Link);
                if (linked)
                {
                    return (pattern, j);
                }
            }

            if (_readings.Lexeme(j) is { Kind: EventWordKind.Verb })
            {
                // "أبدت معارضتها وطالبت لقاء دعمها": another event verb starts another clause.
                break;
            }

            pastPreposition |= StandalonePrepositions.Contains(key) || GoverningWords.Contains(key) || token.Has(SegmentRole.Preposition);
        }

        return (null, -1);
    }

    /// <summary>
    /// Whether the trigger stands in the words of a quote whose cue was coded as an act of judging them ("وأعرب الوزير عن
    /// إدانته للهجوم"، "أدانت الوزارة الهجوم"): what those words name is what the speaker condemns or fears, not an act
    /// the speaker announces as its own.
    /// </summary>
    private bool JudgedInWords(TextSpan trigger) =>
        _events.Exists(e => e.Basis == EventBasis.Quote && e.Cameo != "010" && _statementWords.TryGetValue(e.Trigger.Start, out var words) && words.Contains(trigger));

    /// <summary>
    /// The phrase with no entity between a verb's subject after it and the object noun of its pattern ("وحمّلت النقابة
    /// الحوثيين المسؤولية"): the first content word there, with the definite adjectives of a group. Null when none stands
    /// there or the subject reaches the object.
    /// </summary>
    private EventArgument? PhraseBeforeObject(int k, int last, EventArgument? source)
    {
        if (source is not { } s)
        {
            return null;
        }

        var from = last + 1;
        if (s.Span.Start > _tokens[last].Span.Start)
        {
            // A VSO subject ("حمّل الرئيس الفلسطيني محمود عباس الجنود"): the phrase comes after it.
            from = Math.Max(from, ArticleActors.TokenAt(_tokens, s.Span.End - 1) + 1);
        }
        else if (ArticleActors.TokenAt(_tokens, s.Span.End - 1) + 1 < k)
        {
            // A source taken from further back ("في سجون ميليشيات الحوثي، وحمّلت النقابة الحوثيين"): the definite word after
            // the verb may be its own subject, which the rules did not read; only a subject right before the verb ("ترامب يحمّل
            // الصين") leaves the words after it to the object.
            return null;
        }

        for (var j = from; j < _patternObject; j++)
        {
            if (_inTime[j] || Skippable.Contains(_tokens[j].Key))
            {
                continue;
            }

            // A definite phrase or a group ("الحوثيين"، "قوات الاحتلال"); not an adverb ("وحمل بوتين شخصيا مسؤولية") nor a word
            // joined by و to the subject ("ضرورة تحمل المجتمع الدولي وكافة مؤسساته المسؤولية", the bearing of it).
            var definite = ArticleActors.WithoutConjunctionSpan(_tokens[j].Key).StartsWith("ال", StringComparison.Ordinal);
            return IsObjectWord(j) && !_tokens[j].Has(SegmentRole.Conjunction) && (definite || GroupActors.Is(_tokens[j])) ? GroupArgument(j, _patternObject) : null;
        }

        return null;
    }

    /// <summary>
    /// The actor between a verb (or its subject after it) and the object noun of its pattern, when that noun does not follow
    /// the verb at once: the person a double-object verb is aimed at ("حمّلت الحكومة الجماعة مسؤولية"، "ترامب يحمّل الصين
    /// مسؤولية"); never the subject.
    /// </summary>
    private ActorMention? AddresseeBeforeObject(int last, int objectFrom, ActorMention? subject)
    {
        var from = objectFrom <= _patternObject ? objectFrom : last + 1;
        for (var j = from; j < _patternObject; j++)
        {
            if (_actors.StartingAt(j) is { IsActor: true, Preposition: null } m && m.Last < _patternObject)
            {
                if (subject is { } s && m.Entity.Id == s.Entity.Id)
                {
                    j = m.Last;
                    continue;
                }

                return m;
            }
        }

        return null;
    }
}
