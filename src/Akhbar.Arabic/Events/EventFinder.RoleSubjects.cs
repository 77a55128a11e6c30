using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Role phrases as actors: news names many of the people who meet, visit, accuse or announce by their role or their group,
/// not by a name ("زار مسؤولون من الإدارة الكويت"، "اتهم نشطاء في المنطقة قوات الأمن"، "إلا أن مسؤولين حكوميين قالوا"،
/// "لكن مصدرا داخل الوزارة قال"). The gold codes every act whose actor the text identifies, a phrase included (gold/README.md,
/// events), so without an entity such a phrase is the span source. One test of the head noun (<see cref="RoleHeadAt"/>:
/// the quote stage's speaker nouns, the collective and body nouns, organization heads, and the agent plurals of
/// <see cref="RoleNouns"/>) serves the subject after a verb (<see cref="SpeakingGroupSubject"/>, <see cref="SpeakerGroupAt"/>)
/// and before it (<see cref="RoleSubjectBefore"/>).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Nouns of people by their role or side that no other list of the stage holds: activists, politicians, organizers,
    /// figures, factions, teams, lawyers, lawmakers, inspectors, delegates, scholars (folded, without the article; the
    /// nominative, accusative and construct forms, since a subject after إن or in the construct state takes them).
    /// Not people who suffer or protest (<see cref="GenericActors"/>: أهالي، مدنيون), who act in protests only.
    /// </summary>
    private static readonly HashSet<string> RoleNouns = new(
        new[]
        {
            "نشطاء", "ناشطين", "ناشطو", "ناشطي", "ناشطات", "سياسيون", "سياسيين", "سياسيو", "سياسيي", "منظمو", "منظمي", "منظمون",
            "شخصيات", "فصائل", "فريق", "محامون", "محامين", "محامو", "محامي", "محاميا", "مشرعون", "مشرعين", "برلمانيون", "برلمانيين",
            "مفتشون", "مفتشين", "مفتشو", "مفتشي", "مندوبون", "مندوبين", "ممثلا", "ممثلون", "ممثلين", "ممثلي", "مسؤولو", "مسؤولي",
            "مسؤولا", "دبلوماسيين", "دبلوماسيا", "مصدرا", "ناشطا", "خبيرا", "وزراء", "سفراء", "علماء", "مستشارون", "مستشارين",
            "معارضون", "معارضين", "مراقبين", "محللين", "قضاه", "مدعون", "ضباطا",
        }.Select(w => Akhbar.Core.Text.ArabicFolding.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>
    /// Whether token j heads a role phrase: a word with no preposition clitic that starts no entity and is a speaker noun
    /// ("مسؤول"، "مصادر")، a collective noun ("الشرطة")، an organization's head ("الوزارة")، a body noun ("أعضاء") or a
    /// role noun ("نشطاء").
    /// </summary>
    /// <remarks>
    /// Without <paramref name="bodies"/> the body nouns are left out: after the verb of a speaker the quote stage carried over,
    /// "الجهات المعنية" or "منظمات المجتمع المدني" is as often whom the speaker addresses.
    /// </remarks>
    private bool RoleHeadAt(int j, bool bodies = true)
    {
        var token = _tokens[j];
        if (token.Kind != TokenKind.Word || token.Has(SegmentRole.Preposition) || _actors.StartingAt(j) is not null)
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(token.Key);
        return GroupActors.Is(token) || OrganizationHeads.Contains(WithoutArticle(key)) || _cues.IsSpeakerNoun(token, out _) || (bodies && IsBodyNoun(j))
            || RoleNouns.Contains(WithoutArticle(key));
    }

    /// <summary>
    /// Words that count or pick out part of a role phrase before its head ("بعض المسؤولين"، "عدد من النواب"، "أحد الخبراء"،
    /// "مجموعة من الدبلوماسيين"), folded; with من after them when they take it. Not جميع or كافة, which after a verb open
    /// whom it addresses ("تناشد جميع السكان"، "حث كافة الأطراف").
    /// </summary>
    private static readonly HashSet<string> RoleQuantifiers = new(
        new[] { "بعض", "عدد", "الكثير", "كثير", "العديد", "مجموعة", "أحد", "إحدى", "معظم", "غالبية", "عشرات", "مئات", "آلاف" }
            .Select(w => Akhbar.Core.Text.ArabicFolding.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>The head of a role phrase opening at j, past a quantifier and its من ("عدد من النواب"); -1 when none opens there.</summary>
    private int RoleHeadFrom(int j, int limit)
    {
        var h = j;
        if (h < limit && RoleQuantifiers.Contains(ArticleActors.WithoutConjunction(_tokens[h].Key)) && !_tokens[h].Has(SegmentRole.Preposition))
        {
            h++;
            if (h < limit && _tokens[h].Key == "من")
            {
                h++;
            }
        }

        return h < limit && RoleHeadAt(h) ? h : -1;
    }

    /// <summary>
    /// Words after which a new clause opens with its subject first: إن and أن (which make the subject accusative: "إن
    /// مسؤولين"، "لكن مصدرا")، لكن، and the conjunctions of time and contrast (حيث، بينما، بعدما، عندما ...), folded.
    /// </summary>
    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.Ordinal)
    {
        "ان", "لكن", "ولكن", "حيث", "بينما", "فيما", "بعدما", "عندما", "حين", "حينما", "اذ", "لان",
    };

    /// <summary>How many words a role phrase before its verb may take ("مصدرا داخل مقر جهاز الاستخبارات").</summary>
    private const int RolePhraseReach = 6;

    /// <summary>
    /// Particles that may stand between a subject and its verb without being part of the subject: قد, and the negations
    /// لم، لن، لا ("التنظيم لم يعلن"), folded.
    /// </summary>
    private static readonly HashSet<string> BeforeVerbParticles = new(StringComparer.Ordinal) { "قد", "لقد", "لم", "لن", "لا" };

    /// <summary>
    /// Words that are never inside a role phrase: personal pronouns ("رئيس الوزراء هو صانع القرار يقول": a copula
    /// sentence), ما (a clause of its own: "في ما يتصل")، and the forms of كان, which start a clause of their own
    /// ("وشخصيات عامة كانت ترغب في"), folded.
    /// </summary>
    private static readonly HashSet<string> NotInRolePhrase = new(StringComparer.Ordinal)
    {
        "هو", "هي", "هم", "هما", "هن", "نحن", "انا", "ما", "كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست",
    };

    /// <summary>
    /// The role phrase that is the subject of the verb at k from before it (SVO): "إلا أن مسؤولين حكوميين قالوا"، "إن ممثلا
    /// للادعاء في تركيا طالب"، "لكن مصدرا داخل مقر الجهاز قال". The phrase opens a clause (the sentence's start, a punctuation
    /// mark, إن or أن, لكن, a conjunction of time, or a و on its first word), starts with a role head (<see cref="RoleHeadFrom"/>)
    /// and runs up to the verb (قد or a negation may stand between) as a noun phrase (<see cref="IsNominalTail"/>). Null for
    /// a verb joined by و or carrying an object pronoun, and when the phrase holds a person's name (the name is the subject,
    /// read elsewhere).
    /// </summary>
    private EventArgument? RoleSubjectBefore(int k, int start)
    {
        if (k <= start || _tokens[k].Segments is [{ Role: SegmentRole.Conjunction }, ..] || _tokens[k].Has(SegmentRole.Pronoun))
        {
            return null;
        }

        var last = k - 1;
        if (BeforeVerbParticles.Contains(ArticleActors.WithoutConjunction(_tokens[last].Key)))
        {
            last--;
        }

        for (var first = last; first >= start && first >= last - RolePhraseReach; first--)
        {
            var token = _tokens[first];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (token.Kind != TokenKind.Word || ClauseStops.Contains(token.Key) || ClauseStops.Contains(key) || NotInRolePhrase.Contains(key)
                || _readings.Lexeme(first) is not null || _cues.Cue(token) is not null || _actors.StartingAt(first) is { Entity.Type: EntityType.Person })
            {
                return null;
            }

            var opens = first == start || token.Segments is [{ Role: SegmentRole.Conjunction }, ..]
                || _tokens[first - 1].Kind == TokenKind.Punctuation || SubjectOpeners.Contains(_tokens[first - 1].Key);
            if (!opens)
            {
                continue;
            }

            var head = RoleHeadFrom(first, last + 1);
            if (head < 0)
            {
                return null;
            }

            var phrase = GroupArgument(head, last + 1);
            var after = ArticleActors.TokenAt(_tokens, phrase.Span.End - 1) + 1;
            return IsNominalTail(after, last) ? new EventArgument(new TextSpan(token.Span.Start, _tokens[last].Span.End), null) : null;
        }

        return null;
    }

    /// <summary>
    /// Whether tokens from..last go on a role phrase as nouns: prepositions of whose or where ("من"، "في"، "داخل"، "لدى")،
    /// definite words (also after the clitic ل: "للادعاء")، names, and indefinite words in a construct chain that ends in a
    /// definite word or a name ("مقر جهاز الاستخبارات"); not an indefinite word followed by nothing definite, which is how a
    /// verb or an adverb stands there ("كانت ترغب في"، "غالبا لا").
    /// </summary>
    private bool IsNominalTail(int from, int last)
    {
        var chain = false;
        for (var i = from; i <= last; i++)
        {
            if (_actors.StartingAt(i) is { } named)
            {
                i = named.Last;
                chain = false;
                continue;
            }

            var key = ArticleActors.WithoutConjunctionSpan(_tokens[i].Key);
            if (key is "من" or "في" or "داخل" or "لدي")
            {
                if (chain)
                {
                    return false;
                }

                continue;
            }

            // A word with a possessive pronoun is definite too ("حكومة بلاده"), and "أخرى" is an adjective ("منظمة حقوقية أخرى").
            var bare = _tokens[i].Has(SegmentRole.Preposition) && key.Length > 3 && key[0] == 'ل' ? key[1..] : key;
            if (bare.StartsWith("ال", StringComparison.Ordinal) || (key.StartsWith("لل", StringComparison.Ordinal) && _tokens[i].Has(SegmentRole.Preposition))
                || (_tokens[i].Has(SegmentRole.Pronoun) && !_tokens[i].Has(SegmentRole.Preposition)) || key is "اخري" or "اخر" or "اخرون" or "اخرين")
            {
                chain = false;
                continue;
            }

            chain = true;
        }

        return !chain;
    }

    /// <summary>
    /// A role phrase with the من or في phrase that says whose or where its people are ("شخصيات من المعارضة الفنزويلية"،
    /// "نشطاء في منطقة الأحواز"، "مسؤولون من إدارة العمل"): the phrase goes on over it when a name or a definite noun follows
    /// the preposition, so that the verb's object is looked for after it. <paramref name="after"/> is the token after the phrase.
    /// </summary>
    private EventArgument WithRoleComplement(EventArgument phrase, int after, int limit)
    {
        if (after + 1 >= limit || _tokens[after].Key is not ("من" or "في") || _tokens[after + 1].Kind != TokenKind.Word || _inTime[after + 1]
            || _readings.Lexeme(after + 1) is not null || _tokens[after + 1].Has(SegmentRole.Preposition))
        {
            return phrase;
        }

        var named = _actors.StartingAt(after + 1) is { Preposition: null } || _actors.StartingAt(after + 1) is { Preposition: "*" };
        if (!named && _tokens[after].Key == "في" && _cues.IsSpeakerNoun(_tokens[after + 1], out _))
        {
            // "ودعت الحكومة في بيان": where the words were said, not whose people they are.
            return phrase;
        }

        if (!named && !ArticleActors.WithoutConjunctionSpan(_tokens[after + 1].Key).StartsWith("ال", StringComparison.Ordinal)
            && !(after + 2 < limit && _actors.StartingAt(after + 2) is { Preposition: null }))
        {
            return phrase;
        }

        var complement = GroupArgument(after + 1, limit);
        return phrase with { Span = new TextSpan(phrase.Span.Start, complement.Span.End) };
    }

    /// <summary>
    /// Whether the verb at k, joined by و inside its sentence, goes on with the subject of the clause before it ("زار البابا
    /// البلدة وحث السكان على"): right after a word, not a comma, or after an event whose actor is known. The noun after it
    /// is then its object, not a new subject.
    /// </summary>
    private bool SharesSubjectBefore(int k, int start) =>
        k > start && _tokens[k].Segments is [{ Role: SegmentRole.Conjunction }, ..]
        && (_tokens[k - 1].Kind == TokenKind.Word || LatestWithSourceBefore(_sentenceOf[k], _tokens[k].Span.Start, alsoStatements: true) is not null);

    /// <summary>Documents, which report and judge but do not meet, agree, help or yield ("يدعم تقرير الرئيس": it bears him out), folded, without the article.</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal) { "تقرير", "تقارير", "دراسه", "وثيقه", "وثايق", "بيان", "رساله" };

    /// <summary>Whether token j is one of <see cref="DocumentNouns"/>, with or without the article.</summary>
    private bool IsDocumentNoun(int j) => j >= 0 && DocumentNouns.Contains(WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key)));
}
