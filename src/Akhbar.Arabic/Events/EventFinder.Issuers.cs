using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A statement speaks for whoever issued it: "أعلن بيان لوزارة الخزانة", "بيان صادر عن الجيش", "بيان الخارجية". News text
/// then goes on with "وذكر البيان", which refers back to that statement, so the event's source is the issuer, not the
/// document. The issuer may be a linked entity or, when the entity stage did not link it, the words that name it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns of a written statement, folded, without a leading و or ف.</summary>
    private static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal)
    {
        "بيان", "البيان", "بيانا", "بلاغ", "البلاغ", "بلاغا",
    };

    /// <summary>Forms of "announced" and "decided", whose object is the subject's own act ("أعلن بيان للوزارة فرض عقوبات").</summary>
    private static readonly HashSet<string> AnnounceForms = new(StringComparer.Ordinal)
    {
        "اعلن", "اعلنت", "يعلن", "تعلن", "قرر", "قررت", "يقرر", "تقرر",

        // "إعلان الرياض اعتراض سبعة صواريخ": the noun of announcing, with its announcer in the genitive.
        "اعلان",
    };

    /// <summary>
    /// The issuer of the statement noun at token <paramref name="j"/>: named after it, or, for a definite noun ("البيان")
    /// that names none, the issuer of the latest statement before it that does. Null when j is no statement noun.
    /// </summary>
    private EventArgument? Issuer(int j)
    {
        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        if (!StatementNouns.Contains(key))
        {
            return null;
        }

        if (IssuerAfter(j) is { } named)
        {
            return named;
        }

        if (!key.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        for (var i = j - 1; i >= 0; i--)
        {
            if ((ArticleActors.ListsWithoutConjunction(StatementNouns, _tokens[i].Key) || IsStatementAfterPreposition(_tokens[i]))
                && (IssuerAfter(i, issuingVerb: false) ?? SpeakerInStatement(i) ?? IssuerAfter(i) ?? IssuedBy(i)) is { } earlier)
            {
                return earlier;
            }
        }

        return null;
    }

    /// <summary>
    /// The issuer named right after a statement noun: "بيان لوزارة" (ل), "بيان صادر عن الجيش", or the genitive of an
    /// indefinite noun ("بيان الخارجية"). "في بيان لها" names nobody new: the pronoun is the subject already known.
    /// </summary>
    /// <remarks>
    /// With <paramref name="issuingVerb"/>, also the subject of a verb of issuing after the noun ("بيان نشرته وكالة الأنباء");
    /// a back-reference tries it only after the speaker the statement was said in ("وقالت الوزارة في بيان نشرته وكالة
    /// الأنباء الرسمية"), who issued what the agency only carried.
    /// </remarks>
    private EventArgument? IssuerAfter(int j, bool issuingVerb = true)
    {
        var end = _sentenceEnd[_sentenceOf[j]];
        // "بالبيان الختامي": a statement after a glued preposition is definite by what follows the preposition.
        var noun = ArticleActors.WithoutConjunctionSpan(_tokens[j].Key);
        var definite = noun.StartsWith("ال", StringComparison.Ordinal) || (IsStatementAfterPreposition(_tokens[j]) && noun[1..].StartsWith("ال", StringComparison.Ordinal));
        var i = j + 1;
        if (definite && i < end && _tokens[i].Key.StartsWith("ال", StringComparison.Ordinal) && _tokens[i].Key is not ("الصادر" or "الصادره"))
        {
            // "البيان الختامي للقمة": one adjective may stand before the issuer.
            i++;
        }

        if (!definite)
        {
            // "بيان مشترك للقادة"، "بيان رسمي، صادر عن" (EventFinder.IssuingVerbs).
            i = AfterStatementAdjective(i, end);
        }

        if (issuingVerb && IssuedItBy(i, end) is { } issuing)
        {
            // "بيان أصدرته كلية التمريض"، "البيان الذي أصدرته رئيسة الوزراء".
            return issuing;
        }

        if (i >= end || _tokens[i].Kind != TokenKind.Word)
        {
            return null;
        }

        var key = _tokens[i].Key;
        // "بيان صادر عن الجيش", also with the verb: "بيان صدر عن مكتب الادعاء".
        if (key is "صادر" or "صادرا" or "الصادر" or "صادره" or "الصادره" or "صدر" or "صدرت" && i + 2 < end && _tokens[i + 1].Key == "عن")
        {
            i += 2;
        }
        else if (StartsWithLam(_tokens[i]))
        {
            if (key is "له" or "لها" or "لهم" or "لهما" or "لنا")
            {
                return null;
            }
        }
        else if (definite || !key.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        if (_actors.StartingAt(i) is { IsActor: true } m)
        {
            return m.Argument;
        }

        if (_actors.StartingAt(i) is null && OwnPronoun(_tokens[i]))
        {
            // "وندد الرئيس اللبناني ميشال عون في بيان صادر عن مكتبه": "his office" speaks for the subject the pronoun
            // stands for, not for an office of its own.
            return ClauseSubjectBefore(j);
        }

        return !_inTime[i] && !Skippable.Contains(key) && _tokens[i].Key.Length > 3 && _readings.Lexeme(i) is null
            ? GroupArgument(i, end)
            : null;
    }

    /// <summary>
    /// "وأشار الجيش في بيان إلى أن": a statement noun after في, right after the speaker of a quote whose cue opens the
    /// clause, is the statement that speaker issued; a later "وأوضح البيان" refers back to it when the speaker is an entity.
    /// </summary>
    private EventArgument? SpeakerInStatement(int i)
    {
        if (i < 2 || !_doc.HasQuotes || ArticleActors.WithoutConjunctionSpan(_tokens[i - 1].Key) is not "في")
        {
            return null;
        }

        foreach (var q in _doc.Quotes)
        {
            var cue = ArticleActors.TokenAt(_tokens, q.Cue.Start);
            if (cue >= 0 && cue < i - 1 && _sentenceOf[cue] == _sentenceOf[i] && q.Speaker is { } speaker
                && ArticleActors.TokenAt(_tokens, speaker.End - 1) == i - 2 && speaker.Start >= _tokens[cue].Span.End)
            {
                // Only a speaker the article names as an entity (or whose bare noun stands for one, "الجيش") is carried
                // to the document: "وأضاف البيان" after a ministry the entity stage did not link keeps its own words.
                return WithReferent(new EventArgument(speaker, QuoteSpeakers.EntityId(_doc, q))) is { EntityId: not null } issuer ? issuer : null;
            }
        }

        return null;
    }

    /// <summary>Whether a noun carries the possessive pronoun of a third person ("مكتبه"، "مكتبها"), which refers back to a subject.</summary>
    private bool OwnPronoun(Token token) =>
        token.Segments.Length >= 2 && token.Segments[^1] is { Role: SegmentRole.Pronoun } pronoun && _doc.Text[pronoun.Span.Start] == 'ه';

    /// <summary>
    /// The folded key of a word that opens with the clitic ل, as the noun alone: "للتحالف" is ل + التحالف with the article's
    /// alef dropped, "لطيران" is ل + طيران.
    /// </summary>
    private static string NounAfterLam(string key) => key.StartsWith("لل", StringComparison.Ordinal) ? "ال" + key[2..] : key[1..];

    /// <summary>Whether the word opens with the preposition ل as a clitic ("لوزارة", "للجيش").</summary>
    private bool StartsWithLam(Token token) =>
        token.Segments is [{ Role: SegmentRole.Preposition } first, _, ..] ? _doc.Text[first.Span.Start] == 'ل'
        : token.Segments is [{ Role: SegmentRole.Conjunction }, { Role: SegmentRole.Preposition } second, _, ..] && _doc.Text[second.Span.Start] == 'ل';

    /// <summary>
    /// "أعلن بيان لوزارة الخزانة، الأربعاء، فرض عقوبات", "قررت الحكومة فرض حظر": a noun that is the object of an
    /// announcement or decision (directly or through its light verb) is the act of that verb's subject, after the verb or, with
    /// nothing but a time between verb and noun, before it ("وكانت واشنطن أعلنت الأسبوع الماضي فرض عقوبات").
    /// </summary>
    private EventArgument? AnnouncedBy(int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - 10; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key))
            {
                return null;
            }

            if (!AnnounceForms.Contains(key))
            {
                continue;
            }

            var subjectAt = j + 1;
            while (subjectAt < k && (_inTime[subjectAt] || Skippable.Contains(_tokens[subjectAt].Key)))
            {
                subjectAt++;
            }

            EventArgument? subject = null;
            if (subjectAt < k && ArticleActors.ListsWithoutConjunction(StatementNouns, _tokens[subjectAt].Key))
            {
                subject = Issuer(subjectAt);
            }
            else if (NextActor(subjectAt, k) is { } actor)
            {
                subject = actor.Argument;
            }
            else if (subjectAt < k && GroupActors.Is(_tokens[subjectAt]))
            {
                subject = GroupArgument(subjectAt, k);
            }

            if (subject is null && key != "اعلان" && WordsBetween(j + 1, k) <= 1
                && (subjectAt == k || !ArticleActors.WithoutConjunctionSpan(_tokens[subjectAt].Key).StartsWith("ال", StringComparison.Ordinal)))
            {
                // "وكان الجيش العراقي أعلن في أواخر مايو قصف موقع": the subject stands before the verb (SVO); not when a
                // definite noun after the verb may be its own subject ("أعلن القضاء الأحد توقيف").
                return ClauseSubjectBefore(j);
            }

            // Only the light verb and time words may stand between the subject and the noun.
            var subjectEnd = subject is { } s ? ArticleActors.TokenAt(_tokens, s.Span.End - 1) : -1;
            var after = subjectEnd >= subjectAt ? subjectEnd + 1 : subjectAt;
            return subject is not null && WordsBetween(after, k) <= 1 ? subject : null;
        }

        return null;
    }

    /// <summary>
    /// "وقال بيان للخارجية: "تدين الولايات المتحدة بشدة الهجوم"": words that open with a verb of appeal, demand,
    /// disapproval, rejection or threat by another name than the speaker's (the state the speaker speaks for) make the
    /// statement that act, coded once at the cue with the speaker as source (gold/README.md: never both).
    /// </summary>
    private void SpeechActsOpeningWords()
    {
        var absorbed = new List<CodedEvent>();
        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (statement.Basis != EventBasis.Quote || statement.Cameo != "010" || !_statementWords.TryGetValue(statement.Trigger.Start, out var words)
                || statement.Source is { } relayer && IsRelayer(relayer) || HasUnnamedSpeaker(statement))
            {
                // "وذكرت تقارير أن إسرائيل رفضت عرضا": an outlet or a report passes on the act of the side it names, which stays
                // that side's own event; it does not speak for it.
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            // "مشددة على أن "الولايات المتحدة تدعو إلى": the act may follow its own subject at the start of the words.
            var act = _events.Find(a => a.Basis == EventBasis.Trigger && words.Contains(a.Trigger) && a.Cameo[..2] is "02" or "10" or "11" or "12" or "13"
                && (ArticleActors.TokenAt(_tokens, a.Trigger.Start) - first <= 1
                    || (a.Source is { } subject && ArticleActors.TokenAt(_tokens, subject.Span.Start) == first && ArticleActors.TokenAt(_tokens, subject.Span.End - 1) + 1 == ArticleActors.TokenAt(_tokens, a.Trigger.Start)))
                && !SameActor(a.Source, statement.Source) && !absorbed.Contains(a) && IsVoiceOfState(a));
            if (act is not null)
            {
                _events[i] = statement with { Cameo = act.Cameo, Plover = act.Plover, QuadClass = act.QuadClass, Goldstein = act.Goldstein, Target = act.Target };
                absorbed.Add(act);
            }
        }

        _events.RemoveAll(absorbed.Contains);
    }

    /// <summary>
    /// Head words of unnamed reports and media (folded, without the article) that <see cref="Relayers"/> does not hold
    /// (تقارير، تقرير and وسائل الإعلام are relayers already): أنباء، صحف، إعلام. Only as the speaker's head word: "وزير الإعلام"
    /// speaks for a state. Unnamed sources (مصادر، المصدر) are left out: "وقال المصدر (في وزارة الخارجية): سوريا تدين" speaks
    /// for the state.
    /// </summary>
    private static readonly HashSet<string> ReportNouns = new(StringComparer.Ordinal) { "انباء", "صحف", "اعلام" };

    /// <summary>
    /// Whether the statement's speaker is an unnamed report or medium ("وذكرت تقارير أن إسرائيل رفضت عرضا"، "وأشارت صحف
    /// بريطانية إلى أن ليفربول رفض"): reports tell what a state or a club did and speak for none, so the act stays its
    /// subject's and the statement a report (gold/README.md: "ذكرت تقارير" is no issuer of the act).
    /// </summary>
    private bool HasUnnamedSpeaker(CodedEvent statement)
    {
        if (statement.Source is not { EntityId: null } speaker)
        {
            return false;
        }

        var k = ArticleActors.TokenAt(_tokens, speaker.Span.Start);
        if (k < 0)
        {
            return false;
        }

        var key = WithoutProclitics(_tokens[k]) ?? ArticleActors.WithoutConjunction(_tokens[k].Key);
        return ReportNouns.Contains(key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key)
            && _doc.Quotes.Any(q => q.Cue.Start == statement.Trigger.Start && q.SpeakerKind == SpeakerKind.Unnamed);
    }

    /// <summary>
    /// Whether an act in reported words is one a speaker voices for a state or body: a verb (not a noun the words talk
    /// about, "إن اتهام روسيا ... غباء") whose subject is a country, an organization or the speaker's "we" (no name).
    /// Gunmen who "اعترضوا طريق" someone in a police statement are not the police speaking.
    /// </summary>
    private bool IsVoiceOfState(CodedEvent act)
    {
        var k = ArticleActors.TokenAt(_tokens, act.Trigger.Start);
        if (k < 0 || _readings.Lexeme(k) is not { Kind: EventWordKind.Verb })
        {
            return false;
        }

        if (act.Source is not { } source)
        {
            return true;
        }

        return source.EntityId is { } id && EntityById(id) is { } entity
            && (entity.Type == EntityType.Organization || (entity.Type == EntityType.Location && entity.Geo?.Feature is "PCLI"));
    }
}
