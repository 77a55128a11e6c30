using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Generic actors (<see cref="GenericActors"/>): when no entity or group fills the role, the common noun phrase the text
/// names the side by ("تظاهر آلاف الطلاب", "هجوم نفذه مسلحون", "اعتصم عشرات المواطنين") is the span source, found by
/// the word order of Arabic news; and protesters acting as the subject of a verb ("وهتف المتظاهرون", "ورفع المتظاهرون
/// لافتات") report a demonstration (141) even when the verb itself is no event word.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Verbs with an object pronoun that, after an event noun, bring its author: "هجوم نفذه مسلحون", "غارة شنتها طائرة",
    /// "مسيرة نظمها الطلاب" (folded, without a leading و).
    /// </summary>
    private static readonly HashSet<string> AuthorVerbs = new(StringComparer.Ordinal)
    {
        "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "ينفذها", "تنفذها", "شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها",
        "يشنها", "تشنها", "نظمه", "نظمها", "نظمته", "نظمتها", "نظموه", "نظموها", "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها",
        "ارتكبوه", "ارتكبوها", "قاده", "قادها", "قادته", "قادتها",
    };

    /// <summary>
    /// Verbs after which protesters are those things happen to, not who acts ("أصيب متظاهرون", "اعتقل محتجون": the
    /// passive, which the script does not mark), and verbs of saying, which report rather than protest (folded).
    /// </summary>
    private static readonly HashSet<string> UndergoneVerbs = new(StringComparer.Ordinal)
    {
        "اصيب", "قتل", "جرح", "اعتقل", "سقط", "توفي", "لقي", "اوقف", "احتجز", "نقل", "فرق", "طرد", "منع", "ضرب", "شارك",
        "قال", "اضاف", "اكد", "ذكر", "اوضح", "يقول", "قالت", "كان", "كانت", "يكون", "بات", "ظل", "اصبح", "يوجد", "وجد",
    };

    /// <summary>Plural counts that, definite and alone, stand for the people they count ("تظاهر الآلاف"), folded.</summary>
    private static readonly HashSet<string> DefiniteCounts = new(
        new[] { "المئات", "الآلاف", "العشرات", "الملايين", "الألوف" }.Select(w => Akhbar.Core.Text.ArabicFolding.Fold(w)), StringComparer.Ordinal);

    /// <summary>
    /// A generic actor phrase starting at token <paramref name="j"/>: counting words ("آلاف", "عدد من", "نحو 700"), then
    /// the actor noun with its adjectives ("المتظاهرين الغاضبين"); after a count, a plural nisba is one too ("آلاف
    /// الإسرائيليين"). Null when j starts no such phrase.
    /// </summary>
    private (int First, int Last, GenericActors.Kind Kind)? GenericPhrase(int j, int limit)
    {
        var i = j;
        var counted = false;
        while (i < limit && i <= j + 4 && !_inTime[i])
        {
            if (_readings.GenericKind(i) == GenericActors.Kind.Quantity)
            {
                counted = true;
                i++;
            }
            else if (counted && _tokens[i].Key == "من")
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (counted && (i == j + 1 || (i == j + 2 && _tokens[j + 1].Key == "من")) && ArticleActors.ListsWithoutConjunction(DefiniteCounts, _tokens[j].Key)
            && !_tokens[j].Has(SegmentRole.Preposition)
            && (i >= limit || _inTime[i] || _tokens[i].Kind != TokenKind.Word || _readings.GenericKind(i) == GenericActors.Kind.None))
        {
            // "وتظاهر المئات أمام السفارة"، "تظاهر العشرات من أتباع الطريقة": a definite count, alone or with من and a noun
            // the list does not know, names the people it counts.
            return (j, j, GenericActors.Kind.People);
        }

        if (i >= limit || _inTime[i] || _tokens[i].Kind != TokenKind.Word || _actors.StartingAt(i) is not null)
        {
            return null;
        }

        var kind = _readings.GenericKind(i);
        var key = ArticleActors.WithoutConjunction(_tokens[i].Key);
        if (kind is GenericActors.Kind.None or GenericActors.Kind.Quantity)
        {
            // "آلاف الإسرائيليين", "مئات الفلسطينيين": people counted by their nationality.
            if (!counted || _tokens[i].Has(SegmentRole.Preposition) || key.Length < 6
                || !(key.EndsWith("يين", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal)))
            {
                return null;
            }

            kind = GenericActors.Kind.People;
        }

        var last = ArticleActors.TokenAt(_tokens, GroupArgument(i, limit).Span.End - 1);
        if (last == i && i + 1 < limit && !key.StartsWith("ال", StringComparison.Ordinal) && _tokens[i + 1].Kind == TokenKind.Word && !_inTime[i + 1]
            && ArticleActors.WithoutConjunction(_tokens[i + 1].Key) is { Length: > 3 } adjective && !adjective.StartsWith("ال", StringComparison.Ordinal)
            && IsNisba(adjective) && !DyingVerbsAfter.Contains(adjective) && _actors.StartingAt(i + 1) is null && !_tokens[i + 1].Has(SegmentRole.Preposition))
        {
            // "طائرات حربية", "طائرة أميركية": an indefinite noun and its adjective.
            last = i + 1;
        }

        return (j, last, kind);
    }

    private EventArgument PhraseArgument((int First, int Last, GenericActors.Kind Kind) phrase) =>
        new(new TextSpan(_tokens[phrase.First].Span.Start, _tokens[phrase.Last].Span.End), null);

    /// <summary>
    /// Whether a generic actor right after a verb of this code is who acted. After a verb of killing or violence the
    /// script does not tell the passive ("قتل ثلاثة جنود": three soldiers were killed), so there only armed men and
    /// protesters, who are not its usual victims, act; soldiers act in shows of force, arrests and combat. People act
    /// only in protests: after other verbs they are the object ("تساعد الأطباء", "حث الناس").
    /// </summary>
    private static bool ActsAfterVerb(GenericActors.Kind kind, string cameo) => kind switch
    {
        GenericActors.Kind.Protester or GenericActors.Kind.Armed => true,
        GenericActors.Kind.Security => cameo[..2] is "15" or "17" or "19" or "20" && !IsKilling(cameo),
        GenericActors.Kind.People => cameo[..2] == "14",
        _ => false,
    };

    /// <summary>Killing and wounding (18x, 193 "fight with small arms" as the verb قتل, 186 assassination).</summary>
    private static bool IsKilling(string cameo) => cameo[..2] == "18" || cameo is "193" or "186";

    /// <summary>
    /// The generic actor that did the event of trigger k..last, when no entity or group did: for a verb, the phrase right
    /// after it (VSO) or right before it at the start of its clause (SVO); for a noun, its genitive ("اعتصام العاملين"),
    /// "من قبل" and the phrase, the author after a verb like نفذه ("هجوم نفذته عصابة مسلحة"), or the subject of the
    /// verb right before it ("نظم الطلاب اعتصاما", "خرج المحتجون في مسيرة").
    /// </summary>
    private EventArgument? GenericActorSource(int k, int last, int start, int end, EventWordKind kind, string cameo, bool genitiveIsTarget)
    {
        var root = cameo[..2];
        if (kind == EventWordKind.Verb)
        {
            for (var j = last + 1; j < end && j <= last + 3; j++)
            {
                if (GenericPhrase(j, end) is { } after)
                {
                    // "قتلوا خمسة مسلحين": a verb with its subject in its ending has its object after it; after a verb of
                    // force a counted group is whom it hit ("قصفت عشرات المتمردين"), armed men alone who struck.
                    var plural = ArticleActors.WithoutConjunctionSpan(_tokens[k].Key).EndsWith("وا", StringComparison.Ordinal);
                    var counted = _readings.GenericKind(after.First) == GenericActors.Kind.Quantity && root is "17" or "18" or "19" or "20";
                    return ActsAfterVerb(after.Kind, cameo) && !plural && !counted ? PhraseArgument(after) : null;
                }

                if (!_inTime[j] && !Skippable.Contains(_tokens[j].Key))
                {
                    break;
                }
            }

            return GenericSubjectBefore(k, start) is { } before ? PhraseArgument(before) : null;
        }

        // "اعتصام العاملين", "هجمات المسلحين"; but "قصف المدنيين" is whom the force hit, and "هجوم انتحاري" has an adjective.
        // A noun with the article takes no genitive: "الهجمات الانتحارية" has an adjective after it.
        var definite = ArticleActors.WithoutConjunctionSpan(_tokens[last].Key).StartsWith("ال", StringComparison.Ordinal)
            || (_tokens[last].Has(SegmentRole.Article));
        if (!genitiveIsTarget && !definite && last + 1 < end && GenericPhrase(last + 1, end) is { } genitive && ActsAfterVerb(genitive.Kind, cameo)
            && (genitive.First < genitive.Last || IsPluralOrDefinite(_tokens[genitive.First])))
        {
            return PhraseArgument(genitive);
        }

        if (last + 3 < end && _tokens[last + 1].Key == "من" && _tokens[last + 2].Key == "قبل" && GenericPhrase(last + 3, end) is { } by)
        {
            return PhraseArgument(by);
        }

        for (var j = last + 1; j < end && j <= last + 3; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (AuthorVerbs.Contains(key))
            {
                for (var m = j + 1; m < end && m <= j + 3; m++)
                {
                    if (GenericPhrase(m, end) is { } author)
                    {
                        return PhraseArgument(author);
                    }

                    if (!_inTime[m] && !Skippable.Contains(_tokens[m].Key))
                    {
                        break;
                    }
                }

                break;
            }

            // "هجوم انتحاري نفذته", "غارة جوية شنتها": adjectives may stand between the noun and the verb.
            if (_tokens[j].Kind != TokenKind.Word || !IsNisba(key))
            {
                break;
            }
        }

        // "خرج المحتجون في مسيرة", "شارك آلاف في تظاهرة": a protest noun after في or ب is still what the subject did.
        var protestPhrase = root == "14" && (_tokens[k].Has(SegmentRole.Preposition) || (k > start && _tokens[k - 1].Key == "في"));
        if (InPrepositionalPhrase(k, start) && !protestPhrase)
        {
            return null;
        }

        var placeWords = 0;
        for (var a = k - 1; a >= start && a >= k - 7 - placeWords; a--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[a].Key);
            if (protestPhrase && key == "في" && a < k - 1 && _actors.StartingAt(a + 1) is { IsPlace: true } place && place.Last < k)
            {
                // "خرج آلاف العراقيين في البصرة في مظاهرات": where they marched stands between them and the protest.
                placeWords += place.Last - a + 1;
                continue;
            }

            if (key == "من" && a > start && _readings.GenericKind(a - 1) == GenericActors.Kind.Quantity)
            {
                // "شارك عشرات الآلاف من الفلسطينيين في مظاهرات": the من of a count is inside the phrase.
                continue;
            }

            if (ClauseStops.Contains(_tokens[a].Key) || _tokens[a].Key is "،" or "," || (StandalonePrepositions.Contains(key) && !(protestPhrase && a == k - 1)))
            {
                break;
            }

            // "شن مسلحون هجوما"; but "استهداف المدنيين والقصف": people before a noun of force are rarely who used it.
            if (GenericPhrase(a, k) is { } subject && WordsBetween(subject.Last + 1, k) <= 2 + placeWords && !PrepositionBefore(a, start) && ActsAfterVerb(subject.Kind, cameo))
            {
                // "عشرات الآلاف من الفلسطينيين": the counting words before the phrase are part of it.
                var first = subject.First;
                while (first > start && _readings.GenericKind(first - 1) == GenericActors.Kind.Quantity)
                {
                    first--;
                }

                // "مقتل شخص في تظاهرة": the dead are not who protested or fought (EventFinder.Casualties).
                if (IsCasualtyPhrase(first, subject.Last, k))
                {
                    break;
                }

                return PhraseArgument(subject with { First = first });
            }
        }

        return null;
    }

    /// <summary>A definite or plural noun: in the genitive of an event noun it names who acted, not how ("هجوم انتحاري").</summary>
    private static bool IsPluralOrDefinite(Token token)
    {
        var key = ArticleActors.WithoutConjunction(token.Key);
        return key.StartsWith("ال", StringComparison.Ordinal) || key.EndsWith("ون", StringComparison.Ordinal) || key.EndsWith("ين", StringComparison.Ordinal);
    }

    /// <summary>Whether the word before token a is a preposition, which makes the phrase at a no subject.</summary>
    private bool PrepositionBefore(int a, int start) =>
        a > start && ArticleActors.ListsWithoutConjunction(StandalonePrepositions, _tokens[a - 1].Key);

    /// <summary>
    /// "مسلحين مجهولين اغتالوا", "إن المتظاهرين سيعتصمون": a generic phrase that ends right before the verb (adverbs of
    /// time aside) and opens its clause (the sentence's start, a conjunction, a comma or a clause word before it).
    /// </summary>
    private (int First, int Last, GenericActors.Kind Kind)? GenericSubjectBefore(int k, int start)
    {
        var b = k - 1;
        while (b > start && b >= k - 3 && (_inTime[b] || Skippable.Contains(_tokens[b].Key)))
        {
            b--;
        }

        // The longest phrase: "مسلحين مجهولين", not "مجهولين".
        for (var a = Math.Max(start, b - 5); a <= b; a++)
        {
            if (GenericPhrase(a, b + 1) is { } phrase && phrase.Last == b && OpensClause(a, start))
            {
                return phrase;
            }
        }

        return null;
    }

    private bool OpensClause(int a, int start) =>
        a == start || _tokens[a].Segments is [{ Role: SegmentRole.Conjunction }, ..] || _tokens[a - 1].Kind == TokenKind.Punctuation
        || ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[a - 1].Key)
        || ArticleActors.WithoutConjunctionSpan(_tokens[a - 1].Key) is "كان" or "كانت" or "قد" or "ان" or "لقد";

    /// <summary>
    /// The passes over the whole document that generic actors add after the trigger rules: protesters acting, and no
    /// event whose source lies inside its own span target ("نجا قائد الشرطة من محاولة اغتيال": the police are the victim's
    /// office, not the attacker).
    /// </summary>
    private void GenericActorPasses()
    {
        ProtestersActing();
        for (var i = 0; i < _events.Count; i++)
        {
            if (_events[i] is { Source: { } s, Target: { EntityId: null } t } e && t.Span.Start <= s.Span.Start && s.Span.End <= t.Span.End)
            {
                _events[i] = e with { Source = null };
            }
        }
    }

    /// <summary>
    /// "وهتف المتظاهرون", "ورفع المتظاهرون لافتات", "تجمع مئات المتظاهرين أمام": protesters as the subject right after a
    /// verb that opens its clause act as protesters, a demonstration (141) with them as source, when the verb is no event
    /// word of its own (those are coded with this source by the trigger rules) and no protest of the sentence has them
    /// already. Nominative plurals only ("المتظاهرون"), or a count ("مئات المتظاهرين"): "فرقت الشرطة المتظاهرين" has them
    /// as the object.
    /// </summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void ProtestersActing()
    {
        for (var j = 1; j < _tokens.Length; j++)
        {
            // Most words are neither a protester noun nor a count: the cheap test first.
            if (_readings.GenericKind(j) is not (GenericActors.Kind.Protester or GenericActors.Kind.Quantity))
            {
                continue;
            }

            var sentence = _sentenceOf[j];
            var start = _sentenceStart[sentence];
            var v = j - 1;
            while (v > start && v >= j - 3 && (_inTime[v] || Skippable.Contains(_tokens[v].Key)))
            {
                v--;
            }

            // The phrase first: most counts count no protesters, and it costs less to read than whether a verb opens the clause.
            if (v < start || GenericPhrase(j, _sentenceEnd[sentence]) is not { Kind: GenericActors.Kind.Protester } phrase)
            {
                continue;
            }

            var copula = ArticleActors.WithoutConjunctionSpan(_tokens[v].Key) is "كان" or "كانت" && OpensClause(v, start);
            if (!(copula || IsClauseVerb(v, start)))
            {
                continue;
            }

            var head = ArticleActors.WithoutConjunction(_tokens[phrase.Last].Key);
            var countedOrNominative = phrase.First < phrase.Last || _tokens[phrase.First].Key.EndsWith("ون", StringComparison.Ordinal)
                || _readings.GenericKind(phrase.First) == GenericActors.Kind.Quantity || head.EndsWith("ون", StringComparison.Ordinal);
            var source = PhraseArgument(phrase);
            if (!countedOrNominative || HasProtestBy(sentence, source) || EventModality.IsFuture(_tokens, v, start, EventWordKind.Verb))
            {
                continue;
            }

            if (ArticleActors.WithoutConjunctionSpan(_tokens[v].Key) is "كان" or "كانت")
            {
                // "وكان متظاهرون غاضبون قد أغلقوا الطريق": the act is the verb after قد.
                if (phrase.Last + 2 >= _sentenceEnd[sentence] || _tokens[phrase.Last + 1].Key != "قد" || !IsClauseVerb(phrase.Last + 2, phrase.Last + 2))
                {
                    continue;
                }

                v = phrase.Last + 2;
            }

            if (!ProtestActVerbs.Contains(ArticleActors.WithoutConjunction(_tokens[v].Key)))
            {
                // "وقرر المتظاهرون"، "وأصدر المتظاهرون بيانا": protesters doing something else than protesting.
                continue;
            }

            var trigger = _tokens[v].Span;
            var negated = EventModality.IsNegated(_tokens, v, start, EventWordKind.Verb);
            var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, v, start, _sentenceEnd[sentence], EventWordKind.Verb);
            Add(trigger, v, sentence, "141", source, [], negated, hypothetical, EventBasis.Trigger, ProtestTarget(phrase.Last + 1, _sentenceEnd[sentence]));
            j = phrase.Last;
        }
    }

    /// <summary>
    /// Whether a protest of the sentence already has a source overlapping <paramref name="protesters"/>. A method of its
    /// own, not a lambda in <see cref="ProtestersActing"/>'s loop: there it would capture the loop body's locals, and C#
    /// makes their closure object at the top of the body, for every token of every document.
    /// </summary>
    private bool HasProtestBy(int sentence, EventArgument protesters) =>
        _events.Exists(e => e.Sentence == sentence && e.Cameo.StartsWith("14", StringComparison.Ordinal) && e.Source is { } s && s.Span.Overlaps(protesters.Span));

    /// <summary>
    /// Whether token v reads as a verb that opens its clause: a word with no article, no preposition clitic, no number,
    /// no event word or quote cue of its own, at the sentence's start, after a conjunction, a comma or a clause word.
    /// </summary>
    private bool IsClauseVerb(int v, int start)
    {
        var token = _tokens[v];
        var key = ArticleActors.WithoutConjunction(token.Key);
        if (token.Kind != TokenKind.Word || key.Length < 3 || key.StartsWith("ال", StringComparison.Ordinal) || token.Has(SegmentRole.Preposition)
            || token.Has(SegmentRole.Pronoun) || _inTime[v] || _actors.StartingAt(v) is not null || _readings.GenericKind(v) != GenericActors.Kind.None
            || UndergoneVerbs.Contains(key) || StandalonePrepositions.Contains(key) || ClauseStops.Contains(key) || VerbLeaders.Contains(key)
            || _cues.Cue(token) is not null || _readings.Lexeme(v) is not null)
        {
            return false;
        }

        return OpensClause(v, start);
    }

    /// <summary>
    /// Stems of words that say whom a protest is against, the target right after them ("المناهضة لإيران", "منددة
    /// بالحكومة", "المعادية للاحتلال"), folded and without the article.
    /// </summary>
    private static readonly string[] AgainstStems = ["مناهض", "معادي", "مندد", "تندد", "يندد", "ندد", "منددين", "مناوي"];

    /// <summary>
    /// "واحتج المتظاهرون على قرار الحكومة": a protest verb whose target takes على (احتج) finds it after its subject, within
    /// six words of its clause, before any other preposition.
    /// </summary>
    private EventArgument? ProtestedAfterSubject(int k, int last, int end)
    {
        if (_readings.Lexeme(k) is not { Preposition: "علي" })
        {
            return null;
        }

        for (var j = last + 1; j + 1 < end && j <= last + 6; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key == "علي")
            {
                // "احتج الأهالي على ذلك": a pointer back names nothing.
                return ArticleActors.WithoutConjunctionSpan(_tokens[j + 1].Key) is "ذلك" or "هذا" or "هذه" or "تلك" ? null : TargetPhrase(j + 1, end);
            }

            if (ClauseStops.Contains(key) || StandalonePrepositions.Contains(key) || _tokens[j].Key is "،" or ",")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// What protesters protest against, in their clause: the actor or words after ضد, or after a word of opposition
    /// ("الهتافات المناهضة لإيران").
    /// </summary>
    private EventArgument? ProtestTarget(int from, int end)
    {
        for (var j = from; j + 1 < end && j <= from + 12; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key) && key is not ("ان" or "انه" or "انها"))
            {
                break;
            }

            var bare = key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;
            if (key == "ضد" || AgainstStems.Any(a => bare.StartsWith(a, StringComparison.Ordinal)))
            {
                return TargetPhrase(j + 1, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The words a protest is aimed at from token j: an actor (also with its preposition clitic, "لإيران"), a noun whose
    /// genitive is an actor ("قرار الحكومة", "زيارة غل"), else the noun with its definite genitive and adjectives.
    /// </summary>
    private EventArgument? TargetPhrase(int j, int end)
    {
        if (j >= end || _tokens[j].Kind != TokenKind.Word || _inTime[j] || ClauseStops.Contains(_tokens[j].Key))
        {
            return null;
        }

        if (_actors.StartingAt(j) is { IsActor: true } actor)
        {
            return actor.Argument;
        }

        if (j + 1 < end && _actors.StartingAt(j + 1) is { IsActor: true, Preposition: null } owner)
        {
            return new EventArgument(new TextSpan(_tokens[j].Span.Start, owner.Span.End), null);
        }

        var last = j;
        while (last + 2 < end && last < j + 2 && IsConstructNoun(last + 1) && _tokens[last + 2].Kind == TokenKind.Word && !_inTime[last + 2]
            && _tokens[last + 2].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            // "على وجود طالبي اللجوء"، "على تصريحات وزير الداخلية": a chain of genitives names whom the protest is about.
            if (_actors.StartingAt(last + 1) is { IsActor: true } inChain)
            {
                return new EventArgument(new TextSpan(_tokens[j].Span.Start, inChain.Span.End), null);
            }

            last++;
        }

        while (last + 1 < end && last < j + 4 && _tokens[last + 1].Kind == TokenKind.Word && !_inTime[last + 1]
            && _tokens[last + 1].Key.StartsWith("ال", StringComparison.Ordinal) && !ClauseStops.Contains(_tokens[last + 1].Key))
        {
            last++;
        }

        if (last + 1 < end && _actors.StartingAt(last + 1) is { IsActor: true, Preposition: "ل" } holder)
        {
            // "على السياسات العنصرية للنظام الإيراني": the actor whose policy it is, after ل, is part of what is protested.
            last = holder.Last;
        }

        return new EventArgument(new TextSpan(_tokens[j].Span.Start, _tokens[last].Span.End), null);
    }

    /// <summary>
    /// Whether token j can be a noun in the construct state inside a genitive chain: a word without the article, a
    /// conjunction or a preposition clitic (a final ي may be the plural's, "طالبي اللجوء"), no date, no clause word, no
    /// preposition (it is read only before a definite word, so "طالبي" is no nisba there).
    /// </summary>
    private bool IsConstructNoun(int j)
    {
        var token = _tokens[j];
        var key = token.Key;
        return token.Kind == TokenKind.Word && !_inTime[j] && !token.Has(SegmentRole.Preposition) && !token.Has(SegmentRole.Article) && !token.Has(SegmentRole.Conjunction) && key.Length > 2 && !key.StartsWith("ال", StringComparison.Ordinal)
            && !ClauseStops.Contains(key) && !StandalonePrepositions.Contains(key) && !Skippable.Contains(key);
    }

    /// <summary>
    /// Words that present the noun after them as a known case or a mention, not as something the sentence reports:
    /// "منذ اغتيال" (since), "وراء الهجوم" (behind), "قضية اغتيال", "ملف", "ذكرى" (anniversary), "هذا الهجوم" (a reference
    /// back), "أي هجوم" (any, also "لأي هجوم"); a charge or a crime tried or investigated ("بتهمة اغتيال"، "اتهام بالاختطاف"، "جريمة اغتيال"،
    /// "محاكمة منفذي التفجير"، "مرتكبي الهجوم"); an act braced for ("تحسبا لأي ضربة"); compared folded, without a leading و
    /// or a preposition clitic.
    /// </summary>
    private static readonly HashSet<string> CaseWords = new(
        new[]
        {
            "منذ", "وراء", "قضية", "ملف", "ذكرى", "هذا", "هذه", "ذلك", "تلك", "أي",
            "تهمة", "تهم", "اتهام", "اتهامات", "جريمة", "جرائم", "محاكمة", "منفذي", "مرتكبي", "تحسبا",
        }.Select(w => Akhbar.Core.Text.ArabicFolding.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>Whether a noun of protest or violence stands right after a word that makes it a case or a mention.</summary>
    private bool IsCaseReference(int k, int start, EventLexeme lexeme) =>
        lexeme.Kind == EventWordKind.Noun && Root(lexeme.Cameo) is "14" or "18" or "19" or "20" && k > start
        && (CaseWords.Contains(_tokens[k - 1].Key) || ArticleActors.ListsWithoutConjunction(CaseWords, _tokens[k - 1].Key)
            || (WithoutProclitics(_tokens[k - 1]) is { } bare && CaseWords.Contains(bare)));

    /// <summary>The folded word from its article or stem on ("لأي" gives "اي", "بتهمة" "تهمه"), null without a proclitic.</summary>
    private string? WithoutProclitics(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Segments.Length < 2 || token.Segments[0].Role is SegmentRole.Stem or SegmentRole.Article)
        {
            return null;
        }

        foreach (var segment in token.Segments)
        {
            if (segment.Role is SegmentRole.Stem or SegmentRole.Article)
            {
                return Akhbar.Core.Text.ArabicFolding.Fold(_doc.Text.AsSpan(segment.Span.Start, token.Span.End - segment.Span.Start));
            }
        }

        return null;
    }

    /// <summary>The folded stem of طائرة "aircraft" (its hamza folded like every key).</summary>
    private static readonly string AircraftStem = Akhbar.Core.Text.ArabicFolding.Fold("طائر");

    /// <summary>
    /// Words after مسيرة that make it a course, not a march: nouns ("مسيرة السلام", "مسيرة التنمية") and the nisba adjectives
    /// of a political or working course ("المسيرة السياسية والتفاوضية" is the peace process, "مسيرته المهنية" a career), folded.
    /// </summary>
    private static readonly HashSet<string> CourseWords = new(StringComparer.Ordinal)
    {
        "السلام", "التسويه", "الاصلاح", "التنميه", "المفاوضات", "الحياه", "العمل", "البناء", "الديمقراطيه", "التعاون", "النضال",
        "السياسيه", "التفاوضيه", "التنمويه", "الاصلاحيه", "النضاليه", "المهنيه", "الفنيه", "الرياضيه",
        "التعليميه", "الاقتصاديه", "التاريخيه", "الوحدويه", "الصحفيه", "الكرويه", "العلميه", "الادبيه", "الطويله", "الحافله",
    };

    /// <summary>
    /// "طائرة مسيرة" or "طائرة إسرائيلية مسيرة" (a drone), "مسيرة السلام" (a course), "مسيرته" (his career), "مسيرة الشعلة"
    /// (a relay), "مسيرة فنية طويلة" (a career; a course adjective with or without the article), "مسيرة صعود"، "مسيرة تحقيق
    /// التنمية" (an indefinite noun in its genitive: a course): مسيرة is a march alone, with an adjective ("مسيرة احتجاجية")
    /// or with who marched ("مسيرة الطلاب").
    /// </summary>
    private bool IsNoMarch(int k, int start, int end, EventLexeme lexeme) =>
        lexeme.Lemma == "مسيره"
        && (_tokens[k].Has(SegmentRole.Pronoun)
            || Enumerable.Range(Math.Max(start, k - 3), k - Math.Max(start, k - 3)).Any(j => _tokens[j].Key.Contains(AircraftStem, StringComparison.Ordinal))
            || (k + 1 < end && (CourseWords.Contains(_tokens[k + 1].Key)
                || (CourseWords.Contains("ال" + _tokens[k + 1].Key) && !MarchPurposes.Contains(_tokens[k + 1].Key))))
            || (k + 1 < end && _tokens[k + 1].Key.StartsWith("ال", StringComparison.Ordinal) && !IsNisba(_tokens[k + 1].Key)
                && !GenericActors.IsActorNoun(_tokens[k + 1]) && _actors.StartingAt(k + 1) is null)
            || (k + 1 < end && IsCourseGenitive(k + 1)));

    /// <summary>
    /// "مسيرة صعود"، "مسيرة عملاق التواصل": an indefinite noun right after مسيرة, no nisba, no word of who marches, no name,
    /// time, preposition or event word, is its genitive, and a march has none of that kind.
    /// </summary>
    private bool IsCourseGenitive(int j)
    {
        var token = _tokens[j];
        var key = token.Key;
        return token.Kind == TokenKind.Word && key.Length > 2 && !key.StartsWith("ال", StringComparison.Ordinal) && !token.Has(SegmentRole.Preposition)
            && !token.Has(SegmentRole.Conjunction) && !_inTime[j] && !IsNisba(key) && _readings.GenericKind(j) == GenericActors.Kind.None
            && _actors.StartingAt(j) is null && !StandalonePrepositions.Contains(key) && !ClauseStops.Contains(key) && !CauseAndTimeWords.Contains(key)
            && !key.EndsWith('ه') && !key.EndsWith('ا') && !IsTowardWord(j) && !MarchAdverbs.Contains(key) && !MarchPurposes.Contains(key)
            && !LooksLikeVerb(key) && _readings.Lexeme(j) is null;
    }

    /// <summary>
    /// "مسيرة جابت الشوارع"، "مسيرة تطالب بالإفراج": a verb right after the march describes it (a relative clause without
    /// الذي); a perfect agrees with مسيرة in ت, an imperfect opens with ت or ي. A verbal noun of form II (تفعيل: "تحقيق"،
    /// "تطوير"، "تعزيز") also opens with ت but is a genitive ("مسيرة تطوير التعليم").
    /// </summary>
    private static bool LooksLikeVerb(string key) =>
        (key[0] is 'ت' or 'ي' && !IsFormTwoVerbalNoun(key)) || (key.EndsWith('ت') && !key.EndsWith("ات", StringComparison.Ordinal));

    /// <summary>تفعيل: ت, two root letters, ي, the last root letter ("تحقيق"، "تطوير").</summary>
    private static bool IsFormTwoVerbalNoun(string key) => key.Length == 5 && key[0] == 'ت' && key[3] == 'ي';

    /// <summary>Genitives of purpose that make مسيرة a march ("مسيرة تضامن"، "مسيرة غضب"), folded.</summary>
    private static readonly HashSet<string> MarchPurposes = new(StringComparer.Ordinal) { "غضب", "دعم", "نصره", "حداد", "سلام", "وفاء" };

    /// <summary>
    /// Words of place and time a march is reported with ("مسيرة أمام السفارة"، "مسيرة وسط المدينة"), folded; a feminine
    /// adjective ("حاشدة") or an accusative of purpose ("تنديدا") is told apart by its ending.
    /// </summary>
    /// <remarks>Only <see cref="IsCourseGenitive"/> reads this list, after it has turned away words with the article, so اليوم or إلى need no entry.</remarks>
    private static readonly HashSet<string> MarchAdverbs = new(StringComparer.Ordinal)
    {
        "امام", "قرب", "وسط", "داخل", "خارج", "عند", "حتي", "امس", "غدا", "بين", "عبر", "تحت", "قباله",
    };

    /// <summary>
    /// "أضرب العمال احتجاجا على", "خرجوا للاحتجاج على": a protest noun that gives the purpose of another act (accusative
    /// or after ل) is protested by whoever did that act: the source of the event before it in the sentence, else the
    /// first generic actor or named person or organization of its clause that is no prepositional object.
    /// </summary>
    private EventArgument? ProtestPurposeSource(int k, int start, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || Root(lexeme.Cameo) != "14")
        {
            return null;
        }

        var token = _tokens[k];
        var purpose = token.Key.EndsWith('ا') || (token.SegmentWith(SegmentRole.Preposition) is { } p && _doc.Text[p.Span.Start] == 'ل');
        if (!purpose)
        {
            return null;
        }

        if (_events.FindLast(e => e.Sentence == _sentenceOf[k] && e.Basis == EventBasis.Trigger && e.Source is not null && e.Trigger.End <= token.Span.Start) is { } before)
        {
            return before.Source;
        }

        // The clause's subject comes first: the earliest actor that is no place and no prepositional object ("استدعت
        // الخارجية سفير كوريا احتجاجا": the ministry, not the envoy's country; "شهدت روسيا مظاهرات": a scene).
        if (k <= start)
        {
            return null;
        }

        var from = k - 1;
        while (from > start && from > k - SubjectWindow && !ClauseStops.Contains(_tokens[from - 1].Key))
        {
            from--;
        }

        for (var a = from; a < k; a++)
        {
            if (PrepositionBefore(a, start) || _tokens[a].Has(SegmentRole.Preposition))
            {
                continue;
            }

            if (_actors.StartingAt(a) is { IsActor: true, IsPlace: false, Preposition: null } actor && actor.Last < k)
            {
                return actor.Argument;
            }

            if (GenericPhrase(a, k) is { Kind: GenericActors.Kind.Protester or GenericActors.Kind.People } phrase && phrase.Last < k)
            {
                return PhraseArgument(phrase);
            }
        }

        return null;
    }

    /// <summary>Words that count the dead and wounded before the people they count ("مقتل ثلاثة جنود", "إصابة مدنيين"), folded.</summary>
    private static readonly HashSet<string> CasualtyWords = new(StringComparer.Ordinal)
    {
        "مقتل", "قتل", "اصابه", "اصيب", "اصيبت", "جرح", "سقوط", "استشهاد", "استشهد", "قتلت", "قتلوا", "لقي", "لقيت",
    };

    /// <summary>Verbs of dying or being hurt after the people they count ("ثمانية أشخاص قتلوا", "جنديين قتلا"), folded.</summary>
    private static readonly HashSet<string> CasualtyVerbsAfter = new(StringComparer.Ordinal)
    {
        "قتل", "قتلوا", "قتلا", "قتلت", "اصيب", "اصيبوا", "اصيبا", "لقوا", "لقي", "جرحوا", "استشهدوا",
    };

    /// <summary>"على الأقل" after a verb is no object: the words that follow it there.</summary>
    private static readonly HashSet<string> AtLeast = new(StringComparer.Ordinal) { "الاقل", "اقل", "الاكثر" };

    /// <summary>
    /// A span target the general rules found, made whole: a count is read with what it counts ("نحو 150 متمردا", not
    /// "نحو"), and the words of "على الأقل" are no target.
    /// </summary>
    private EventArgument? WholeTarget(EventArgument? target, int end)
    {
        if (target is not { EntityId: null } t)
        {
            return target;
        }

        var j = ArticleActors.TokenAt(_tokens, t.Span.Start);
        if (j < 0)
        {
            return target;
        }

        if (ArticleActors.ListsWithoutConjunction(AtLeast, _tokens[j].Key))
        {
            return null;
        }

        return _readings.GenericKind(j) == GenericActors.Kind.Quantity && GenericPhrase(j, end) is { } counted && counted.Last >= ArticleActors.TokenAt(_tokens, t.Span.End - 1)
            ? PhraseArgument(counted)
            : target;
    }

    /// <summary>
    /// The target of an event no entity undergoes: for a protest, what follows ضد or the protest word's على ("احتجاجا على
    /// قرار الحكومة"); for violence, the genitive of an assassination or arrest noun ("اغتيال النائب"), who survived it
    /// ("نجا قائد الشرطة من محاولة اغتيال"), or the people its sentence counts as dead or wounded ("أسفر الهجوم عن مقتل
    /// ثلاثة جنود", "قتل ثلاثة جنود في انفجار", "جنديين قتلا بانفجار").
    /// </summary>
    private EventArgument? GenericTarget(int k, int last, int start, int end, string root, EventWordKind kind)
    {
        if (root == "14")
        {
            var protested = last + 2 < end && ArticleActors.WithoutConjunctionSpan(_tokens[last + 1].Key) is "علي"
                ? TargetPhrase(last + 2, end)
                : (kind == EventWordKind.Verb ? ProtestedAfterSubject(k, last, end) : null) ?? ProtestTarget(last + 1, end);

            // "ضد مشروع قانون ضريبة الدخل": what a protest is about is its target only when it names someone (EventFinder.ProtestSides).
            return protested is { } words && NamesProtested(words) ? words : null;
        }

        if (root is not ("17" or "18" or "19" or "20"))
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
        if (kind == EventWordKind.Noun && root is "17" or "18" && !key.StartsWith("ال", StringComparison.Ordinal) && !_tokens[k].Has(SegmentRole.Pronoun)
            && last + 1 < end && (_tokens[last + 1].Key.StartsWith("ال", StringComparison.Ordinal) || IsTitle(_tokens[last + 1])) && !IsNisba(_tokens[last + 1].Key)
            && !_tokens[last + 1].Has(SegmentRole.Preposition) && !_inTime[last + 1] && _readings.Lexeme(last + 1) is null)
        {
            // "اغتيال النائب وليد عيدو", "اعتقال الصحافيين": an indefinite noun's genitive is who suffered it.
            return TargetPhrase(last + 1, end);
        }

        if (root == "17")
        {
            return null;
        }

        for (var j = k - 1; j >= start && j >= k - 12; j--)
        {
            if (ArticleActors.WithoutConjunctionSpan(_tokens[j].Key) is "نجا" or "نجت" && j + 1 < k)
            {
                return TargetPhrase(j + 1, k);
            }
        }

        for (var j = Math.Max(start, k - 15); j < end && j <= last + 12; j++)
        {
            if (j == k || _tokens[j].Has(SegmentRole.Preposition))
            {
                continue;
            }

            var word = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (CasualtyWords.Contains(word))
            {
                var m = j + 1;
                while (m < end && m <= j + 3 && (_inTime[m] || Skippable.Contains(_tokens[m].Key)))
                {
                    m++;
                }

                if (m < end && GenericPhrase(m, end) is { } victims)
                {
                    return DeadOrStruckCity(root == "18" && kind == EventWordKind.Noun, last, end, DeadSide(k, victims));
                }
            }

            if (j > start && CasualtyVerbsAfter.Contains(word) && CountedBefore(j, start) is { } counted)
            {
                return DeadOrStruckCity(root == "18" && kind == EventWordKind.Noun, last, end, DeadSide(k, counted));
            }
        }

        return null;
    }

    /// <summary>The generic phrase that ends right before token j, "على الأقل" and adverbs of time aside.</summary>
    private (int First, int Last, GenericActors.Kind Kind)? CountedBefore(int j, int start)
    {
        var b = j - 1;
        while (b > start && b >= j - 4 && (_inTime[b] || Skippable.Contains(_tokens[b].Key) || AtLeast.Contains(_tokens[b].Key) || _tokens[b].Key == "علي"))
        {
            b--;
        }

        for (var a = Math.Max(start, b - 5); a <= b; a++)
        {
            if (GenericPhrase(a, b + 1) is { } phrase && phrase.Last == b && !PrepositionBefore(a, start))
            {
                return phrase;
            }
        }

        return null;
    }
}
