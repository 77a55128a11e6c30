using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Participles that report a second act of the sentence's subject ("وقال الوزير إن ...، داعيا الحكومة إلى"، "وانتقد الرئيس
/// ...، محذرا واشنطن من"، "وخرج آلاف في مظاهرة، مطالبين الحكومة بالاستقالة"): an active participle in the accusative after a
/// comma has no subject of its own. Its subject is the actor of the sentence's first event, else the subject of the clause
/// before it; the name right after it is its object, never its subject, and no speaker is carried over from elsewhere.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// An active participle in the accusative after a comma ("، متوعدا"، "، مطالبة"، "، مطالبين"، "، داعيا"، "، رافضا"): a word
    /// in م that is not the lemma itself, or a form I participle (فاعل: the lemma's first letter, then ا), ending in the
    /// tanween alef, ة or ين.
    /// </summary>
    private bool IsCircumstantialParticiple(int k, int start, EventLexeme lexeme)
    {
        if (k - 1 < start || _tokens[k - 1].Key is not ("،" or ","))
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
        var derived = key.Length >= 4 && key[0] == 'م' && !key.StartsWith(lexeme.Lemma, StringComparison.Ordinal);
        var formOne = key.Length >= 5 && lexeme.Lemma.Length == 3 && key[0] == lexeme.Lemma[0] && key[1] == 'ا';
        return (derived || formOne) && (key[^1] is 'ا' or 'ه' || key.EndsWith("ين", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether lexicon word k is a participle in م that names someone rather than reporting an act. Such a word is
    /// homographic: "مضيفه" is "adding" and "his host" ("تغلب على مضيفه كييفو")، "متهم" the accuser and the accused
    /// ("26 متهما"، "شركة متهمة بتصدير")، "مهددة" threatening and threatened. A participle right after a preposition (as a
    /// separate word, a word that governs like one in GoverningWords, or a clitic: "للقاء مضيفه"، "أمام مضيفه") or a count is
    /// such a noun. A participle of criticism or accusation (root
    /// 11) reports an act only in the circumstantial position, after a comma ("انتقد ...، متهما إياه بـ")، and not right
    /// before ب, where it is the passive "accused of" ("، متهما بالتجسس").
    /// </summary>
    private bool IsNounParticiple(int k, EventLexeme lexeme)
    {
        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
        if (lexeme.Kind != EventWordKind.Verb || key.Length < 4 || key[0] != 'م' || key.StartsWith(lexeme.Lemma, StringComparison.Ordinal))
        {
            return false;
        }

        if (k - 1 >= start)
        {
            var before = _tokens[k - 1];
            var beforeKey = ArticleActors.WithoutConjunction(before.Key);
            if (StandalonePrepositions.Contains(beforeKey) || GoverningWords.Contains(beforeKey) || before.Kind == TokenKind.Number
                || CountWords.Contains(beforeKey) || (before.Kind == TokenKind.Word && before.Has(SegmentRole.Preposition)))
            {
                return true;
            }
        }

        if (Root(lexeme.Cameo) != "11")
        {
            return false;
        }

        return !IsCircumstantialParticiple(k, start, lexeme)
            || (k + 1 < end && _tokens[k + 1].SegmentWith(SegmentRole.Preposition) is { } preposition && _doc.Text[preposition.Span.Start] == 'ب'
                && !MannerAdverbs.Contains(_tokens[k + 1].Key));
    }

    /// <summary>Adverbs in ب of how someone criticized (folded): "مستنكرا بشدة" is active, not "accused of".</summary>
    private static readonly HashSet<string> MannerAdverbs = new(StringComparer.Ordinal) { "بشده", "بقوه", "بشكل", "بحده" };

    /// <summary>The detached object pronouns (folded): "متهما إياه"، "واصفة إياها".</summary>
    private static readonly HashSet<string> DetachedPronouns = new(StringComparer.Ordinal) { "اياه", "اياها", "اياهم", "اياهما", "اياهن" };

    /// <summary>
    /// The target of the latest act of <paramref name="source"/> in the sentence whose trigger ends by <paramref name="before"/>:
    /// whom a detached pronoun after a participle stands for ("انتقد ...، واصفا إياه").
    /// </summary>
    private EventArgument? TargetOfEarlierAct(int sentence, int before, EventArgument? source) =>
        _events.FindLast(a => a.Sentence == sentence && a.Trigger.End <= before && a.Target is not null && SameActor(a.Source, source))?.Target;

    /// <summary>
    /// "انتقدت السفيرة مجلس حقوق الإنسان ...، متهمة إياه بـ": the detached pronoun after a participle stands for the target
    /// of the act the sentence's subject did before it; it is no actor's name, so without such an act the event has no target.
    /// </summary>
    private void DetachedPronounTargets()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Target is not { EntityId: null } target)
            {
                continue;
            }

            var j = ArticleActors.TokenAt(_tokens, target.Span.Start);
            if (j < 0 || !DetachedPronouns.Contains(_tokens[j].Key))
            {
                continue;
            }

            _events[i] = e with { Target = TargetOfEarlierAct(e.Sentence, e.Trigger.Start, e.Source) };
        }
    }

    /// <summary>
    /// Who does what a circumstantial participle reports: the actor of the first event of its sentence before it ("وأكد
    /// التحالف أن ...، متوعدا")، else the subject of the clause before it ("وصل الوزير إلى أنقرة، داعيا").
    /// </summary>
    private EventArgument? CircumstantialSubject(int k, int sentence) =>
        _events.Find(e => e.Sentence == sentence && e.Source is not null && e.Trigger.End <= _tokens[k].Span.Start
            && !InRelativeClauseBefore(e.Trigger.Start, k)) is { } first
            ? RelayerOfDisagreeingCue(first, k) ?? first.Source
            : HeadClauseSubjectBefore(k);

    /// <summary>
    /// The subject of the clause before a participle, past a relative clause that holds its antecedent's description: in "كرر
    /// الوزير الاتهامات التي وجهها رئيس الوزراء إلى طهران، مؤكدا" and "وأشاد القائد بالانتصارات التي حققها الجيش، مؤكدا" the
    /// participle goes with the subject of the clause the relative hangs on, not with the subject inside the relative. Only a
    /// relative right after its noun (no comma before it): after a comma ("، الذي فاجأهما بسؤال، قائلا") the antecedent may be
    /// who goes on speaking. With no subject before the relative ("هذه المرة الأولى التي تعلن فيها إسرائيل، مشيرة") the one
    /// inside it stays.
    /// </summary>
    private EventArgument? HeadClauseSubjectBefore(int k)
    {
        var relative = RelativeOpeningClauseOf(k);
        return (relative > 0 ? OpeningVerbSubjectBefore(relative) : null) ?? ClauseSubjectBefore(k);
    }

    /// <summary>
    /// The subject right after the word that opens the sentence, before <paramref name="end"/>: "وندد الملك سلمان"، "ونعت وكالة
    /// سبأ"، "وأكدت الوزارة"; null when the sentence opens with a name or a phrase that is no verb's ("في المقابل،").
    /// </summary>
    private EventArgument? OpeningVerbSubjectBefore(int end)
    {
        var start = _sentenceStart[_sentenceOf[end]];
        if (start + 1 >= end || _tokens[start].Kind != TokenKind.Word || _tokens[start].Has(SegmentRole.Preposition) || _actors.StartingAt(start) is not null)
        {
            return null;
        }

        return NextActor(start + 1, end)?.Argument ?? (GroupActors.Is(_tokens[start + 1]) ? GroupArgument(start + 1, end) : null);
    }

    /// <summary>Whether the text offset <paramref name="at"/> lies inside the relative clause that the participle at token <paramref name="k"/> follows.</summary>
    private bool InRelativeClauseBefore(int at, int k)
    {
        var relative = RelativeOpeningClauseOf(k);
        return relative > 0 && at > _tokens[relative].Span.Start;
    }

    /// <summary>
    /// The relative pronoun right after its noun (no comma before it) that opens the clause the participle at <paramref name="k"/>
    /// follows, the first clause word met going back from it; -1 when that word is no such relative.
    /// </summary>
    private int RelativeOpeningClauseOf(int k)
    {
        var start = _sentenceStart[_sentenceOf[k]];
        for (var j = k - 1; j > start && j >= k - SubjectWindow; j--)
        {
            if (!ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                continue;
            }

            return RelativePronouns.Contains(_tokens[j].Key) && _tokens[j - 1].Kind == TokenKind.Word ? j : -1;
        }

        return -1;
    }
}
