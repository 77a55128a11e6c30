using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Verbal conflict (demand, disapproval, rejection, threat: roots 10-13) by a body or group the text names by its common
/// noun, with no entity: "ونددت المجلة الفرنسية الأسبوعية بـ"مضايقات""، "ونددت الجامعة في بيان بالمصادقة"، "هددت مصادر
/// عسكرية إسرائيلية الرئيس السوري". The gold codes every speech act whose speaker the text identifies, a role or a phrase
/// included (gold/README.md, events), and a statement verb already takes such a speaker (<see cref="SpeakerGroupAt"/>); a
/// verb of verbal conflict had no source there and was dropped. The subject is the speaker noun, organization head or
/// collective noun right after the verb (VSO), with its adjectives, or between كان and a verb in the past perfect.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The span subject of a verb of verbal conflict named right after it by a speaker noun, an organization's head noun or
    /// a collective noun ("المجلة الفرنسية"، "جماعات حقوقية"، "مصادر عسكرية")، or null. Only for a verb that opens its clause
    /// (the sentence's first word, a verb with و or ف, or after a comma or قد): deeper in a clause ("كما انتقد التقارير"،
    /// "وليس الدولة من طالب الحزب"، "المؤيد للبريكست انتقد الاتحاد") the subject came before the verb and the noun after it
    /// is the object. Not a plural in ين, which is no subject's case ("وحمل المسؤولين الأميركيين مسؤولية"); nor a phrase
    /// that goes on with an indefinite word the phrase did not take ("اتهمت شركة استيراد وتصدير يمنية"), whose end is not
    /// known, so that what follows would be taken for the object. Nor a verb in the first person plural ("ونطالب"), nor a noun
    /// the verb does not agree with as its subject ("اتهم الدول المشاركة"), nor an accusation whose charge follows the noun at
    /// once, which is a passive ("واتهمت المجموعة بإنشاء فرع").
    /// </summary>
    private EventArgument? SpeakingGroupSubject(int k, int last, int start, int end, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Verb || !IsRoleSubjectRoot(lexeme.Cameo) || _tokens[k].Has(SegmentRole.Pronoun) || IsFirstPersonPlural(k, lexeme))
        {
            return null;
        }

        if (PluperfectGroupSubject(k, start) is { } before)
        {
            return before;
        }

        var cooperation = lexeme.Cameo[0] == '0';
        if (RoleSubjectBefore(k, start) is { } fronted)
        {
            return cooperation && IsDocumentNoun(ArticleActors.TokenAt(_tokens, fronted.Span.Start)) ? null : fronted;
        }

        var head = last + 1 < end && OpensItsClause(k, start) && !EndsAsPluralVerb(last) ? RoleHeadFrom(last + 1, end) : -1;
        if (head < 0 || IsObliquePlural(ArticleActors.WithoutConjunction(_tokens[head].Key)) || !AgreesAsSubject(k, head) || SharesSubjectBefore(k, start)
            || (cooperation && IsDocumentNoun(head)))
        {
            return null;
        }

        // "اتهمت هيئات الرقابة الأمريكية ماسك": a person named after the group is the object, not part of the subject.
        var limit = end;
        for (var p = last + 2; p < end && p <= last + 5; p++)
        {
            if (_actors.StartingAt(p) is { Entity.Type: EntityType.Person })
            {
                limit = p;
                break;
            }
        }

        var group = GroupArgument(head, limit);
        group = group with { Span = new TextSpan(_tokens[last + 1].Span.Start, group.Span.End) };
        var after = ArticleActors.TokenAt(_tokens, group.Span.End - 1) + 1;
        if (after < end && lexeme.Lemma == "اتهم" && _tokens[after].Has(SegmentRole.Preposition) && ArticleActors.WithoutConjunctionSpan(_tokens[after].Key).StartsWith('ب'))
        {
            // "واتهمت المجموعة بإنشاء فرع": the charge right after the noun makes the verb a passive, the noun the accused.
            return null;
        }

        if (after < end && _tokens[after].Kind == TokenKind.Word && !_inTime[after] && _actors.StartingAt(after) is null
            && !_tokens[after].Has(SegmentRole.Preposition) && !_tokens[after].Has(SegmentRole.Conjunction)
            && !StandalonePrepositions.Contains(_tokens[after].Key) && !ClauseStops.Contains(_tokens[after].Key)
            && !ArticleActors.WithoutConjunctionSpan(_tokens[after].Key).StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        return WithRoleComplement(group, after, limit);
    }

    /// <summary>Forms of كان that open a clause told in the past perfect ("وكانت النقابات قد توعدت"), folded, without و.</summary>
    private static readonly HashSet<string> PastPerfectLeaders = new(StringComparer.Ordinal) { "كان", "كانت" };

    /// <summary>How many words the subject between كان and the verb may take ("عدد من شيوخ ووجهاء البصرة").</summary>
    private const int PastPerfectSubjectReach = 6;

    /// <summary>
    /// "وكان عدد من شيوخ ووجهاء البصرة قد هددوا"، "وكانت النقابات توعدت"، "وكانت صحف عالمية قد انتقدت": the subject of a verb
    /// told in the past perfect stands between كان and the verb (and قد); when it is a group, a body or a counted phrase and
    /// names no entity, it is the span source. Null when the verb has no such frame before it.
    /// </summary>
    private EventArgument? PluperfectGroupSubject(int k, int start)
    {
        var last = k - 1;
        if (last >= start && ArticleActors.WithoutConjunctionSpan(_tokens[last].Key) is "قد" or "لقد")
        {
            last--;
        }

        for (var c = last; c >= start && c >= last - PastPerfectSubjectReach; c--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[c].Key);
            if (PastPerfectLeaders.Contains(key))
            {
                var first = c + 1;
                if (first > last || _actors.StartingAt(first) is not null || _tokens[first].Has(SegmentRole.Preposition)
                    || !(GroupActors.Is(_tokens[first]) || IsBodyNoun(first) || _readings.GenericKind(first) != GenericActors.Kind.None
                        || _cues.IsSpeakerNoun(_tokens[first], out _) || OrganizationHeads.Contains(WithoutArticle(ArticleActors.WithoutConjunction(_tokens[first].Key)))))
                {
                    return null;
                }

                return new EventArgument(new TextSpan(_tokens[first].Span.Start, _tokens[last].Span.End), null);
            }

            if (_tokens[c].Kind != TokenKind.Word || ClauseStops.Contains(key) || _readings.Lexeme(c) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the verb at k opens its clause: the sentence's first word, joined by و or ف, or after a comma or قد.</summary>
    private bool OpensItsClause(int k, int start) =>
        k == start || _tokens[k].Segments is [{ Role: SegmentRole.Conjunction }, ..] || _tokens[k - 1].Kind != TokenKind.Word
        || ArticleActors.WithoutConjunctionSpan(_tokens[k - 1].Key) is "قد" or "لقد" || SubjectOpeners.Contains(_tokens[k - 1].Key);

    /// <summary>
    /// Plural and dual nouns of bodies and groups that speak and act together (folded, without the article; the duals with it), which neither
    /// the quote stage's speaker nouns nor the collective nouns hold: "اتهمت جمعيات أميركية"، "وتتهم الدولتان إيران"،
    /// "وتنتقد المنظمتان"، "وندد أعضاء في الحكومة"، and a league, union or alliance named again by its noun ("ونددت الجامعة").
    /// </summary>
    private static readonly HashSet<string> SpeakingBodyNouns = new(StringComparer.Ordinal)
    {
        "جمعيات", "هييات", "منظمات", "جماعات", "نقابات", "احزاب", "كتل", "جهات", "حكومات", "دول", "الدولتان", "المنظمتان",
        "الحكومتان", "اعضاء", "نواب", "اسره", "عايله", "جامعه", "اتحاد", "مجموعه", "حلف",
    };

    /// <summary>Whether token j is one of <see cref="SpeakingBodyNouns"/>, with or without the article, and names no entity.</summary>
    private bool IsBodyNoun(int j)
    {
        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        return _tokens[j].Kind == TokenKind.Word && !_tokens[j].Has(SegmentRole.Preposition) && _actors.StartingAt(j) is null
            && (SpeakingBodyNouns.Contains(key) || (key.StartsWith("ال", StringComparison.Ordinal) && SpeakingBodyNouns.Contains(key[2..])));
    }

    /// <summary>Broken plurals of bodies (folded), which take a feminine verb as things do: "اتهمت الدول"، "نددت الأحزاب".</summary>
    private static readonly HashSet<string> FeminineBrokenPlurals = new(StringComparer.Ordinal) { "دول", "الدول", "كتل", "الكتل", "احزاب", "الاحزاب" };

    /// <summary>
    /// Whether the noun at j can be the subject of the verb at k by gender: a noun in ة, a plural in ات or a dual in تان takes a
    /// feminine verb (a past in ت, a present in ت): "انتقد التقارير" has its subject elsewhere and the reports for its object.
    /// A broken plural of bodies is feminine too ("اتهمت الدول", <see cref="FeminineBrokenPlurals"/>); one of people may take
    /// either ("ندد أعضاء"، "نددت أعضاء").
    /// </summary>
    private bool AgreesAsSubject(int k, int j)
    {
        var noun = ArticleActors.WithoutConjunctionSpan(_tokens[j].Key);
        if (!(noun.EndsWith("ه") || noun.EndsWith("ات") || noun.EndsWith("تان") || FeminineBrokenPlurals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun)))
        {
            return true;
        }

        var verb = ArticleActors.WithoutConjunctionSpan(_tokens[k].Key);
        return verb.Length > 0 && (verb[^1] == 'ت' || verb[0] == 'ت');
    }

    /// <summary>"ونطالب مدير الشؤون الصحية": a verb in the first person plural has its subject in it; the noun after it is addressed.</summary>
    private bool IsFirstPersonPlural(int k, EventLexeme lexeme)
    {
        var key = ArticleActors.WithoutConjunctionSpan(_tokens[k].Key);
        return key.Length > 0 && key[0] == 'ن' && (!lexeme.Lemma.StartsWith('ن') || key.StartsWith("نن"));
    }

    /// <summary>
    /// Whether a noun (folded, without و) is a sound masculine plural in ين, the case of an object or a genitive
    /// ("المسؤولين")، not of a subject ("المسؤولون"); "الأمين" is a singular.
    /// </summary>
    private static bool IsObliquePlural(string key) => key.Length > 5 && key.EndsWith("ين", StringComparison.Ordinal) && !key.EndsWith("امين", StringComparison.Ordinal);

    /// <summary>
    /// Whether a code is verbal conflict: demand, disapprove, reject or threaten (roots 10-13). Read from its first two
    /// characters, since <see cref="Root"/> makes a string and some passes test every event of every document.
    /// </summary>
    private static bool IsRoleSubjectRoot(string cameo) => cameo.Length >= 2 && ((cameo[0] == '0' && cameo[1] is >= '2' and <= '9') || IsVerbalConflict(cameo));

    private static bool IsVerbalConflict(string cameo) => cameo.Length >= 2 && cameo[0] == '1' && cameo[1] is '0' or '1' or '2' or '3';

    /// <summary>
    /// "هددت مصادر عسكرية إسرائيلية الرئيس السوري بشار الأسد، مؤكدة أن"، "أدانت المتحدثة ...، قائلة": a circumstantial
    /// participle is said by the subject of the speech act before it in its sentence, never by that act's
    /// addressee, whom the nearest-actor reading takes for its speaker when the act's subject names no entity. The participle
    /// takes the act's source (and a plain one is then dropped as restating the act when it is قائلا or مضيفا).
    /// </summary>
    private void AddresseeParticiples()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Basis != EventBasis.Quote || e.Source is not { EntityId: not null } speaker)
            {
                continue;
            }

            var cue = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            if (cue < 0 || _readings.Lexeme(cue) is not { } lexeme || !IsCircumstantialParticiple(cue, _sentenceStart[_sentenceOf[cue]], lexeme))
            {
                continue;
            }

            if (_events.FindLast(a => a.Sentence == e.Sentence && a.Trigger.End <= e.Trigger.Start && Root(a.Cameo) is "02" or "10" or "11" or "12" or "13")
                is { Source: { } actor } act && SameActor(act.Target, speaker) && !SameActor(actor, speaker))
            {
                _events[i] = e with { Source = actor };
            }
        }
    }
}
