using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقال المبعوث الأميركي إن برنامج طهران الصاروخي يزيد من التوترات في المنطقة"، "وأضاف أن الحوثيين قوضوا جهود الحل"، "إن
/// سياسات الحكومة تهدد بجعل الأجانب كبش فداء": a plain statement whose words say that an actor, or a thing of the actor's
/// (its programme, policies, support), harms, threatens, undermines, destabilizes or inflames is criticism (111) of that
/// actor, as the gold codes such words (gold/README.md, events: the speech's more specific act replaces 010).
/// <para>
/// The actor is the first one the words name before the word of harm, outside a prepositional phrase, that is neither the
/// speaker nor of the speaker's country: the doer or owner stands before the verb ("إن إيران تطيل عمر الأزمة"، "دعم إيران
/// للحوثيين ... يهدد بتفاقم الأزمة"), and whoever is named after it is harmed ("إن الجفاف يهدد سوريا" criticizes nobody,
/// which is why <see cref="CondemnationWords"/> leaves يهدد out: its actor may stand anywhere). Not a harm the words deny
/// ("لا يهدد")، and not in the words of a speaker who only passes on what others said (an outlet, a report, a witness) or
/// of an unnamed one who reports for a living ("وأكدت المصادر أن ...": <see cref="IsReporter"/>).
/// </para>
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Verbs (folded, without a conjunction) that say their subject harms by themselves: threatens, undermines, destabilizes,
    /// inflames, obstructs, terrorizes.
    /// </summary>
    private static readonly HashSet<string> HarmVerbs = new(StringComparer.Ordinal)
    {
        "يهدد", "تهدد", "يهددان", "تهددان", "يهددون",
        "قوض", "قوضت", "قوضوا", "قوضا", "يقوضون", "يقوضان",
        "يزعزع", "تزعزع", "يزعزعون", "زعزع", "زعزعت",
        "يوجج", "توجج", "يوججون", "اجج", "اججت",
        "يعرقل", "تعرقل", "يعرقلون", "عرقل", "عرقلت", "عرقلوا",
        "يروع", "تروع", "يروعون", "يرهب", "ترهب", "ترهيب",
    };

    /// <summary>Verbs (folded) of prolonging, a harm only with the life of a crisis or war after them ("تطيل عمر الأزمة"، "يطيل أمد الحرب").</summary>
    private static readonly HashSet<string> ProlongVerbs = new(StringComparer.Ordinal) { "يطيل", "تطيل", "يطيلون", "اطال", "اطالت" };

    /// <summary>Verbs (folded) of increasing, a harm only with tension after them ("يزيد من التوترات"، "تزيد التوتر").</summary>
    private static readonly HashSet<string> IncreaseVerbs = new(StringComparer.Ordinal) { "يزيد", "تزيد", "يزيدون", "زاد", "زادت" };

    /// <summary>Folded words before a word of harm that deny it: "لا يهدد"، "لم تقوض"، "ليست تهدد".</summary>
    private static readonly HashSet<string> HarmDenials = new(StringComparer.Ordinal) { "لا", "لم", "لن", "ليس", "ليست", "غير", "عدم" };

    /// <summary>How many tokens of the words are read for a word of harm: the judgement is told in the first clause or two.</summary>
    private const int HarmWordsRead = 40;

    /// <summary>Recodes a plain statement (010, no target) whose words say an actor harms as criticism (111) of that actor.</summary>
    private void HarmfulConduct()
    {
        if (_codes.Find("111") is not { } criticism)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement)
                || statement.Source is not { } speaker || !_statementWords.TryGetValue(statement.Trigger.Start, out var words) || IsRelayer(speaker))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = Math.Min(WordsEndInSentence(first, words), first + HarmWordsRead);
            var harm = HarmWordIn(first, end);
            if (harm >= 0 && (speaker.EntityId is not null || !IsReporter(speaker))
                && FirstOtherSide(ClauseOf(first, harm), harm, speaker, withAnyPreposition: false) is { Preposition: null } harmful
                && !AfterStandalonePreposition(harmful.First))
            {
                _events[i] = Recoded(statement, criticism) with { Target = harmful.Argument };
            }
        }
    }

    /// <summary>
    /// Where the clause of the word of harm at <paramref name="harm"/> begins: after the last "أن" before it in the words
    /// ("لم تكن على علم بتهديدات ضد خاشقجي ... عن أن الاستخبارات اعترضت اتصالات عن خطر يهدد" has its own subject after أن), else
    /// at <paramref name="from"/>.
    /// </summary>
    private int ClauseOf(int from, int harm)
    {
        for (var k = harm - 1; k > from; k--)
        {
            if (ArticleActors.WithoutConjunctionSpan(_tokens[k].Key) is "ان" or "بان" or "لان")
            {
                return k + 1;
            }
        }

        return from;
    }

    /// <summary>Whether the word before token k is a preposition written apart ("تهديدات ضد الإعلامي"): the actor is governed, not a subject.</summary>
    private bool AfterStandalonePreposition(int k) => k > 0 && StandalonePrepositions.Contains(ArticleActors.WithoutConjunction(_tokens[k - 1].Key));

    /// <summary>The token of the first word of harm in [from, to) that the words do not deny, or -1.</summary>
    private int HarmWordIn(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || !IsHarmWordAt(k, to))
            {
                continue;
            }

            if (k > from && ArticleActors.ListsWithoutConjunction(HarmDenials, _tokens[k - 1].Key))
            {
                continue;
            }

            return k;
        }

        return -1;
    }

    /// <summary>Whether token k is a word of harm: one of <see cref="HarmVerbs"/>, or prolonging a crisis, or raising tension.</summary>
    private bool IsHarmWordAt(int k, int to)
    {
        var key = ArticleActors.WithoutConjunctionSpan(_tokens[k].Key);
        if (HarmVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key))
        {
            return true;
        }

        var next = k + 1 < to ? k + 1 : -1;
        if (next >= 0 && _tokens[next].Key == "من" && next + 1 < to)
        {
            // "يزيد من التوترات".
            next++;
        }

        if (next < 0)
        {
            return false;
        }

        var object_ = WithoutArticle(_tokens[next].Key);
        return (ProlongVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key) && object_ is "عمر" or "امد")
            || (IncreaseVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key) && object_.StartsWith("توتر", StringComparison.Ordinal));
    }
}
