using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A court's sentence, which the gold codes as legal action against the one sentenced (173): "حكمت محكمة مصرية على الناشطة
/// بالسجن لسنتين"، "حُكم عليه غيابيا بالسجن 15 عاما"، "وتلقى حسن حكما بالسجن مدى الحياة". The verb حكم also rules and governs
/// ("الذي يحكم البلاد") and the noun is a referee or a rule, so only the verb or the indefinite noun followed in its clause by
/// a penalty ("بالسجن"، "بالإعدام") is read. The definite noun ("الحكم بالسجن") refers back or speaks of a penalty in general
/// ("يمكن الحكم بالسجن")، the plural ("أحكام بالإعدام") counts sentences, and the participle ("المحكوم عليه") names a state:
/// none of them is read. The court is the source when it is named at the verb; a passive or a sentence received names
/// nobody, and the event stands with no source, as an arrest told in the passive.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms of حكم read as a sentence (folded, without a leading و): the verb, active or passive, and the noun.</summary>
    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal) { "حكم", "حكمت", "يحكم", "تحكم", "حكما" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceWordSpans = SentenceWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The penalty that makes حكم a sentence (folded: بالمؤبد is بالموبد).</summary>
    private static readonly HashSet<string> PenaltyWords = new(StringComparer.Ordinal) { "بالسجن", "بالاعدام", "بالحبس", "بالموبد", "باعدامه", "باعدامها" };

    /// <summary>Words that name a court or a judge, the subject of the verb (folded: هيئة is هييه; without a leading و).</summary>
    private static readonly HashSet<string> CourtWords = new(StringComparer.Ordinal) { "محكمه", "المحكمه", "القاضي", "قاضي", "قاض", "القضاء", "هييه" };

    /// <summary>Verbs of receiving a sentence ("تلقى حكما"), whose subject is the one sentenced (folded, without a leading و).</summary>
    private static readonly HashSet<string> ReceivingVerbs = new(StringComparer.Ordinal) { "تلقي", "تلقت", "نال", "نالت", "واجه", "يواجه", "تواجه" };

    /// <summary>How far after حكم, in tokens, its penalty may stand (the court, the one sentenced and a date between).</summary>
    private const int PenaltyReach = 10;

    /// <summary>Codes a sentence at token k when حكم is followed in its clause by a penalty; returns whether it was.</summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool SentencingEvent(int k)
    {
        // Every token comes here: looked up by span, so that the nearly all that fail make no string, and only after a
        // test of the letters every form of SentenceWords has (three or four letters, ح first or second), which turns
        // nearly every token away before the hash.
        var token = _tokens[k];
        var word = ArticleActors.WithoutConjunctionSpan(token.Key);
        if (word.Length is not (3 or 4) || (word[0] != 'ح' && word[1] != 'ح')
            || !SentenceWordSpans.Contains(word) || token.Has(SegmentRole.Article) || token.Has(SegmentRole.Preposition))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        int penalty = -1, on = -1;
        for (var j = k + 1; j < end && j <= k + PenaltyReach; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (PenaltyWords.Contains(key))
            {
                penalty = j;
                break;
            }

            if (on < 0 && (key == "علي" || key.StartsWith("عليه", StringComparison.Ordinal)))
            {
                on = j;
            }
            else if (ClauseStops.Contains(key) || _readings.Lexeme(j) is not null || WithoutArticle(key) == "حكم")
            {
                // "أبقت حكم الاحتيال، والحكم عليها بالسجن": the penalty belongs to another word.
                return false;
            }
        }

        var noun = ArticleActors.WithoutConjunctionSpan(token.Key) is "حكما" || (k > start && ArticleActors.Lists(ReceivingVerbs, _tokens[k - 1].Key));
        if (penalty < 0 || (on < 0 && !noun))
        {
            // A verb without على names no one sentenced ("حكم البلاد بالحديد والنار").
            return false;
        }

        var source = noun ? CourtBefore(k, start) : CourtAfter(k + 1, on >= 0 ? on : penalty);
        var targets = new List<ActorMention>();
        EventArgument? spanTarget = null;
        if (on >= 0 && _tokens[on].Key.Length > 3)
        {
            // "حكم عليه": the person the pronoun stands for, the latest named before it; not for عليها or عليهم, which the
            // latest person, of either sex, does not answer.
            if (ArticleActors.WithoutConjunctionSpan(_tokens[on].Key) is "عليه" && PronounReferent(on) is { } referent)
            {
                targets.Add(referent);
            }
        }
        else if (on >= 0 && on + 1 < penalty)
        {
            if (_actors.StartingAt(on + 1) is { IsActor: true } sentenced && sentenced.Entity.Type != EntityType.Location)
            {
                targets.Add(sentenced);
            }
            else
            {
                spanTarget = new EventArgument(new TextSpan(_tokens[on + 1].Span.Start, _tokens[penalty - 1].Span.End), null);
            }
        }
        else if (noun && SentencedAfterPenalty(penalty, end) is { } named)
        {
            // "أصدرت محكمة عراقية حكما بالإعدام بحق ست تركيات"، "حكما بالسجن المؤبد على المرشد العام".
            if (named.Actor is { } actor)
            {
                targets.Add(actor);
            }

            spanTarget = named.Words;
        }
        else if (noun && source is null && ClauseSubjectBefore(k) is { } receiver)
        {
            // "وتلقى حسن، الجمعة، حكما بالسجن": the one who received it.
            spanTarget = receiver;
        }

        var negated = EventModality.IsNegated(_tokens, k, start, noun ? EventWordKind.Noun : EventWordKind.Verb);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, noun ? EventWordKind.Noun : EventWordKind.Verb);
        Add(token.Span, k, sentence, "173", source, targets, negated, hypothetical, EventBasis.Trigger, spanTarget);
        return true;
    }

    /// <summary>Words after the penalty of a sentence noun that name the one sentenced (folded): "بحق"، "ضد"، "على".</summary>
    private static readonly HashSet<string> SentencedMarkers = new(StringComparer.Ordinal) { "بحق", "ضد", "علي" };

    /// <summary>
    /// The one sentenced, named after the penalty of a sentence noun and its term ("حكما بالسجن 11 عاما ضد نواز شريف"): the
    /// actor after بحق، ضد or على within six words, else the noun there with its adjectives; null when none is named.
    /// </summary>
    private (ActorMention? Actor, EventArgument? Words)? SentencedAfterPenalty(int penalty, int end)
    {
        for (var j = penalty + 1; j + 1 < end && j <= penalty + 6; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (SentencedMarkers.Contains(key))
            {
                return _actors.StartingAt(j + 1) is { IsActor: true } actor && actor.Entity.Type != EntityType.Location ? (actor, null)
                    : _tokens[j + 1].Kind == TokenKind.Word ? (null, HeadPhrase(j + 1, end)) : null;
            }

            if ((_tokens[j].Kind != TokenKind.Word && _tokens[j].Kind != TokenKind.Number) || ClauseStops.Contains(key))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The court named right after the verb ("حكمت محكمة مصرية على"), up to the word before على, or null.</summary>
    private EventArgument? CourtAfter(int from, int to)
    {
        if (from >= to || !ArticleActors.ListsWithoutConjunction(CourtWords, _tokens[from].Key))
        {
            return _actors.StartingAt(from) is { IsActor: true, Entity.Type: EntityType.Organization } court && court.Last < to ? court.Argument : null;
        }

        return HeadPhrase(from, to);
    }

    /// <summary>
    /// The word at <paramref name="from"/> (a court, or the one sentenced) with its adjectives and definite genitives before
    /// <paramref name="to"/> ("محكمة عسكرية"، "المحكمة الجنائية المركزية"، "المرشد العام"), not a date or a verb after them
    /// ("محكمة عراقية الاثنين"، "أصدر").
    /// </summary>
    private EventArgument HeadPhrase(int from, int to)
    {
        var last = from;
        while (last + 1 < to && last < from + 3 && !_inTime[last + 1] && _tokens[last + 1].Kind == TokenKind.Word
            && ArticleActors.WithoutConjunction(_tokens[last + 1].Key) is { Length: > 3 } key && (IsNisba(key) || key.StartsWith("ال", StringComparison.Ordinal)))
        {
            last++;
        }

        return new EventArgument(new TextSpan(_tokens[from].Span.Start, _tokens[last].Span.End), null);
    }

    /// <summary>
    /// The court that issued the sentence noun, a court word up to six words before it ("أصدرت محكمة عسكرية حكما"، "أصدرت
    /// محكمة أمريكية في نيويورك الجمعة حكما"), or null.
    /// </summary>
    private EventArgument? CourtBefore(int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - 6; j--)
        {
            if (ArticleActors.ListsWithoutConjunction(CourtWords, _tokens[j].Key))
            {
                return HeadPhrase(j, k);
            }
        }

        return null;
    }
}
