using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Whether an event word is negated, hypothetical or future, from the particles around it. Pure functions over folded
/// token keys, so that each rule can be tested on a sentence of its own.
/// </summary>
internal static class EventModality
{
    /// <summary>
    /// Particles that negate the verb right after them (لم يلتق، لن يزور، لا يدعم). Not ما: before a verb, news writes it as
    /// "what" or "which" ("بسبب ما قال إنها مخالفات"، "ما يشير إلى"، "ما دعا الخبراء إلى"), seldom as the literary negation.
    /// </summary>
    private static readonly HashSet<string> VerbNegations = new(StringComparer.Ordinal) { "لم", "لن", "لا", "ليس", "لما" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbNegationSpans = VerbNegations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that negate the verbal noun after them (عدم إجراء، دون إجراء مباحثات).</summary>
    private static readonly HashSet<string> NounNegations = new(StringComparer.Ordinal) { "عدم", "دون", "بدون", "غير", "لا" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounNegationSpans = NounNegations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a condition or a possibility: what follows has not happened (في حال، إذا، لو، ربما).</summary>
    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal)
    {
        "اذا", "لو", "لولا", "ربما", "يمكن", "يمكنه", "يمكنها", "يجب", "ينبغي", "المحتمل", "محتمل", "احتمال", "امكانيه",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionSpans = Conditions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words of expectation and fear ("يتوقع المراقبون اندلاع مواجهات"، "خشية وقوع هجمات"، "مخاوف من حدوث اعتقالات"): the
    /// event noun they govern is awaited or feared, not done, so it is hypothetical like a condition
    /// (<see cref="IsExpected"/> says when they govern it).
    /// </summary>
    private static readonly HashSet<string> Expectations = new(StringComparer.Ordinal)
    {
        "توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "نتوقع", "متوقعا", "المتوقع", "يرجح", "ترجح", "المرجح", "مرجحا", "خشيه", "يخشي",
        "تخشي", "مخاوف", "تخوف", "تخوفا", "يحتمل",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExpectationSpans = Expectations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of prevention and intent: "منع حدوث هجوم" is an attack that did not happen.</summary>
    private static readonly HashSet<string> Preventions = new(StringComparer.Ordinal) { "منع", "لمنع", "يمنع", "تمنع", "لتجنب", "تجنب", "تفادي", "لتفادي" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PreventionSpans = Preventions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plans ("خططا لهجوم", "التخطيط لهجوم"): the event was planned, not done (gold/README.md, events).</summary>
    private static readonly HashSet<string> Plans = new(StringComparer.Ordinal)
    {
        "خطط", "خططا", "خطه", "خططت", "يخطط", "يخططون", "تخطط", "التخطيط", "بالتخطيط", "للتخطيط", "مخطط", "مخططا", "مخططات",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanSpans = Plans.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Verbs of intending ("تعتزم دول طرد دبلوماسيين"، "ويعتزم الفلسطينيون الاستمرار في تنظيم احتجاجات"): the act is
    /// intended, not done, so it is hypothetical like a plan (gold/README.md, events), folded. So is an act prepared for
    /// ("تستعد القوات لشن هجوم بري"، "كانوا يستعدون لتنفيذ هجمات"): the attack has not begun.
    /// </summary>
    private static readonly HashSet<string> Intentions = new(StringComparer.Ordinal)
    {
        "اعتزم", "اعتزمت", "اعتزموا", "يعتزم", "تعتزم", "يعتزمون", "نعتزم", "معتزما", "معتزمه", "عازم", "عازمه", "عازمون", "عازمين",
        "يستعد", "تستعد", "يستعدون", "يستعدان", "تستعدان", "نستعد", "استعدت", "استعدوا",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentionSpans = Intentions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Verbs and participles of ruling out ("استبعد بومبيو فرض عقوبات", "مستبعدا أن يلتقي"): what they govern is
    /// called unlikely, not done, so it is hypothetical like a condition (gold/README.md, events), folded.
    /// </summary>
    private static readonly HashSet<string> RulingOut = new(StringComparer.Ordinal)
    {
        "استبعد", "استبعدت", "استبعدوا", "يستبعد", "تستبعد", "نستبعد", "مستبعدا", "مستبعده", "مستبعد", "المستبعد",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RulingOutSpans = RulingOut.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A future copula after a verbal noun makes the noun a supposition ("شن هجوم ... سيكون له عواقب").</summary>
    private static readonly HashSet<string> FutureCopulas = new(StringComparer.Ordinal) { "سيكون", "ستكون", "سيودي", "ستودي", "سيشكل", "سيمثل" };

    public static bool IsNegated(IReadOnlyList<Token> tokens, int trigger, int sentenceStart, EventWordKind kind)
    {
        for (var k = trigger - 1; k >= sentenceStart && k >= trigger - 2; k--)
        {
            var key = ArticleActors.WithoutConjunctionSpan(tokens[k].Key);
            if (kind == EventWordKind.Verb ? VerbNegationSpans.Contains(key) : NounNegationSpans.Contains(key))
            {
                return true;
            }

            // Only "قد" may stand between a negation and its verb ("لم يكن قد"); a noun may follow a light verb.
            if (kind == EventWordKind.Verb && key is not "قد")
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Participles that call an event scheduled or awaited ("مقررة"، "المرتقبة"، "المزمع"), folded.</summary>
    private static readonly HashSet<string> Scheduled = new(StringComparer.Ordinal)
    {
        "مقرر", "مقرره", "المقرر", "المقرره", "مرتقب", "مرتقبه", "المرتقب", "المرتقبه", "مزمع", "مزمعه", "المزمع", "المزمعه",
    };

    /// <summary>
    /// Words right before an event noun that place it after or because of another, done event: "مخاوف أمنية عقب تفجير"
    /// fears something after a blast that happened. Further back they may give the awaited event's own time ("يتوقع المراقبون
    /// بعد انتهاء الهدنة اندلاع مواجهات"), so only the word right before the noun counts.
    /// </summary>
    private static readonly HashSet<string> AfterDoneEvent = new(StringComparer.Ordinal) { "بعد", "عقب", "اثر", "جراء", "منذ" };

    /// <summary>Words that make a definite event noun a done one told again: "يخشى تكرار الهجوم"، "تجدد الاشتباكات".</summary>
    private static readonly HashSet<string> Repeats = new(StringComparer.Ordinal) { "تكرار", "تجدد", "عوده" };

    /// <summary>Words after a definite event noun that point back at a done one: "الهجوم الذي استهدف"، "الهجوم الأخير".</summary>
    private static readonly HashSet<string> PointersBack = new(StringComparer.Ordinal) { "الذي", "التي", "الذين", "الاخير", "الاخيره" };

    /// <summary>
    /// Whether the word of expectation at <paramref name="k"/> governs the event noun at <paramref name="trigger"/>:
    /// - a definite noun is awaited too ("يتوقع أن تشن القوات الهجوم البري"), unless it is a done event told again
    ///   (<see cref="Repeats"/> before it, <see cref="PointersBack"/> after it);
    /// - no relative pronoun, no word of <see cref="AfterDoneEvent"/> right before the noun, and no new clause (و with a
    ///   word that has no article, "وأدان"; not right after the expectation: "مخاوف وتحذيرات من") stands between;
    /// - the noun is at most five words on (verb, subject, من and a verbal noun: "يخشى السكان من اندلاع مواجهات"), or at
    ///   most four words after an أن that comes within three words of the expectation ("يتوقع المحللون والمراقبون أن تشن
    ///   الفصائل هجمات").
    /// </summary>
    private static bool IsExpected(IReadOnlyList<Token> tokens, int k, int trigger)
    {
        if (tokens[trigger].Has(SegmentRole.Article)
            && ((trigger - 1 > k && ArticleActors.ListsWithoutConjunction(Repeats, tokens[trigger - 1].Key))
                || (trigger + 1 < tokens.Count && PointersBack.Contains(tokens[trigger + 1].Key))))
        {
            return false;
        }

        if (trigger - 1 > k && ArticleActors.ListsWithoutConjunction(AfterDoneEvent, tokens[trigger - 1].Key))
        {
            return false;
        }

        var that = -1;
        for (var j = k + 1; j < trigger; j++)
        {
            var key = tokens[j].Key;
            if (PronounWords.Relative.Contains(ArticleActors.WithoutConjunction(key))
                || (j > k + 1 && tokens[j].Has(SegmentRole.Conjunction) && !tokens[j].Has(SegmentRole.Article)))
            {
                return false;
            }

            if (that < 0 && j <= k + 3 && key is "ان" or "بان")
            {
                that = j;
            }
        }

        return trigger - k <= 5 || (that >= 0 && trigger - that <= 4);
    }

    /// <summary>
    /// Whether the event word at <paramref name="trigger"/> is told as possible, planned, intended, expected or prevented, not
    /// done. A condition, like an intention or an expectation, reaches only the words of its own clause: a statement after it
    /// ("... إذا لزم الأمر، فيما قال مسؤول"، "ما يجب القيام به"، مشيراً") is a fact, and so is a word after a question of
    /// whether ("وردا على سؤال حول ما إذا كان ...، قالت"). The hashtag marks of a name ("في #الاتحاد_الأوروبي") end no clause,
    /// and a quotation mark ends no condition.
    /// </summary>
    public static bool IsHypothetical(string text, IReadOnlyList<Token> tokens, int trigger, int sentenceStart, int sentenceEnd, EventWordKind kind, string? lemma = null)
    {
        if (QadPossibility.IsPresentAfterQad(tokens, trigger, sentenceStart, lemma))
        {
            return true;
        }

        // A quotation mark ends no condition: "إذا "رفضت" بكين"، ""ربما" يكون "متورطا" في عمليات الاغتيال" quote words of it.
        // The eight words before the trigger are read, not counting the hashtag marks between them.
        // The main clause of a condition, told in the future, is as conditional as the condition ("في حالة وجود خطر على
        // جنودنا، سوف تستهدف القوات"): its comma is no end for it.
        var sameClause = true;
        var conditionClause = true;
        var consequence = IsFuture(tokens, trigger, sentenceStart, kind) || tokens[trigger].Has(SegmentRole.Future);
        var reach = trigger - 8;
        for (var k = trigger - 1; k >= sentenceStart && k >= reach; k--)
        {
            // The word less a leading و or ف as a span of its key: every word before every trigger is read here, and
            // cutting it as a string made one for each such word (docs/PERFORMANCE.md, wt-perf25).
            var key = ArticleActors.WithoutConjunctionSpan(tokens[k].Key);
            var joiner = NameJoiners.IsJoiner(text, tokens, k);
            reach -= joiner ? 1 : 0;
            var mark = tokens[k].Kind == TokenKind.Punctuation && !joiner;
            sameClause &= !mark && key is not "اذ";
            conditionClause &= (!mark || IsQuotationMark(tokens[k]) || consequence) && key is not "اذ";
            if (conditionClause && (ConditionSpans.Contains(key) || (key is "حال" or "حاله" && k > sentenceStart && ArticleActors.WithoutConjunctionSpan(tokens[k - 1].Key) is "في")))
            {
                return true;
            }

            if (RulingOutSpans.Contains(key) || (sameClause && IntentionSpans.Contains(key)))
            {
                return true;
            }

            if (kind == EventWordKind.Noun && sameClause && ExpectationSpans.Contains(key) && IsExpected(tokens, k, trigger))
            {
                return true;
            }

            if (k >= trigger - 3 && (PreventionSpans.Contains(key) || PlanSpans.Contains(key)))
            {
                return true;
            }
        }

        if (kind == EventWordKind.Noun && trigger + 1 < sentenceEnd && Scheduled.Contains(tokens[trigger + 1].Key))
        {
            // "قمة مقررة بين"، "القمة المرتقبة": an event the text calls scheduled, right after its noun, has not happened.
            return true;
        }

        if (kind == EventWordKind.Noun)
        {
            for (var k = trigger + 1; k < sentenceEnd && k <= trigger + 10; k++)
            {
                if (ArticleActors.ListsWithoutConjunction(FutureCopulas, tokens[k].Key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"سوف" before the event word, or for a noun a light verb in the future right before it ("سيعقدان لقاء").</summary>
    public static bool IsFuture(IReadOnlyList<Token> tokens, int trigger, int sentenceStart, EventWordKind kind)
    {
        for (var k = trigger - 1; k >= sentenceStart && k >= trigger - 3; k--)
        {
            if (ArticleActors.WithoutConjunctionSpan(tokens[k].Key) is "سوف")
            {
                return true;
            }
        }

        if (kind == EventWordKind.Noun && trigger > sentenceStart)
        {
            var light = tokens[trigger - 1];
            var key = ArticleActors.WithoutConjunctionSpan(light.Key);
            return light.Has(SegmentRole.Future)
                || (key.Length >= 5 && key[0] == 'س' && key[1] is 'ي' or 'ت' or 'ن');
        }

        return false;
    }

    /// <summary>Whether a token is a quotation mark, straight, angled or curly (the marks the quote stage pairs, <see cref="Quotes.QuoteMarks.IsMark"/>).</summary>
    internal static bool IsQuotationMark(Token token) => token.Key.Length == 1 && Quotes.QuoteMarks.IsMark(token.Key[0]);
}
