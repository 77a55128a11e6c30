using System.Collections.Frozen;
using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// Finds the quotes of one document in a single pass in text order, so that a cue without a subject ("وأضاف أن")
/// takes the speaker of the latest quote of the same or the previous paragraph. Not shared between threads.
/// </summary>
internal sealed partial class QuoteFinder
{
    private const int MaxMiddle = 20;

    // A quoted outlet name inside a source phrase ("بحسب صحيفة "..." البريطانية") is a few words long.
    private const int MaxQuotedSourceName = 4;

    // How far a complementizer or a colon may stand from its cue: a subject with its role, an occasion and a date.
    private const int MaxMiddleThat = 30;

    // A headline line between paragraphs is short; a longer line with a colon is a sentence of the story.
    private const int MaxHeadlineTokens = 30;

    /// <summary>Folded objects of the idiom "كشف النقاب عن" (unveil), which stand between the subject and عن.</summary>
    private static readonly HashSet<string> UnveilingObjects = new(StringComparer.Ordinal) { "النقاب", "الستار", "اللثام" };

    /// <summary>Folded auxiliaries between a subject and its verb ("كان قد قال"), which belong to neither.</summary>
    private static FrozenSet<string> AuxiliaryWords => Arabic.AuxiliaryWords.All;

    private static readonly HashSet<string> ThatWords = new(StringComparer.Ordinal)
    {
        "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اني", "انكم", "بان", "بانه", "بانها", "بانهم", "بانهما", "باننا",
    };

    /// <summary>Words that end a speaker phrase: what follows them is where or when the speaker spoke, not who.</summary>
    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "في", "خلال", "عبر", "امام", "لدي", "عقب", "اثناء", "امس", "اليوم", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء",
        "الاربعاء", "الخميس", "الجمعه", "السبت", "ان", "علي", "الي", "عن", "من", "انه", "بان", "ايضا", "مجددا", "ل",
        "فيها", "فيه", "له", "لها", "لهم", "عنه", "عنها",
        // "وأكد قبل أيام قليلة أنه", "وأبلغ الصحفيين عند وصوله": a time phrase, not a name the tagger missed. Also in
        // WhenPrepositions, which the name search and IsAdverbial read; this set alone serves the phrase's end, IsObjectWord,
        // IsFunctionWord and IsCompanion, so neither copy is dead.
        "قبل", "عند",
    };

    /// <summary>Words after which أن is a conjunction of time or manner ("بعد أن زار"), not the start of reported content.</summary>
    private static readonly HashSet<string> NotReportingAn = new(StringComparer.Ordinal) { "بعد", "قبل", "منذ", "دون", "بدون", "حتي", "بمجرد", "لمجرد" };

    /// <summary>Words that open a relative or circumstantial clause inside a speaker phrase ("مدير المستشفى حيث يعالج عباس").</summary>
    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "حيث", "الذي", "التي", "الذين", "وهو", "وهي", "بعدما", "بعد", "عندما", "حين" };

    /// <summary>A demonstrative after the cue makes it narration ("جاء ذلك", "عبر هذا العرض عن"), not reported speech.</summary>
    private static FrozenSet<string> Demonstratives => PronounWords.Demonstrative;

    /// <summary>Prepositions that open a fronted adverbial phrase before the verb ("وخلال الجلسة، أكد ...").</summary>
    private static readonly HashSet<string> FrontedPrepositions = new(StringComparer.Ordinal)
    {
        "في", "علي", "عن", "خلال", "عقب", "اثر", "بعد", "قبل", "من", "الي", "امام", "اثناء", "مع",
    };

    /// <summary>Words after which a participle is a predicate adjective ("غير معلنة", "كان متوقعا أن"), not a cue.</summary>
    private static readonly HashSet<string> PredicateWords = new(StringComparer.Ordinal)
    {
        "غير", "كان", "كانت", "يكون", "تكون", "ليس", "ليست", "بات", "باتت", "اصبح", "اصبحت",
    };

    /// <summary>Words after which a new clause may open with its subject before the verb ("بينما الكويت أعلنت").</summary>
    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.Ordinal)
    {
        "فيما", "بينما", "وفيما", "وبينما", "لكن", "ولكن", "اما", "واما", "كما", "حين", "اذ",
    };

    /// <summary>
    /// Words after which a clause puts its subject before a reporting verb ("لكن السلطات أكدت", "بينما المعارضة تقول");
    /// with غير/بيد/إلا the word is أن ("غير أن البيت الأبيض قال"). Not كما or حين, which a verb mostly follows at once
    /// ("كما شوهدت وهي تعبر").
    /// </summary>
    private static readonly HashSet<string> ContrastOpeners = new(StringComparer.Ordinal)
    {
        "لكن", "ولكن", "فيما", "بينما", "وفيما", "وبينما", "اما", "واما",
    };

    /// <summary>The most words a fronted adverbial phrase may hold before its comma.</summary>
    private const int MaxFronted = 8;

    /// <summary>Words that turn the floor to the person just named ("من جانبه دعا ...").</summary>
    private static readonly HashSet<string> TurnWords = new(StringComparer.Ordinal)
    {
        "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها", "ناحيته", "ناحيتها",
    };

    /// <summary>Words that end the reported clause: a new clause with its own verb starts after them.</summary>
    private static readonly HashSet<string> ClauseStops = new(StringComparer.Ordinal) { "فيما", "بينما", "وفيما", "وبينما" };

    /// <summary>Prepositions and edge words that lead to a date between a cue and its subject ("أعلن في أواخر مايو الماضي"), folded.</summary>
    private static readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal) { "في", "خلال", "منذ", "يوم", "مطلع", "اواخر", "اوايل" };

    /// <summary>Days and parts of the day that news text writes between a cue and its subject ("صرح الأربعاء المتحدث ...").</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "امس", "اليوم", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "ليل", "فجر", "وقتها", "حينها",
    };

    /// <summary>
    /// Words after which a reporting verb opens a clause of its own inside other reported words ("رغم أنه أضاف أن",
    /// "عندما قال إنه"), relative pronouns among them ("... من قبل السلطات التي ترى أن ..."): the body the relative
    /// clause qualifies reports on its own, and the outer words end before it.
    /// </summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "انه", "انها", "انهم", "عندما", "حين", "حينما", "بعدما", "لما", "اذ", "كما", "ما", "التي", "الذي", "الذين" };

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "التي", "الذي", "الذين" };

    /// <summary>Words that tie such a clause to the words before it ("إلا أنها قالت"); they belong to neither quote.</summary>
    private static readonly HashSet<string> Concessives = new(StringComparer.Ordinal) { "الا", "رغم", "برغم", "لكن", "ولكن", "غير" };

    /// <summary>
    /// Words after which a cue form is a verbal noun that is denied or withheld ("طلب عدم ذكر اسمه", "من دون تردد"), never
    /// a reporting verb: the one who asked it speaks through the cue after it ("مسؤول، طلب عدم ذكر اسمه، قال: ...").
    /// </summary>
    private static readonly HashSet<string> WithheldNounWords = new(StringComparer.Ordinal) { "عدم", "وعدم", "لعدم", "دون", "بدون" };

    /// <summary>
    /// Question particles: a cue verb right after one asks whether something is said or expected ("هل تتوقع أن ..."، an
    /// interviewer's question), it reports nobody's words.
    /// </summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "هل", "وهل", "فهل" };

    /// <summary>After a preposition a cue form is a verbal noun ("بدأ التنظيم في حث أتباعه"), not a reporting verb.</summary>
    private static readonly HashSet<string> PrepositionWords = new(StringComparer.Ordinal) { "في", "علي", "الي", "عن" };

    /// <summary>Adverbs and circumstantial participles that follow a reporting verb without their tanwin ("وأضاف ممازحا").</summary>
    private static readonly FrozenSet<string> MannerAdverbs = new[]
    {
        "سابقا", "أخيرا", "مؤخرا", "لاحقا", "رسميا", "علنا", "مجددا", "مرارا", "أيضا", "قبلا", "صراحة", "ممازحا", "مازحا", "مبتسما", "ضاحكا",
        "دائما", "فورا", "ضمنا", "ردا", "مدافعا",
    }.Select(w => Akhbar.Core.Text.ArabicFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Pronouns with a glued لـ: who was told ("قال لنا إن"), never who spoke.</summary>
    private static readonly HashSet<string> ToldPronouns = new(StringComparer.Ordinal) { "لنا", "له", "لها", "لهم", "لهما", "لكم" };

    /// <summary>Folded adjectives (المؤقت is الموقت) that belong to a role, as its nisba does ("الأمين العام", "المبعوث الخاص", "الوزير السابق").</summary>
    private static readonly HashSet<string> RoleAdjectives = new(StringComparer.Ordinal)
    {
        "العام", "العامه", "الخاص", "الخاصه", "السابق", "السابقه", "الاسبق", "الدايم", "الدايمه", "المساعد", "المساعده", "الاعلي", "الاول", "الجديد", "الجديده", "الموقت", "المكلف",
    };

    /// <summary>Folded nouns that a name in quotation marks follows: outlets, parties, companies ("شبكة "إن تي في"").</summary>
    private static readonly HashSet<string> NamedNouns = new(StringComparer.Ordinal)
    {
        "شبكه", "قناه", "صحيفه", "وكاله", "اذاعه", "موقع", "مجله", "حركه", "حزب", "منظمه", "جماعه", "شركه", "تلفزيون", "برنامج", "منصه", "جمعيه",
        "قنوات", "شبكات", "صحف", "مواقع", "احزاب", "شركات",
    };

    /// <summary>
    /// Folded words after which a short quotation names the outlet the speaker talked to or on, not what was said: "في تصريح
    /// لـ"الجوهرة أف أم""، "في مقابلة مع "سكاي نيوز عربية""، "لمراسل "..."", "ضيف "بوليتيكا"", "في "هيئة الحقيقة والكرامة"".
    /// </summary>
    private static readonly HashSet<string> OutletIntroducers = new(StringComparer.Ordinal)
    {
        "ل", "مع", "ومع", "في", "مراسل", "مراسله", "لمراسل", "لمراسله", "مراسلي", "لمراسلي", "ضيف", "ضيفه", "عنوان", "بعنوان",
    };

    /// <summary>Folded nouns, without article, of figures, rules and findings a sentence goes by ("وبحسب الأرقام فإن"), not of speakers.</summary>
    private static readonly string[] DataNouns =
    [
        "ارقام", "بيانات", "معطيات", "تقديرات", "نتايج", "لوايح", "لايحه", "دستور", "قانون", "معلومات", "ادله", "احصاءات", "احصاييات",
        "تفاصيل", "شروط", "بنود", "قواعد", "توقعات",
    ];

    /// <summary>Folded nouns of a telephone call, after which بـ and a short quotation name who was called.</summary>
    private static readonly HashSet<string> CallNouns = new(StringComparer.Ordinal) { "هاتفي", "اتصال", "هاتفيه" };

    /// <summary>Folded protest nouns without their article: a protest's "demand" is its purpose, not reported speech.</summary>
    private static readonly HashSet<string> ProtestNouns = new(StringComparer.Ordinal)
    {
        "تظاهرات", "مظاهرات", "احتجاجات", "تظاهره", "مظاهره", "احتجاج", "مسيره", "مسيرات", "وقفه", "وقفات", "اعتصام", "اعتصامات",
    };

    /// <summary>The most tokens between a protest noun and the demand it makes ("المحتجين الطريق المؤدي إلى ميناء ...، مطالبين").</summary>
    private const int MaxProtestDistance = 15;

    /// <summary>Folded participles of addressing after which إلى names the addressee ("متحدثا إلى الصحافيين", "متوجها إلى").</summary>
    private static readonly HashSet<string> AddressParticiples = new(StringComparer.Ordinal) { "متحدثا", "متحدثه", "متوجها", "متوجهه", "موجها", "موجهه" };

    /// <summary>Folded nouns that a stressing cue's على introduces as what is stressed ("شدد على ضرورة", "أكد على أهمية").</summary>
    private static readonly HashSet<string> StressedNouns = new(StringComparer.Ordinal) { "ضروره", "اهميه", "وجوب", "حرص", "التزام" };

    /// <summary>The most role words between مع and the companion's name ("مع نظيره الأردني فلان").</summary>
    private const int MaxCompanionRole = 3;

    /// <summary>"فيما يتعلق بـ" and "فيما يخص" mean "as for": they do not open a new clause.</summary>
    private static readonly HashSet<string> AsForVerbs = new(StringComparer.Ordinal) { "يتعلق", "يخص", "يتصل" };

    /// <summary>
    /// Words after فيما that make an adverb of it, not a new clause: "فيما يبدو" (apparently), "فيما بعد" (later),
    /// "فيما يلي" (as follows), "فيما إذا" (whether).
    /// </summary>
    private static readonly HashSet<string> FimaAdverbs = new(StringComparer.Ordinal) { "يبدو", "بعد", "يلي", "اذا" };

    private readonly Document _doc;
    private readonly CueLexicon _lexicon;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly int[] _sentenceOf;
    private readonly int[] _sentenceStart;
    private readonly int[] _sentenceEnd;
    private readonly EntityMention?[] _mentionStarting;
    private readonly EntityMention?[] _mentionEnding;
    private readonly Candidate[] _candidates;
    private readonly int[] _candidateOpening;
    private readonly List<MarkedSpan> _marks;
    private readonly List<Quote> _quotes = [];

    /// <summary>Every speaker given to a quote so far, in text order, for a carried cue whose gender the latest does not match.</summary>
    private readonly List<Carried> _spoken = [];
    private Carried? _last;

    public QuoteFinder(Document doc, CueLexicon lexicon, List<MarkedSpan> marks)
    {
        _doc = doc;
        _lexicon = lexicon;
        _marks = marks;
        _tokens = doc.Tokens;
        var n = _tokens.Count;
        SentenceTokens.Index(doc, out _sentenceOf, out _sentenceStart, out _sentenceEnd);
        _mentionStarting = new EntityMention?[n];
        _mentionEnding = new EntityMention?[n];
        foreach (var m in doc.Entities)
        {
            // A person the linker dropped (a nisba the tagger took for a name: "الرئيس الكيني") cannot speak.
            if (m.Type == EntityType.Person && doc.HasLinkedEntities && doc.EntityIdAt(m.Span) is null)
            {
                continue;
            }

            _mentionStarting[m.FirstToken] ??= m;
            _mentionEnding[m.LastToken] = m;
        }

        _candidateOpening = new int[n];
        Array.Fill(_candidateOpening, -1);
        _candidates = new Candidate[marks.Count];
        var k = 0;
        for (var c = 0; c < marks.Count; c++)
        {
            var mark = marks[c];
            while (k < n && _tokens[k].Span.End <= mark.Open)
            {
                k++;
            }

            var open = k;
            var close = open;
            var words = 0;
            while (close < n && _tokens[close].Span.Start < mark.Close)
            {
                if (_tokens[close].Kind == TokenKind.Word && _tokens[close].Span.Start > mark.Open && !IsAcronymLetter(close, mark.Close))
                {
                    words++;
                }

                close++;
            }

            _candidates[c] = new Candidate(mark, open, Math.Min(close, n - 1), words);
            if (open < n && _candidateOpening[open] < 0)
            {
                _candidateOpening[open] = c;
            }
        }
    }

    private ReadOnlySpan<char> Key(int token) => _tokens[token].Key;

    public List<Quote> Find()
    {
        var title = Headline();
        for (var i = title; i < _tokens.Count; i++)
        {
            if (i == _sentenceStart[_sentenceOf[i]])
            {
                if (Continuation(i) is { } next)
                {
                    i = next;
                    continue;
                }

                if (BodyHeadline(i) is { } line)
                {
                    i = line;
                    continue;
                }

                NoteSubject(i);
            }

            if (_candidateOpening[i] is var c and >= 0 && !_candidates[c].Used)
            {
                if (Marked(c) is { } after)
                {
                    i = after;
                }

                continue;
            }

            // After غير or كان a participle is an adjective ("زيارة غير معلنة", "والتي كان متوقعا أن", "وكان متوقعا أن"), not a cue.
            if (_lexicon.Cue(_tokens[i]) is not { } cue || (cue.Kind == CueKind.Verb && i > 0 && (PrepositionWords.Contains(_tokens[i - 1].Key) || WithheldNounWords.Contains(_tokens[i - 1].Key) || QuestionWords.Contains(_tokens[i - 1].Key)))
                || (cue.Kind == CueKind.Participle && i > 0 && IsPredicateWord(_tokens[i - 1].Key)) || IsCounted(i) || IsStudentNoun(i) || IsPossibility(i, cue)
                || ParticipleReadings.ReportsNothing(_tokens, i, cue, _lexicon, _mentionEnding))
            {
                continue;
            }

            i = cue.Kind == CueKind.Source ? Source(i) : Cue(i, cue);
        }

        _quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return _quotes;
    }

    /// <summary>"لافروف : نعمل ..." in the title; returns the first token after the title.</summary>
    private int Headline()
    {
        if (_doc.Sentences.Count == 0 || _doc.Sentences[0].Paragraph != -1)
        {
            return 0;
        }

        var start = _sentenceStart[0];
        var end = _sentenceEnd[0];
        return HeadlineWords(start, end, topics: true) ? end : start;
    }

    /// <summary>
    /// "NAME : words" from <paramref name="start"/> to <paramref name="end"/>: adds the headline quote and returns true
    /// when a name or speaker noun leads the words before the colon (with <paramref name="topics"/>, also a topic before
    /// the colon and a speaker with quoted words after it).
    /// </summary>
    private bool HeadlineWords(int start, int end, bool topics)
    {
        for (var k = start + 1; k < end && k <= start + 6; k++)
        {
            if (!IsColon(k))
            {
                continue;
            }

            if (k + 1 >= end)
            {
                return false;
            }

            if (HeadlineSpeaker(start, k) is not { } speaker)
            {
                return topics && TopicHeadline(k, end);
            }

            var c = _candidateOpening[k + 1];
            var content = c >= 0
                ? _candidates[c].Mark.Inside
                : Span(k + 1, LastContent(k + 1, end));
            if (c >= 0)
            {
                _candidates[c].Used = true;
            }

            _quotes.Add(new Quote(QuoteKind.Headline, _tokens[k].Span, Trim(content), speaker.Span, speaker.Kind));
            return true;
        }

        return false;
    }

    /// <summary>
    /// A line of the body set as a headline: a paragraph of its own, "NAME : words" without a cue and without a full stop,
    /// perhaps after a short label ("أيضاً.. منظمة ...: محققونا في طريقهم ...", "أوباما: الناس لا يقرأون ..."), as news
    /// sites print the titles of related stories between paragraphs. Read as the title is; returns the last token used.
    /// </summary>
    private int? BodyHeadline(int first)
    {
        var sentence = _sentenceOf[first];
        var paragraph = _doc.Sentences[sentence].Paragraph;
        var end = _sentenceEnd[sentence];
        if (paragraph < 0 || end - first > MaxHeadlineTokens || (sentence + 1 < _doc.Sentences.Count && _doc.Sentences[sentence + 1].Paragraph == paragraph)
            || _tokens[end - 1].Key is "." or "!" or "؟" or "?" or "…")
        {
            return null;
        }

        // Before it in its paragraph, at most a label of two words ("أيضاً..").
        if (sentence > 0 && _doc.Sentences[sentence - 1].Paragraph == paragraph
            && ((sentence > 1 && _doc.Sentences[sentence - 2].Paragraph == paragraph) || Words(_sentenceStart[sentence - 1], first) > 2))
        {
            return null;
        }

        return HeadlineWords(first, end, topics: false) ? end - 1 : null;
    }

    /// <summary>
    /// "اختفاء خاشقجي: الشرطة التركية "تفتش غابة"": a topic before the colon, then a speaker and their quoted
    /// words. Adds the headline quote and returns true when the words after the colon have that shape.
    /// </summary>
    private bool TopicHeadline(int colon, int end)
    {
        var from = colon + 1;
        for (var open = from + 1; open < end && open <= from + 4; open++)
        {
            if (_candidateOpening[open] is not (var c and >= 0) || _candidates[c].Used)
            {
                continue;
            }

            Carried? speaker = _mentionStarting[from] is { Type: EntityType.Person or EntityType.Organization } m && m.LastToken == open - 1
                ? new Carried(m.Span, SpeakerKind.Mention, -1)
                : _lexicon.IsSpeakerNoun(_tokens[from], out var unnamed) ? new Carried(Span(from, open - 1), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, -1) : null;
            if (speaker is not { } s)
            {
                return false;
            }

            _candidates[c].Used = true;
            _quotes.Add(new Quote(QuoteKind.Headline, _tokens[colon].Span, Trim(_candidates[c].Mark.Inside), s.Span, s.Kind));
            return true;
        }

        return false;
    }

    private Carried? HeadlineSpeaker(int start, int colon)
    {
        for (var k = start; k < colon; k++)
        {
            if (_lexicon.Cue(_tokens[k]) is not null)
            {
                // "وأضاف الوزير: ..." in a title is a direct quote with its cue, found like any other.
                return null;
            }
        }

        Carried? named = null;
        for (var k = start; k < colon; k++)
        {
            // The name that ends at the colon speaks ("الرئيس الكيني أوهورو كينياتا:"), else the first one.
            if (_mentionStarting[k] is { Type: EntityType.Person or EntityType.Organization } m && m.LastToken < colon && (named is null || m.LastToken == colon - 1))
            {
                named = new Carried(m.Span, SpeakerKind.Mention, -1);
            }

            // The name must lead, perhaps after its role ("الرئيس الروسي بوتين:"); in "اختفاء خاشقجي:" it is the topic.
            if (k == start && named is null && !_lexicon.IsSpeakerNoun(_tokens[k], out _))
            {
                break;
            }
        }

        if (named is not null)
        {
            return named;
        }

        // Only a name or a speaker noun: "عاجل:" and "عيد الفطر:" label a headline, they do not speak it.
        return _lexicon.IsSpeakerNoun(_tokens[start], out var unnamed) ? new Carried(Span(start, colon - 1), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, -1) : null;
    }

    /// <summary>A reporting verb, participle or topic cue at <paramref name="cue"/>; returns the last token it used.</summary>
    private int Cue(int cue, CueEntry entry)
    {
        var sentence = _sentenceOf[cue];
        var end = _sentenceEnd[sentence];

        // "بين 2014 و2017": a form that is also a common word, right before a date, is that word (between).
        if ((entry.Frames & CueFrames.Strict) != 0 && cue + 1 < end && InTimeExpression(cue + 1))
        {
            return cue;
        }

        // "عقب اجتماع بين الرئيس الأميركي ونظيره ..." : bare بين after a word of the clause is "between", not the verb بيّن.
        if (BetweenPreposition.IsPreposition(_tokens, _sentenceStart[sentence], end, cue) || IsProtestDemand(cue, entry))
        {
            return cue;
        }

        var frame = CueFrames.None;
        var k = cue + 1;
        var contentFrom = -1;
        var candidate = -1;
        var relayedBy = -1;
        for (; k < end && k <= cue + MaxMiddleThat; k++)
        {
            // Past the usual window only a complementizer or a colon is looked for, after a long subject and occasion
            // ("اعتبر الأمين العام للحزب فلان في مداخلة على إذاعة ... اليوم الخميس 13 مارس 2014 أن ...").
            var far = k > cue + MaxMiddle;
            if (far && !ThatWords.Contains(_tokens[k].Key) && !IsColon(k) && !IsFarOnFrame(entry, k, end) && _tokens[k].Kind == TokenKind.Word && _lexicon.Cue(_tokens[k]) is null && !ClauseStops.Contains(_tokens[k].Key))
            {
                continue;
            }

            if (far && _candidateOpening[k] >= 0)
            {
                break;
            }

            if (_candidateOpening[k] is var c and >= 0 && !_candidates[c].Used)
            {
                if (_candidates[c].Words < 3 || NameInSubject(c, end) || QuotedAddressee(c, entry, end) || ((entry.Frames & CueFrames.Relay) != 0 && relayedBy < 0) || NamedOutlet(c))
                {
                    // A quoted name or term inside the speaker phrase ("وأكد “ماس” على", "المتحدث باسم "تحالف ..." العقيد ... أنه"),
                    // or the relaying outlet's name before عن ("ونقلت شبكة "..." عن").
                    k = _candidates[c].Close;
                    continue;
                }

                candidate = c;
                frame = CueFrames.Colon;
                break;
            }

            var token = _tokens[k];
            if (IsHashtagMark(k))
            {
                continue;
            }

            if (IsColon(k))
            {
                frame = CueFrames.Colon;
                contentFrom = k + 1;
                break;
            }

            if (token.Kind == TokenKind.Punctuation && !IsComma(k) && !IsInnerPunctuation(k) && !IsStrayMark(cue, k) && !IsTitleAbbreviationDot(k))
            {
                break;
            }

            // A new clause with its own cue ("، وأضاف", "مضيفا") ends the search; a bare form such as "عبر" (via) does not.
            if (k > cue + 1 && _lexicon.Cue(token) is { } other && (other.Kind == CueKind.Participle || (other.Kind == CueKind.Verb && _lexicon.IsJoinedCue(token))))
            {
                break;
            }

            // "وأعلنت الشرطة اعتقال خمسة، فيما قالت السلطات إن ...": what follows فيما is another clause with its own speaker.
            if (k > cue + 1 && ClauseStops.Contains(token.Key))
            {
                break;
            }

            var key = Key(k);
            if (ThatWords.Contains(token.Key) && !NotReportingAn.Contains(_tokens[k - 1].Key) && (entry.Frames & (CueFrames.That | CueFrames.Object)) != 0)
            {
                frame = (entry.Frames & CueFrames.That) != 0 ? CueFrames.That : CueFrames.Object;
                contentFrom = frame == CueFrames.That ? k + 1 : k;
                break;
            }

            // "على حد قوله", "على حد تعبيره", "على حد سواء": a stock phrase (as he put it, alike), never what is stressed.
            if (key.SequenceEqual("علي") && k + 1 < end && _tokens[k + 1].Key == "حد")
            {
                break;
            }

            if (key.SequenceEqual("علي") && (entry.Frames & (CueFrames.On | CueFrames.Object)) != 0 && !IsNameAli(k))
            {
                frame = (entry.Frames & CueFrames.On) != 0 ? CueFrames.On : CueFrames.Object;
                contentFrom = frame == CueFrames.On ? k + 1 : k;
                if (frame == CueFrames.On && k + 1 < end && ThatWords.Contains(_tokens[k + 1].Key))
                {
                    contentFrom++;
                }
                break;
            }

            if (key.SequenceEqual("الي"))
            {
                if ((entry.Frames & CueFrames.To) != 0 && k + 1 < end && ThatWords.Contains(_tokens[k + 1].Key))
                {
                    frame = CueFrames.To;
                    contentFrom = k + 2;
                }
                else if ((entry.Frames & (CueFrames.To | CueFrames.Noun)) == (CueFrames.To | CueFrames.Noun) && k + 1 < end && IsObjectWord(k + 1) && !MentionWithin(k + 1, Math.Min(end, k + 4)))
                {
                    frame = CueFrames.To;
                    contentFrom = k + 1;
                }
                else if ((entry.Frames & CueFrames.Object) != 0)
                {
                    frame = CueFrames.Object;
                    contentFrom = k;
                }
                else if ((entry.Frames & CueFrames.To) == 0 && !(k + 1 < end && ThatWords.Contains(_tokens[k + 1].Key)) && InOccasion(cue, k, entry))
                {
                    // "وأوضح فلان في حديث إلى موقع ... أن", "وقالت كندا، أكبر مصدر للصلب إلى الولايات المتحدة، إن": for a cue
                    // without an إلى frame, إلى inside the occasion or a set-off subject is part of it. "إلى أن" is "until".
                    continue;
                }

                break;
            }

            if (key.SequenceEqual("عن"))
            {
                if (Key(k - 1).SequenceEqual("الكشف"))
                {
                    // "طالبا عدم الكشف عن هويته": how the speaker talked, not what about.
                    continue;
                }

                if ((entry.Frames & CueFrames.Relay) != 0)
                {
                    // "ونقلت الوكالة عن المتحدث باسم الوزارة أن ...": the one after عن is who spoke.
                    relayedBy = k;
                    continue;
                }

                if ((entry.Frames & CueFrames.About) != 0)
                {
                    frame = CueFrames.About;
                    contentFrom = k + 1 < end && ThatWords.Contains(_tokens[k + 1].Key) ? k + 2 : k + 1;
                    break;
                }

                // "وأوضحت النائبة عن حزب العمال، فلانة، إن": for a cue without an عن frame, عن belongs to the subject's role.
                continue;
            }

            // "ونقلت الوكالة عن فلان قوله إن", "ونقلت الوكالة عنه قوله": قوله is the cue of those words; the relaying verb
            // leaves them to it.
            if (k > cue + 1 && (entry.Frames & CueFrames.Relay) != 0 && _lexicon.Cue(token) is not null)
            {
                break;
            }


            if ((entry.Frames & CueFrames.With) != 0 && StartsWithBa(k) && !token.Key.Equals("باسم", StringComparison.Ordinal))
            {
                frame = CueFrames.With;
                contentFrom = k;
                break;
            }

            if ((entry.Frames & CueFrames.Object) != 0 && (k > cue + 1 || AsksAtOnce(cue, entry, k)) && StartsWithBa(k) && !token.Key.Equals("باسم", StringComparison.Ordinal))
            {
                frame = CueFrames.Object;
                contentFrom = k;
                break;
            }
        }

        // A complementizer past the usual window belongs to this cue only after a subject that names someone: a name or a
        // speaker noun right after the cue ("يرى نفسه ..." or a proverb after يقول is not a long subject). Otherwise the
        // cue is read as if the window had ended.
        if (frame != CueFrames.None && k > cue + MaxMiddle && Phrase(SkipTimeWords(cue + 1, k), k, strict: true) is null)
        {
            frame = CueFrames.None;
            contentFrom = -1;
        }

        if (frame == CueFrames.None && candidate < 0)
        {
            // Nothing past the usual window: the words after it are not the subject's.
            k = Math.Min(k, cue + MaxMiddle + 1);
        }

        if (frame == CueFrames.Colon && (entry.Frames & CueFrames.Colon) == 0 && entry.Kind != CueKind.Verb)
        {
            frame = CueFrames.None;
        }

        // Who speaks: the subject written between the cue and the content, or before the cue, or the carried speaker.
        var middleEnd = candidate >= 0 ? _candidates[candidate].Open : k;

        // "كشفت الشركة النقاب عن": the veil lifted is the idiom's object, not part of who speaks.
        if (middleEnd > cue + 1 && UnveilingObjects.Contains(_tokens[middleEnd - 1].Key))
        {
            middleEnd--;
        }
        else if (frame == CueFrames.About && middleEnd > cue + 2 && IsPossessedObjectBeforeAbout(cue, middleEnd - 1))
        {
            // "وأعلن تنظيم داعش مسؤوليته عن الهجوم": the possessed noun is the object and opens the words
            // (QuoteFinder.PossessedObjects).
            middleEnd--;
            contentFrom = middleEnd;
        }

        var subjectFrom = SkipTimeWords(cue + 1, middleEnd);
        while (subjectFrom + 2 < middleEnd && IsTitleAbbreviationDot(subjectFrom + 1))
        {
            // "ودعا أ.د. سعد الحسين ... إلى": the title's letters and stops stand before the subject's name.
            subjectFrom += 2;
        }

        // "وأردف قائلا:", "وأضاف مضيفا أن": a participle right after the verb says how, not who; the subject is elsewhere.
        if (subjectFrom < middleEnd && _lexicon.Cue(_tokens[subjectFrom]) is { Kind: CueKind.Participle })
        {
            subjectFrom = SkipTimeWords(subjectFrom + 1, middleEnd);
        }

        // "واصفا إياه: ...", "ووصفها إياها بأنها": إيّا carries the object, never who speaks.
        if (subjectFrom < middleEnd && _tokens[subjectFrom].Key is "اياه" or "اياها" or "اياهم" or "اياهما" or "اياهن")
        {
            subjectFrom = SkipTimeWords(subjectFrom + 1, middleEnd);
        }

        // "وأضاف ممازحاً:", "وقال رداً على سؤال إن", "وأعلنت مؤخرا شركة ...": an adverb after the cue says how or when, not
        // who. When a plain word follows it ("أعلن أيضا إعادة العمل"), or any noun after a call ("وحثت مرارا حكومة ..."),
        // that word is the object, and the adverb is left where it was for the rules that read objects.
        var afterAdverb = subjectFrom;
        while (afterAdverb < middleEnd && IsMannerAdverb(afterAdverb))
        {
            afterAdverb = SkipTimeWords(afterAdverb + 1, middleEnd);
        }

        if (afterAdverb > subjectFrom && (afterAdverb == middleEnd || IsAdverbial(_tokens[afterAdverb]) || PrepositionWords.Contains(_tokens[afterAdverb].Key)
            || (frame != CueFrames.Object && (_mentionStarting[afterAdverb] is { Type: EntityType.Person or EntityType.Organization } || _lexicon.IsSpeakerNoun(_tokens[afterAdverb], out _)))))
        {
            subjectFrom = afterAdverb;
        }

        // "وقالت لنا لمياء إن", "قال لي أحد المسؤولين إن": a pronoun with a glued لـ after the cue is who was told; the
        // subject, when the sentence names one, comes after it.
        var told = subjectFrom < middleEnd && (IsToldPronoun(subjectFrom, middleEnd) || IsToldPlural(subjectFrom, entry));
        if (told || (subjectFrom + 1 < middleEnd && IsDefiniteListenerBeforeSubject(subjectFrom)))
        {
            told = true;
            subjectFrom = SkipTimeWords(subjectFrom + 1, middleEnd);
        }

        Carried? speaker;
        if (frame == CueFrames.None && candidate < 0 && (entry.Frames & CueFrames.Noun) != 0 && NounObject(cue, entry, end) is { } noun)
        {
            (speaker, contentFrom) = noun;
            frame = CueFrames.Noun;
        }
        else if (frame == CueFrames.Object && entry.Kind == CueKind.Participle)
        {
            // "داعية الاتحاد الأوروبي إلى ...": a participle has no subject after it; the first noun is the addressee.
            speaker = null;
            contentFrom = cue + 1;
        }
        else if (frame == CueFrames.Object)
        {
            (speaker, contentFrom) = ObjectSubject(subjectFrom, middleEnd, contentFrom, opensSentence: cue == _sentenceStart[sentence] && _lexicon.IsJoinedCue(_tokens[cue]));
        }
        else if (middleEnd > subjectFrom)
        {
            if (Demonstratives.Contains(_tokens[subjectFrom].Key))
            {
                return cue;
            }

            // "إنجلترا تقر فحصا بالمنظار": an object before the بـ of a `with` cue (QuoteFinder.WithObjects).
            if (IsWithObject(frame, subjectFrom, middleEnd))
            {
                return cue;
            }

            // A participle has no subject after it ("متوقعة استمرار الزيادة", "زاعمة وقوع انتهاكات"): its speaker is its
            // clause's subject, and the words after it are an object, whether or not a frame follows.
            speaker = IsMannerPhrase(subjectFrom) || entry.Kind == CueKind.Participle ? null : Phrase(subjectFrom, middleEnd, strict: false) ?? LongSubject(entry, frame, subjectFrom, middleEnd);
            if (speaker is null && entry.Kind != CueKind.Participle && !IsAdverbial(_tokens[subjectFrom]) && !IsToldWord(subjectFrom) && !told && !IsMannerPhrase(subjectFrom))
            {
                return cue;
            }

            // "وكان ترامب قد صرح خلال لقائه مع فلان أن", "وكانت المنظمة قد عبرت في بيان لها عن": the subject stands before
            // the cue, and a name inside the place or occasion after it is not who spoke.
            if (speaker is not null && IsAdverbial(_tokens[subjectFrom]) && Before(cue) is { } before)
            {
                speaker = before;
            }
            else if (speaker is { } said && IsDocumentWhereSaid(cue, subjectFrom, said))
            {
                // "وأضاف في بيان"، "وقالوا في تقرير إن": the document is where the words were said; with no subject before
                // the cue, the speaker is the one carried over (QuoteFinder.DocumentsWhereSaid).
                speaker = null;
            }

            // "وكان روحاني قد أبلغ مدير الوكالة أن": a telling verb's subject stands before it, and the noun after it was
            // told. A joined verb ("وأبلغ مسؤول أميركي رويترز أن") has its subject after it, and so has a verb after an
            // opening prepositional phrase ("وخلال لقائه مع ماكرون أبلغ بوتين الصحفيين أن": ماكرون was met, not the teller).
            if (speaker is not null && (entry.Frames & CueFrames.Tell) != 0 && !_lexicon.IsJoinedCue(_tokens[cue]) && !AfterOpeningPrepositionalPhrase(cue)
                && Before(cue) is { } teller)
            {
                speaker = teller;
            }
            else if (speaker is { Kind: SpeakerKind.Role or SpeakerKind.Unnamed } role && (entry.Frames & CueFrames.Tell) != 0 && TellerRole(subjectFrom, middleEnd) is { } head)
            {
                // "وأبلغ الوزير البرلمان أن", "وأبلغ المصدر رويترز أن": after the verb, the role phrase ends where the one
                // told begins, as a call's does before its addressee.
                speaker = role with { Span = head };
            }
        }
        else
        {
            speaker = null;
        }

        if ((entry.Frames & CueFrames.Strict) != 0 && middleEnd > subjectFrom && speaker is not { Kind: SpeakerKind.Mention } && !_lexicon.IsSpeakerNoun(_tokens[subjectFrom], out _) && !IsAdverbial(_tokens[subjectFrom])
            && !IsSameSpeakerNoun(subjectFrom, middleEnd))
        {
            return cue;
        }

        // A relaying verb reports only what it relays from someone named after عن ("نقلت الصحيفة على لسان ...: قوله" is
        // left to قوله).
        if ((entry.Frames & CueFrames.Relay) != 0 && relayedBy < 0)
        {
            return cue;
        }

        // The relayed speaker ends where the place or time of the report begins ("عن قرويين في منطقة ...").
        var relayedEnd = relayedBy + 1;
        while (relayedBy >= 0 && relayedEnd < middleEnd && !IsComma(relayedEnd) && (!IsAdverbial(_tokens[relayedEnd]) || _tokens[relayedEnd].Key == "باسم"))
        {
            relayedEnd++;
        }

        var relaying = false;
        if (relayedBy >= 0 && relayedEnd > relayedBy + 1 && Phrase(relayedBy + 1, relayedEnd, strict: false) is { } relayed)
        {
            speaker = relayed;
            relaying = true;
        }

        speaker ??= QuotedSource(cue);
        // A participle's speaker is its clause's subject; a name right before it is mostly the object of the verb it
        // follows ("اشتكت إلى مفوض المعلومات زاعمة ...").
        // The verb of a relayed quote agrees with the outlet that relays ("ونقلت رويترز عن الوزير"), not with the one it
        // relays, whose gender it does not tell: a later "وأوضح" may still carry the minister on.
        if (speaker is { Gender: '?' } written && entry.Kind == CueKind.Verb && !relaying)
        {
            // "قالت الشركة", "قال الجيش": the verb before or after its subject agrees with it in gender, which a later
            // cue without a subject must match to carry it on.
            speaker = written with { Gender = CueGender(cue) };
        }

        speaker ??= entry.Kind == CueKind.Participle ? ClauseSubject(cue) ?? Before(cue) ?? CarriedTo(cue) : Before(cue) is { } subject ? subject with { Gender = CueGender(cue) } : Agreeing(cue, CarriedTo(cue));
        if (frame == CueFrames.None || entry.Kind == CueKind.Topic)
        {
            // No content, but a named subject still takes the floor, and a carried one keeps it.
            if (speaker is { } s)
            {
                _last = s with { Paragraph = Paragraph(cue) };
            }

            return cue;
        }

        if (candidate < 0 && contentFrom >= 0 && contentFrom < _tokens.Count && _candidateOpening[contentFrom] is var after and >= 0 && !_candidates[after].Used && _candidates[after].Words >= 1)
        {
            if (ClauseGoesOn(_candidates[after].Close + 1, end))
            {
                // The marks quote the first words of an indirect quote: its content starts inside them.
                contentFrom++;
            }
            else
            {
                candidate = after;
            }
        }

        TextSpan content;
        QuoteKind kind;
        int last;
        if (candidate >= 0)
        {
            _candidates[candidate].Used = true;
            (content, last) = DirectContent(_candidates[candidate]);
            kind = QuoteKind.Direct;
        }
        else
        {
            if (contentFrom < 0 || contentFrom >= end)
            {
                return cue;
            }

            var stop = ClauseEnd(contentFrom, end);
            var lastToken = LastContent(contentFrom, stop);
            if (lastToken < contentFrom)
            {
                return cue;
            }

            content = Span(contentFrom, lastToken);
            kind = frame == CueFrames.Colon ? QuoteKind.Direct : QuoteKind.Indirect;
            last = stop - 1;
            ClaimCandidates(content);
        }

        // "وقال المدعي إن المسلح، الذي قال الإعلام إن اسمه ...، هو ... . وأضاف أن": a report in a relative clause inside
        // another report of the same sentence is subordinate to it; the outer speaker keeps the floor for the next cue
        // without a subject.
        var floor = _last;
        var nested = IsAfterRelativePronoun(cue) && _quotes.Count > 0 && _quotes[^1].Cue.Start >= _tokens[_sentenceStart[_sentenceOf[cue]]].Span.Start;
        Add(kind, _tokens[cue].Span, content, speaker, cue);
        if (nested && floor is { } kept)
        {
            _last = kept with { Paragraph = Paragraph(cue) };
        }

        return last;
    }

    /// <summary>
    /// "وشدد فلان، خلال حديثه في مؤتمر ... بين الرئيس ...، على ضرورة أن": past the usual window على opens a stressing cue's
    /// content only before what is stressed (ضرورة، أهمية، أن), never as a preposition of the occasion ("على هامش").
    /// </summary>
    private bool IsFarOnFrame(CueEntry entry, int k, int end) =>
        (entry.Frames & CueFrames.On) != 0 && Key(k).SequenceEqual("علي") && k + 1 < end
        && (ThatWords.Contains(_tokens[k + 1].Key) || StressedNouns.Contains(_tokens[k + 1].Key));

    /// <summary>
    /// "تظاهرات احتجاجية تطالب بتوفير الخدمات", "قطع عدد من المحتجين الطريق ... مطالبين بتنفيذ مطالبهم", "ويطالب المتظاهرون
    /// بـ": what a protest or its crowd demands is the protest's purpose, not a statement (gold/README.md counts no such
    /// quote). Only a demand without an addressee whose subject, before it in its clause or right after it, is a protest or
    /// protesters.
    /// </summary>
    private bool IsProtestDemand(int cue, CueEntry entry)
    {
        if (entry.Lemma is not ("طالب" or "مطالبا"))
        {
            return false;
        }

        // "طالب المتظاهرون الحكومة بالتراجع": a demand put to an addressee is still a call, which the event stage reads;
        // only what the crowd demands at once ("تطالب بتوفير", "مطالبين بتنفيذ") is the protest's purpose.
        var sentenceEnd = _sentenceEnd[_sentenceOf[cue]];
        var asked = cue + 1 < sentenceEnd && IsProtestWord(cue + 1) ? cue + 2 : cue + 1;
        if (asked >= sentenceEnd || !StartsWithBa(asked))
        {
            return false;
        }

        var sentenceStart = _sentenceStart[_sentenceOf[cue]];
        for (var k = cue - 1; k >= sentenceStart && k >= cue - MaxProtestDistance; k--)
        {
            if (_mentionStarting[k] is { Type: EntityType.Person or EntityType.Organization } || _lexicon.IsSpeakerNoun(_tokens[k], out _) || (k < cue - 1 && _lexicon.Cue(_tokens[k]) is not null))
            {
                return false;
            }

            if (IsProtestWord(k))
            {
                return true;
            }
        }

        return asked == cue + 2;
    }

    /// <summary>A protest ("تظاهرات", "الاحتجاجات") or protesters ("المحتجون", events/generic-actors.tsv).</summary>
    private bool IsProtestWord(int k)
    {
        var token = _tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (Events.GenericActors.Of(token) == Events.GenericActors.Kind.Protester)
        {
            return true;
        }

        // "وقفة" begins with و itself; "والاحتجاجات" with the conjunction.
        var key = token.Key;
        return IsProtestNoun(key) || (key.Length > 1 && key[0] is 'و' or 'ف' && IsProtestNoun(key[1..]));
    }

    private static bool IsProtestNoun(string key) =>
        ProtestNouns.Contains(key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key);

    /// <summary>
    /// A quotation mark that pairs with no other, inside the words between a cue and its frame ("وقال في مقابلة مع إذاعة
    /// محلية في برنامج "حوار إنه ...": the programme's name lost its closing mark). It quotes nothing, so it does not end
    /// them. Right after the cue or a punctuation mark it opens the speaker's words, whose closing mark went astray.
    /// </summary>
    private bool IsStrayMark(int cue, int k)
    {
        var at = _tokens[k].Span.Start;
        return k > cue + 1 && _tokens[k - 1].Kind == TokenKind.Word && QuoteMarks.IsMark(_doc.Text[at]) && !_marks.Exists(m => m.Open <= at && at <= m.Close);
    }

    /// <summary>
    /// "وأكد سفير اليمن في جنيف، علي مجاور، أن": folding writes the name علي like the preposition على, so the frame "on"
    /// would open at the name. The written ي (not ى) inside a person the tagger found tells the name.
    /// </summary>
    private bool IsNameAli(int k)
    {
        if (_doc.Text[_tokens[k].Span.End - 1] != 'ي')
        {
            return false;
        }

        for (var j = k; j >= 0 && j >= k - 3; j--)
        {
            if (_mentionStarting[j] is { Type: EntityType.Person } m && m.LastToken >= k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The role phrase a speaker noun opens right after a telling verb, when a listener follows it ("الوزير" of "وأبلغ
    /// الوزير البرلمان أن"); null when the phrase runs up to the complementizer, which leaves no one told after it.
    /// </summary>
    private TextSpan? TellerRole(int from, int to)
    {
        var head = FirstWord(from, to);
        if (head < 0 || !_lexicon.IsSpeakerNoun(_tokens[head], out _) || _mentionStarting[head] is not null)
        {
            return null;
        }

        var roleEnd = CallerRoleEnd(head, to);
        var listener = roleEnd + 1;
        return listener < to && (IsDefiniteWord(listener) || _mentionStarting[listener] is not null) ? Span(head, roleEnd) : null;
    }

    /// <summary>
    /// "وأبلغ الصحفيين أن": a definite sound masculine plural in -ين right after a telling verb is in the accusative, so it
    /// is the one told, never the subject (which would read الصحفيون); the teller is carried.
    /// </summary>
    private bool IsToldPlural(int k, CueEntry entry)
    {
        var key = _tokens[k].Key;
        // At least three letters between ال and ين: "الأمين" (the secretary) is a singular that may speak.
        return (entry.Frames & CueFrames.Tell) != 0 && key.Length > 6 && key.StartsWith("ال", StringComparison.Ordinal) && key.EndsWith("ين", StringComparison.Ordinal)
            && _mentionStarting[k] is null && !_lexicon.IsSpeakerNoun(_tokens[k], out _);
    }

    /// <summary>
    /// A bare cue form right after a word of quantity is the noun counted ("5.5 مليون طالب في المدارس": students, not
    /// "demanded"). Not after a bare number, which may end the phrase before a verb ("وإضافة إلى القتلى الـ199 قالت السلطات").
    /// </summary>
    private bool IsCounted(int k) =>
        k > 0 && !_lexicon.IsJoinedCue(_tokens[k]) && QuantityWords.Contains(_tokens[k - 1].Key);

    /// <summary>Words of quantity (folded: مئات is ميات) before a counted noun: "5.5 مليون طالب"، "آلاف الطلاب".</summary>
    private static readonly HashSet<string> QuantityWords = new(StringComparer.Ordinal) { "مليون", "ملايين", "الف", "الاف", "ميات", "عشرات", "مليار" };

    /// <summary>The gender of the singular reporting verb at <paramref name="cue"/> (<see cref="CueLexicon.Gender"/>).</summary>
    private char CueGender(int cue) => _lexicon.Gender(_tokens[cue]);

    /// <summary>
    /// The carried speaker, unless its verb showed the other gender ("وأضافت" after "قال الوزير"): then the latest earlier
    /// speaker of the last three paragraphs whose verb agreed as this cue does ("قالت الوزارة ... وقال الوزير ... وأضافت
    /// أن"). One paragraph further back than a carried speaker may come from, since the one in between cannot be meant.
    /// </summary>
    private Carried? Agreeing(int cue, Carried? carried)
    {
        var gender = CueGender(cue);
        if (carried is not { } c || gender == '?' || c.Gender == '?' || c.Gender == gender)
        {
            return carried;
        }

        var paragraph = Paragraph(cue);
        for (var i = _spoken.Count - 1; i >= 0 && _spoken[i].Paragraph >= paragraph - 2; i--)
        {
            if (_spoken[i].Gender == gender)
            {
                return _spoken[i] with { Paragraph = paragraph };
            }
        }

        return carried;
    }

    /// <summary>Whether the cue opens a relative clause ("الذي قال", "والتي أكدت").</summary>
    private bool IsAfterRelativePronoun(int cue)
    {
        if (cue == 0)
        {
            return false;
        }

        var key = _tokens[cue - 1].Key;
        return RelativePronouns.Contains(key) || (key.Length > 4 && key[0] == 'و' && RelativePronouns.Contains(key[1..]));
    }

    /// <summary>
    /// A sentence that opens with وأن / وإن / وبأن right after an indirect quote goes on with the same reported speech
    /// ("وقال الوزير إن الحل سياسي. وإن بلاده لن تتدخل."): a second complementizer of the same cue, with its speaker.
    /// Returns the last token used, or null when the sentence is not such a continuation.
    /// </summary>
    private int? Continuation(int first)
    {
        var key = _tokens[first].Key;
        if (key.Length < 3 || key[0] != 'و' || !ThatWords.Contains(key[1..]) || _quotes.Count == 0 || _quotes[^1] is not { Kind: QuoteKind.Indirect } previous)
        {
            return null;
        }

        // A cue after its words ("...، وفق "مرصد المستقبل"") took no complementizer, so it has no second one: "وإن" there is
        // "and if" ("وإن سارت الأمور وفق الخطة").
        if (previous.Cue.Start > previous.Content.Start)
        {
            return null;
        }

        var sentence = _sentenceOf[first];
        if (sentence == 0 || previous.Content.End < _tokens[_sentenceStart[sentence - 1]].Span.Start || Paragraph(first) - Paragraph(_sentenceStart[sentence - 1]) > 1)
        {
            return null;
        }

        var end = _sentenceEnd[sentence];
        if (first + 1 >= end)
        {
            return null;
        }

        var stop = ClauseEnd(first + 1, end);
        var last = LastContent(first + 1, stop);
        if (last <= first + 1)
        {
            return null;
        }

        var content = Span(first + 1, last);
        ClaimCandidates(content);
        Add(QuoteKind.Indirect, previous.Cue, content, previous.Speaker is { } s ? new Carried(s, previous.SpeakerKind, Paragraph(first)) : null, first);
        return stop - 1;
    }

    /// <summary>
    /// A sentence that opens with a verb and a named subject ("وعالجت المنظمة ...", "وقدرت شركة التعدين ...") puts a new
    /// actor on stage: a later cue without a subject is said by it, not by whoever spoke before.
    /// </summary>
    private void NoteSubject(int first)
    {
        // "المدينة، البلد (الوكالة) – أعلنت ...": the verb comes after the outlet's dateline and any fronted adverbial.
        var sentenceEnd = _sentenceEnd[_sentenceOf[first]];
        var afterDateline = AfterDateline(first, sentenceEnd);
        first = AfterFrontedAdverbial(afterDateline < sentenceEnd ? afterDateline : first);
        var verb = _tokens[first];
        // A verb opens the sentence: not a name, a cue, a preposition, a complementizer, a speaker noun or a definite noun.
        if (verb.Kind != TokenKind.Word || verb.Key.Length < 3 || _lexicon.Cue(verb) is not null || HasPreposition(verb) || ThatWords.Contains(verb.Key)
            || ThatWords.Contains(verb.Key[1..]) || _mentionStarting[first] is not null || _lexicon.IsSpeakerNoun(verb, out _)
            || verb.Key.StartsWith("ال", StringComparison.Ordinal) || verb.Key.StartsWith("وال", StringComparison.Ordinal)
            || IsFunctionWord(verb.Key) || (verb.Key[0] is 'و' or 'ف' && IsFunctionWord(verb.Key[1..])))
        {
            return;
        }

        var sentence = _sentenceOf[first];
        var k = first + 1;
        while (k < _sentenceEnd[sentence] && IsHashtagMark(k))
        {
            k++;
        }

        if (k >= _sentenceEnd[sentence])
        {
            return;
        }

        if (_mentionStarting[k] is { Type: EntityType.Person or EntityType.Organization } m)
        {
            _last = Mention(m);
            return;
        }

        // A country or city right after the opening verb is its subject too ("ووجهت السعودية رسالة ... وطالبت"): news
        // Arabic names states as actors far more often than it puts a place as the object of a verb without a subject.
        // Not in the title, whose nouns in construct look like a verb and its subject ("تحرير معسكر ...").
        if (_mentionStarting[k] is { Type: EntityType.Location } place && Paragraph(k) >= 0)
        {
            _last = Mention(place);
            return;
        }

        if (SpeakingBodies.Is(_tokens[k]) && _mentionStarting[k] is null)
        {
            // "وضعت السلطات التركية مواطنا ألمانيا ... وقالت إنه": a body names no person after it; its nisba ends it.
            _last = new Carried(Span(k, CallerRoleEnd(k, _sentenceEnd[sentence])), SpeakerKind.Role, Paragraph(k));
            return;
        }

        if (_lexicon.IsSpeakerNoun(_tokens[k], out var unnamed) && _mentionStarting[k] is null)
        {
            // "حدد مدير عام الوكالة ... فلان": the person the role names speaks, as in a subject after a cue.
            for (var j = k + 1; j < _sentenceEnd[sentence] && j <= k + MaxFronted && !IsComma(j) && !RelativeWords.Contains(_tokens[j].Key); j++)
            {
                if (_mentionStarting[j] is { Type: EntityType.Person } named)
                {
                    _last = Mention(named);
                    return;
                }
            }

            _last = new Carried(Span(k, RoleEnd(k, _sentenceEnd[sentence])), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(k));
        }
    }

    /// <summary>
    /// "وطالبت بمحاسبة ...", "الرئيس طالب بإجراء ...": a call may name what it asks for at once, without an addressee,
    /// when the verb opens its own clause or a speaker stands right before it; "تظاهرات طالبت بـ" (a protest that
    /// demands) is a description, and a participle ("مطالبين بـ") a manner. A name that begins with ب ("بافل") is the addressee.
    /// </summary>
    private bool AsksAtOnce(int cue, CueEntry entry, int k) =>
        entry.Kind == CueKind.Verb && _mentionStarting[k] is null && (_lexicon.IsJoinedCue(_tokens[cue]) || Before(cue) is not null);

    /// <summary>Words (folded) besides the <see cref="QuantityWords"/> that take طالب as a noun after them: "كل طالب"، "أي طالب".</summary>
    private static readonly HashSet<string> EachWords = new(StringComparer.Ordinal) { "كل", "اي", "لكل", "عده" };

    /// <summary>
    /// Whether token i, طالب, is the noun "student" or "seeker" rather than the verb "demanded" (the two are written alike):
    /// bare after a number that is no date or a word that counts ("ويوجد 5.5 مليون طالب في المدارس"، "كل طالب"; the <see cref="QuantityWords"/>
    /// are <see cref="IsCounted"/>'s), or before لجوء ("وطالب لجوء"). A conjunction never stands between a count and its
    /// noun: "إلى 30 وطالب الرئيس" opens a clause.
    /// </summary>
    private bool IsStudentNoun(int i)
    {
        var key = _tokens[i].Key;
        var joined = key.Length == 5 && key[0] is 'و' or 'ف';
        if ((joined ? key[1..] : key) != "طالب")
        {
            return false;
        }

        return (!joined && i > 0 && ((_tokens[i - 1].Kind == TokenKind.Number && !InTimeExpression(i - 1)) || EachWords.Contains(_tokens[i - 1].Key)))
            || (i + 1 < _tokens.Count && (_tokens[i + 1].Key == AsylumKey || _tokens[i + 1].Key == "ال" + AsylumKey));
    }

    /// <summary>Whether token k lies in a time expression ("عام 2017"): a number there ends a date, it counts nothing.</summary>
    private bool InTimeExpression(int k) => (_inTime ??= MarkTimeTokens())[k];

    /// <summary>
    /// Which tokens lie wholly inside a time expression: asked for nearly every word the cue rules skip, so it is worked out
    /// once per document instead of scanning the document's times at each token.
    /// </summary>
    private bool[] MarkTimeTokens()
    {
        var marked = new bool[_tokens.Count];
        foreach (var time in _doc.HasTimes ? _doc.Times : [])
        {
            for (var k = Math.Max(0, TokenSearch.AtOrBefore(_tokens, time.Span.Start)); k < _tokens.Count && _tokens[k].Span.Start < time.Span.End; k++)
            {
                marked[k] |= time.Span.Contains(_tokens[k].Span);
            }
        }

        return marked;
    }

    /// <summary><see cref="MarkTimeTokens"/>, made at the first question.</summary>
    private bool[]? _inTime;

    /// <summary>لجوء "asylum", folded like every key.</summary>
    private static readonly string AsylumKey = Akhbar.Core.Text.ArabicFolding.Fold("لجوء");

    /// <summary>One of <see cref="PredicateWords"/>, alone or after و or ف ("وكان", "فباتت").</summary>
    private static bool IsPredicateWord(string key) =>
        PredicateWords.Contains(key) || (key.Length > 3 && key[0] is 'و' or 'ف' && PredicateWords.Contains(key[1..]));

    /// <summary>A preposition or particle ("وعن القدس"), which can look like a verb of three letters.</summary>
    private static bool IsFunctionWord(string key) => PhraseStops.Contains(key) || FrontedPrepositions.Contains(key) || PrepositionWords.Contains(key);

    /// <summary>
    /// The first token after a fronted adverbial phrase set off by a comma ("وفي جلسة لمجلس الأمن، أكد ...", "على صعيد
    /// ذي صلة، استنكر ..."), where the sentence's verb stands; <paramref name="first"/> itself when the sentence does not
    /// open with a preposition, or the phrase holds a cue or runs past a few words.
    /// </summary>
    private int AfterFrontedAdverbial(int first)
    {
        if (!OpensWithPreposition(_tokens[first]))
        {
            return first;
        }

        var end = _sentenceEnd[_sentenceOf[first]];
        for (var k = first + 1; k < end && k <= first + MaxFronted; k++)
        {
            if (IsComma(k))
            {
                return k + 1 < end ? k + 1 : first;
            }

            if (_tokens[k].Kind != TokenKind.Word || _lexicon.Cue(_tokens[k]) is not null || TurnWords.Contains(_tokens[k].Key))
            {
                return first;
            }
        }

        return first;
    }

    /// <summary>A preposition, alone or after و ("وخلال", "في") or glued to its noun ("وبحسب"), that can open a fronted adverbial phrase.</summary>
    private static bool OpensWithPreposition(Token opening) =>
        opening.Kind == TokenKind.Word && (IsFrontedPreposition(opening.Key) || HasPreposition(opening));

    /// <summary>One of <see cref="FrontedPrepositions"/> as a word of its own, alone or after و ("وخلال").</summary>
    private static bool IsFrontedPreposition(string key) =>
        FrontedPrepositions.Contains(key) || (key.StartsWith('و') && FrontedPrepositions.Contains(key[1..]));

    /// <summary>
    /// Whether the cue's sentence opens with a prepositional phrase that runs, with no comma, up to the cue and no
    /// auxiliary stands right before it ("وخلال لقائه مع ماكرون أبلغ بوتين"): the verb comes before its subject there,
    /// unlike "وفي الأسبوع الماضي كان الوزير قد أبلغ". Only a preposition written as a word of its own: the segmenter
    /// splits "بيد" of "بيد أن مسؤولا أبلغ" (however, an official told) as بـ + يد.
    /// </summary>
    private bool AfterOpeningPrepositionalPhrase(int cue)
    {
        var start = _sentenceStart[_sentenceOf[cue]];
        if (cue <= start || _tokens[start].Kind != TokenKind.Word || !IsFrontedPreposition(_tokens[start].Key) || AuxiliaryWords.Contains(_tokens[cue - 1].Key))
        {
            return false;
        }

        for (var k = start + 1; k < cue; k++)
        {
            if (IsComma(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words of a quotation and its last token. A pair whose marks span paragraphs stops before a later paragraph
    /// that opens with a cue of its own ("وشدد المالكي على أن ..."): the closing mark there ends that cue's words, and
    /// the first paragraph's quotation was never closed.
    /// </summary>
    private (TextSpan Content, int Last) DirectContent(Candidate cand)
    {
        var inside = cand.Mark.Inside;
        var from = ParagraphAt(inside.Start);
        var to = ParagraphAt(Math.Max(inside.Start, inside.End - 1));
        for (var p = from + 1; p <= to && p >= 0; p++)
        {
            var start = _doc.Paragraphs[p].Span.Start;
            var first = cand.Open;
            while (first < cand.Close && _tokens[first].Span.Start < start)
            {
                first++;
            }

            if (_tokens[first].Span.Start >= start && _lexicon.IsJoinedCue(_tokens[first]) && _lexicon.Cue(_tokens[first]) is { Kind: CueKind.Verb })
            {
                return (new TextSpan(inside.Start, _tokens[first - 1].Span.End), first - 1);
            }
        }

        return (inside, cand.Close);
    }

    /// <summary>How many word tokens lie in [from, to).</summary>
    private int Words(int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            words += _tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    /// <summary>The last token of a role phrase a speaker noun opens: the noun and up to two definite words after it ("شركة التعدين", "وزارة الخارجية الأميركية").</summary>
    private int RoleEnd(int noun, int end)
    {
        var last = noun;
        while (last + 1 < end && last < noun + 2 && IsDefiniteWord(last + 1))
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// A quotation between a cue and its complementizer names something in the subject phrase ("وصرح المتحدث باسم
    /// "تحالف دعم الشرعية" العقيد ... أنه"): the reported words come after أن, not inside these marks.
    /// </summary>
    private bool NameInSubject(int c, int end)
    {
        // Names are short; a comma after the marks ends the subject phrase, so what follows is no longer in it.
        var cand = _candidates[c];
        if (cand.Words > 6 || (cand.Open > 0 && IsColon(cand.Open - 1)))
        {
            return false;
        }

        for (var k = cand.Close + 1; k < end && k <= cand.Close + 8; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation || _lexicon.Cue(_tokens[k]) is not null || _candidateOpening[k] >= 0 || NotReportingAn.Contains(_tokens[k].Key))
            {
                return false;
            }

            if (ThatWords.Contains(_tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short quotation right after a noun that news text follows with a name in marks ("خلال مقابلة بثتها شبكة "إن تي
    /// في" الخاصة", "حركة "النهضة""): it names the outlet or body, and the quoted words come later. Not after a person's
    /// role, which a short direct quote may follow ("وقال الوزير "هذا غير مقبول""). A short quotation followed by نقلا is the
    /// outlet that relays ("وأوردت "سي إن بي سي" نقلا عن مصادر ..."): words said are never relayed from someone.
    /// </summary>
    private bool NamedOutlet(int c)
    {
        var cand = _candidates[c];
        if (cand.Words > 4 || cand.Open == 0 || _tokens[cand.Open - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        if (cand.Close + 1 < _tokens.Count && IsRelayWord(cand.Close + 1))
        {
            return true;
        }

        // Only the indefinite noun: a name stands in construct with it ("شبكة "..."", never "الشبكة "..."").
        var before = _tokens[cand.Open - 1].Key;
        if (NamedNouns.Contains(before) || OutletIntroducers.Contains(before))
        {
            return true;
        }

        // The second of two names joined by و ("تقرير لـ"..." و"..."") is a name as the first is.
        if (before == "و" && c > 0 && _candidates[c - 1].Close == cand.Open - 2 && NamedOutlet(c - 1))
        {
            return true;
        }

        // "في اتصال هاتفي بـ"الجوهرة أف أم"": the station that was called, not the words said on it.
        return before == "ب" && cand.Open > 1 && CallNouns.Contains(_tokens[cand.Open - 2].Key);
    }

    /// <summary>Whether a name starts in tokens [from, to): "أشار إلى جمهورية الجبل الأسود" points at a place, it reports nothing.</summary>
    private bool MentionWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_mentionStarting[k] is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A call's addressee in quotation marks ("وتطالبان "منظمة حظر الأسلحة" بإرسال ..."): the marks name the addressee
    /// and the request follows them with بـ, إلى or على.
    /// </summary>
    private bool QuotedAddressee(int c, CueEntry entry, int end)
    {
        var next = _candidates[c].Close + 1;
        return (entry.Frames & (CueFrames.Object | CueFrames.Colon)) == CueFrames.Object && next < end
            && (StartsWithBa(next) || _tokens[next].Key is "الي" or "علي");
    }

    /// <summary>A word that can open a noun object: not a preposition, particle, complementizer, time word, demonstrative or cue.</summary>
    private bool IsObjectWord(int k)
    {
        var t = _tokens[k];
        return t.Kind == TokenKind.Word && !HasPreposition(t) && !PhraseStops.Contains(t.Key) && !ThatWords.Contains(t.Key) && !Demonstratives.Contains(t.Key)
            && !TimeWords.Contains(t.Key) && !RelativeWords.Contains(t.Key) && !NotReportingAn.Contains(t.Key) && _lexicon.Cue(t) is null
            && t.Key is not ("قد" or "لم" or "لن" or "لا" or "ما" or "كان" or "كانت" or "او" or "ام");
    }

    /// <summary>Commas and time words after a cue ("، الجمعة،", "الأربعاء"): they stand between the cue and its subject.</summary>
    private int AfterTimePrepositions(int from, int to)
    {
        while (from < to && TimePrepositions.Contains(_tokens[from].Key))
        {
            from++;
        }

        return from;
    }

    private int SkipTimeWords(int from, int to)
    {
        while (from < to)
        {
            if (IsComma(from) || TimeWords.Contains(_tokens[from].Key) || (from > 0 && TimeWords.Contains(_tokens[from - 1].Key) && _tokens[from].Key is "الماضي" or "المقبل")
                || InTimeExpression(from))
            {
                from++;
            }
            else if (TimePrepositions.Contains(_tokens[from].Key) && AfterTimePrepositions(from, to) is var date && date < to && InTimeExpression(date))
            {
                // "وكان الجيش أعلن في أواخر مايو الماضي قصف ...": a date the time stage found, with its prepositions.
                from = date;
            }
            else
            {
                break;
            }
        }

        return from;
    }

    /// <summary>
    /// A noun object as the content ("أعلنت وزارة الداخلية، الجمعة، تفاصيل ...", "ونفى آبي أي ضلوع", "مؤكدة اعتقال ...").
    /// A verb's subject must be a name, whose mention says where it ends; a participle has none. Null when the words
    /// after the cue do not open such an object.
    /// </summary>
    private (Carried? Speaker, int ContentFrom)? NounObject(int cue, CueEntry entry, int end)
    {
        var k = SkipTimeWords(cue + 1, end);
        Carried? speaker = null;
        if (entry.Kind == CueKind.Verb && k < end && _mentionStarting[k] is { Type: EntityType.Person or EntityType.Organization or EntityType.Location } m)
        {
            speaker = Mention(m);
            k = m.LastToken + 1;

            // Coordinated subjects ("دمشق وموسكو") speak together.
            while (k < end && _tokens[k].Key.StartsWith('و') && _mentionStarting[k] is { } more)
            {
                speaker = new Carried(new TextSpan(speaker.Value.Span.Start, more.Span.End), SpeakerKind.Mention, speaker.Value.Paragraph);
                k = more.LastToken + 1;
            }

            k = SkipTimeWords(k, end);
        }
        else if (entry.Kind == CueKind.Verb && k < end && _lexicon.IsSpeakerNoun(_tokens[k], out var unnamed))
        {
            var last = RoleEnd(k, end);
            if (last == k && last + 1 < end && _mentionStarting[last + 1] is { Type: EntityType.Location or EntityType.Organization } body)
            {
                // "سفير فرنسا", "مندوب الكويت": the state or body an indefinite role noun names belongs to it.
                last = body.LastToken;
            }

            if (last + 2 < end && _tokens[last + 1].Key == "لدي")
            {
                // "ممثل المندوبة الأميركية لدى المجلس دعم ...": where an envoy is posted belongs to the role, not the object.
                last = _mentionStarting[last + 2] is { } post ? post.LastToken : IsDefiniteWord(last + 2) ? RoleEnd(last + 2, end) : last;
            }

            if (last + 1 < end && _mentionStarting[last + 1] is { Type: EntityType.Person } name)
            {
                // "الرئيس الفرنسي إيمانويل ماكرون": the role and the name are one subject.
                last = name.LastToken;
            }
            speaker = new Carried(Span(k, last), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(k));
            k = SkipTimeWords(last + 1, end);
        }

        if (speaker is null && entry.Kind == CueKind.Verb && SubjectBeforeSetOffTime(k, end) is var (subject, objectFrom))
        {
            speaker = subject;
            k = objectFrom;
        }

        // "أعلنت حركة حماس في قطاع غزة التوصل ...": where the subject sits stands between it and the object.
        if (speaker is not null && k + 1 < end && _tokens[k].Key == "في")
        {
            for (var j = k + 1; j < end && j <= k + 3 && _tokens[j].Kind == TokenKind.Word; j++)
            {
                if (_mentionEnding[j] is { Type: EntityType.Location })
                {
                    k = SkipTimeWords(j + 1, end);
                    break;
                }
            }
        }

        // With no name before it, a definite word after a verb is its subject ("وينفي القس الأميركي الاتهامات"), not the object.
        if (k >= end || !IsObjectWord(k) || _lexicon.IsSpeakerNoun(_tokens[k], out _) || (speaker is null && entry.Kind == CueKind.Verb && _tokens[k].Key.StartsWith("ال", StringComparison.Ordinal)) || (speaker is null && MentionWithin(k, Math.Min(end, k + 2))))
        {
            return null;
        }

        return Words(k, ClauseEnd(k, end)) >= 2 ? (speaker, k) : null;
    }

    /// <summary>"طالبا عدم الكشف عن هويته" after a cue says how the speaker talked; it is not who.</summary>
    private bool IsMannerPhrase(int from)
    {
        for (var k = from; k < from + 3 && k + 1 < _tokens.Count; k++)
        {
            if (_tokens[k].Key == "عدم" && _tokens[k + 1].Key == "الكشف")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ونقلت الوكالة عن مدير ... قوله إن": قوله names the person quoted, written after عن before it.</summary>
    private Carried? QuotedSource(int cue)
    {
        var key = _tokens[cue].Key.AsSpan();
        if (key.Length > 4 && key[0] is 'و' or 'ف')
        {
            key = key[1..];
        }

        if (!key.StartsWith("قول", StringComparison.Ordinal))
        {
            return null;
        }

        var start = _sentenceStart[_sentenceOf[cue]];
        for (var k = cue - 1; k >= start && k >= cue - 16; k--)
        {
            if (Key(k).SequenceEqual("عن"))
            {
                return k + 1 < cue ? Phrase(k + 1, cue, strict: false) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the reported clause goes on after a quotation that opens it ("إنه "من الممكن" أن يفرض ..."): the marks
    /// then quote a phrase of an indirect quote, not the whole of a direct one.
    /// </summary>
    private bool ClauseGoesOn(int next, int end)
    {
        if (next >= end || _tokens[next].Kind != TokenKind.Word || _lexicon.Cue(_tokens[next]) is not null || ClauseStops.Contains(_tokens[next].Key))
        {
            return false;
        }

        // "«...» في إشارة إلى ..." is the outlet's gloss on the quotation.
        return !(next + 1 < end && _tokens[next].Key == "في" && _tokens[next + 1].Key == "اشاره");
    }

    /// <summary>Whether a source phrase after a comma closes the clause, or is set off in its middle ("، بحسب ما ذكرته الوكالة، ...").</summary>
    private bool SourceEndsClause(int cue, int end)
    {
        for (var k = cue + 1; k < end && k <= cue + 10; k++)
        {
            if (IsComma(k))
            {
                var words = 0;
                for (var j = k + 1; j < end && (_tokens[j].Kind != TokenKind.Punctuation || IsComma(j) || _candidateOpening[j] >= 0 || QuoteMarks.IsMark(_doc.Text[_tokens[j].Span.Start])); j++)
                {
                    words += _tokens[j].Kind == TokenKind.Word ? 1 : 0;
                }

                return words < 3;
            }

            if (_tokens[k].Kind == TokenKind.Punctuation)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// دعا / طالب: the cue's subject, if any, and where the addressee and the content start. A country alone before the
    /// request is the addressee ("دعا الرئيس إيران إلى"), except after a joined verb that opens the sentence ("وتطالب تركيا
    /// بتسليم ..."), whose subject follows it.
    /// </summary>
    private (Carried? Speaker, int ContentFrom) ObjectSubject(int from, int to, int particle, bool opensSentence)
    {
        if (to <= from)
        {
            return (null, particle);
        }

        for (var k = from; k < to; k++)
        {
            if (IsComma(k))
            {
                return (Phrase(from, k, strict: false), k + 1);
            }
        }

        if (_mentionStarting[from] is { } m)
        {
            if (m.LastToken + 1 < to)
            {
                return (Mention(m), m.LastToken + 1);
            }

            return m.Type is EntityType.Person or EntityType.Organization || (opensSentence && m.Type is EntityType.Location) ? (Mention(m), to) : (null, from);
        }

        if (_lexicon.IsSpeakerNoun(_tokens[from], out _))
        {
            // A person named after the role is the speaker ("دعا رئيس الوزراء العراقي عادل عبد المهدي الأهالي").
            for (var k = from + 1; k < to; k++)
            {
                if (_mentionStarting[k] is { Type: EntityType.Person } person)
                {
                    return (Mention(person), Math.Min(person.LastToken + 1, to));
                }
            }

            // Otherwise the role phrase is, and the addressee follows it when it is a definite noun or a name ("وطالب محافظ
            // المدينة المواطنين بـ"); other words say where or how ("طالب التحالف في شكواه ...", "أهاب الوزير وفقا لتقرير
            // الوكالة بجميع ..."), so the content starts at the particle.
            var role = CallerRoleEnd(from, to);
            var next = role + 1;
            if (next < to && (IsDefiniteWord(next) || _mentionStarting[next] is not null))
            {
                return (Phrase(from, next, strict: false), next);
            }

            return (Phrase(from, to, strict: false), to);
        }

        if (IsNominativePlural(from))
        {
            // "ودعا المحتجون الحكومة إلى", "ودعا المتظاهرون إلى": a plural in ـون is the subject; the addressee, if any, follows.
            var group = CallerRoleEnd(from, to);
            for (var w = from + 1; w <= group; w++)
            {
                // "ودعا المحتجون السعودية والإمارات إلى": a place or body named after the plural is the addressee, not a nisba of it.
                if (_mentionStarting[w] is not null)
                {
                    group = w - 1;
                    break;
                }
            }

            var next = group + 1;
            // A relative clause after it ("المعارضون الذين ...") still describes the subject.
            var addressee = next < to && ((IsDefiniteWord(next) && !RelativePronouns.Contains(_tokens[next].Key)) || _mentionStarting[next] is not null);
            return (Phrase(from, next, strict: false), addressee ? next : to);
        }

        return (null, from);
    }

    /// <summary>
    /// The last token of the role phrase a speaker noun opens before a call's addressee: the noun, "باسم" and what it
    /// names, a place or body right after an indefinite noun ("محافظ نينوى"), one definite word as its complement
    /// ("محافظ البصرة", "وزير الخارجية") and nisba adjectives after it ("الأميركي"). A further definite word that is no
    /// nisba begins the addressee ("وطالب محافظ المدينة المواطنين"), and so does a place after a definite noun ("دعا
    /// الرئيس إيران إلى").
    /// </summary>
    private int CallerRoleEnd(int noun, int to)
    {
        var last = noun;
        if (last + 1 < to && _tokens[last + 1].Key == "باسم")
        {
            last++;
        }

        if (last + 1 < to && QuoteMarks.IsMark(_doc.Text[_tokens[last + 1].Span.Start]))
        {
            // A name in quotation marks after the noun ("صحيفة "ذا ناشيونال""): up to the closing mark.
            for (var k = last + 2; k < to; k++)
            {
                if (QuoteMarks.IsMark(_doc.Text[_tokens[k].Span.Start]))
                {
                    return k;
                }
            }
        }

        var definiteNoun = IsDefiniteWord(noun);
        if (last + 1 < to && _mentionStarting[last + 1] is { Type: EntityType.Location or EntityType.Organization } named
            && named.LastToken < to && (last > noun || !definiteNoun))
        {
            last = named.LastToken;
        }
        else if (last + 1 < to && IsDefiniteWord(last + 1) && (!definiteNoun || last > noun))
        {
            // Only an indefinite noun takes a definite complement ("وزير الخارجية"); after "الوزير" a definite word that is
            // no nisba is the addressee ("وطالب الوزير السكان بـ").
            last++;
        }

        while (last + 1 < to && IsDefiniteWord(last + 1) && (NisbaWords.IsNisba(_tokens[last + 1].Key) || RoleAdjectives.Contains(_tokens[last + 1].Key)))
        {
            last++;
        }

        return last;
    }

    private bool IsDefiniteWord(int k) => _tokens[k].Kind == TokenKind.Word && _tokens[k].Key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>"بحسب الوزارة", "وفقا لـ ...", "نقلا عن ...": the clause before (or, at the start of a sentence, after) is the content.</summary>
    private int Source(int cue)
    {
        var sentence = _sentenceOf[cue];
        var start = _sentenceStart[sentence];
        var end = _sentenceEnd[sentence];
        var from = cue + 1;
        if (from < end && (Key(from).SequenceEqual("ل") || Key(from).SequenceEqual("لـ") || Key(from).SequenceEqual("عن") || Key(from).SequenceEqual("ما")))
        {
            from++;
        }

        var afterVerb = false;
        var resume = cue;
        if (from < end && (_lexicon.Cue(_tokens[from]) is { Kind: CueKind.Verb } || (Key(from - 1).SequenceEqual("ما") || _tokens[from - 1].Key.EndsWith("ما", StringComparison.Ordinal)) && _tokens[from].Kind == TokenKind.Word && !IsAdverbial(_tokens[from])))
        {
            // "بحسب ما ذكرت الوزارة", "وفق ما أكده البنك", "حسبما أوردت وسائل إعلام": the verb after ما is part of the source phrase.
            // Whatever this phrase turns out to be, its verb is part of it ("حسبما أفادت عبر صفحتها"), not a cue of its own.
            resume = from;
            from++;
            afterVerb = true;
            from = SkipTimeWords(from, end);
            if (from < end && _tokens[from].Key is "به" or "بها" or "له" or "لها" or "لهم" or "عنه")
            {
                // "وفق ما صرح به مسؤولون": the pronoun refers back to the content.
                from++;
            }
        }

        var phraseEnd = from;
        var names = new List<int>();

        // "وفق "رويترز""، "وبحسب "موديز"، فإن": a short quotation right after the source word is the source's name, which
        // is taken even when the tagger does not know it; not a law or figures in marks ("بحسب "القانون""), no speaker.
        var quotedName = from < end && _candidateOpening[from] is var q and >= 0 && !_candidates[q].Used && _candidates[q].Words is > 0 and <= MaxQuotedSourceName
            && !(from + 1 < end && IsDataNoun(_tokens[from + 1].Key));
        while (phraseEnd < end && phraseEnd < from + 8 && !IsFaInna(phraseEnd))
        {
            if (_candidateOpening[phraseEnd] is var c and >= 0 && !_candidates[c].Used && _candidates[c].Words <= MaxQuotedSourceName && (phraseEnd > from || quotedName))
            {
                // "ووفقا لصحيفة "الرياضة اليوم" الإسبانية فإن": the outlet's quoted name is part of the source phrase.
                names.Add(c);
                phraseEnd = _candidates[c].Close + 1;
                continue;
            }

            if (_tokens[phraseEnd].Kind == TokenKind.Punctuation)
            {
                break;
            }

            phraseEnd++;
        }

        // After "بحسب ما قاله" the words that follow can only be who said it, so a name the tagger missed is taken too.
        // "وحسب الإعلام الرسمي التركي فإن ..."، "وبحسب نشطاء، فقد ...": at the head of a sentence and closed by فإن or فقد, the
        // phrase can only be the source, so a name the tagger missed is taken as after "بحسب ما قاله".
        var headed = cue <= start + 1 && phraseEnd < end && (IsFaInna(phraseEnd) || (IsComma(phraseEnd) && phraseEnd + 1 < end && IsFaInna(phraseEnd + 1)))
            && from < phraseEnd && !IsDataNoun(_tokens[from].Key);
        var speaker = Phrase(from, phraseEnd, strict: !afterVerb && !quotedName && !headed, firstMayHavePreposition: true);
        if (speaker is null && names.Count > 0 && !quotedName)
        {
            // "وفق ما نقل موقع "...".": a phrase that ends with the quoted name is read up to it, as before names were read.
            phraseEnd = _candidates[names[0]].Open;
            names.Clear();
            speaker = Phrase(from, phraseEnd, strict: !afterVerb, firstMayHavePreposition: true);
        }

        if (speaker is null)
        {
            return resume;
        }

        foreach (var c in names)
        {
            _candidates[c].Used = true;
        }

        int contentFrom;
        int stop;
        if (cue <= start + 1)
        {
            // "وبحسب الوزارة، فإن ..." or, without the comma, "وبحسب الوزير فإن ...".
            contentFrom = phraseEnd < end && IsComma(phraseEnd) ? phraseEnd + 1 : phraseEnd < end && IsFaInna(phraseEnd) ? phraseEnd : -1;
            if (contentFrom < 0 && EndsSentence(phraseEnd, end) && PreviousClause(sentence) is var (prevFrom, prevStop))
            {
                // "اعتقلت الشرطة العشرات ... . حسب أسوشيتدبرس.": a source phrase that is a sentence of its own attributes the
                // sentence before it, as one after a comma does.
                contentFrom = prevFrom;
                stop = prevStop;
            }
            else if (contentFrom < 0 || contentFrom >= end)
            {
                return resume;
            }
            else
            {
                if (Key(contentFrom) is "فان" or "فانه" or "فانها" or "ان" or "فقد")
                {
                    contentFrom++;
                }

                stop = ClauseEnd(contentFrom, end);
            }
        }
        else
        {
            contentFrom = AfterDateline(start, cue);
            if (_quotes.Count > 0 && _quotes[^1].Content.End > _tokens[start].Span.Start)
            {
                // The clause is already another quote's content: the phrase only confirms its source.
                return resume;
            }

            stop = cue;
            if (phraseEnd < end && IsComma(phraseEnd) && !SourceEndsClause(cue, end))
            {
                // "وكلفت الوزارة، بحسب ما ذكرته الوكالة، مؤسسة ...": the phrase is set off inside the clause, which goes on.
                // The content may not hold its own cue, so it is the longer side of the phrase.
                var afterStop = ClauseEnd(phraseEnd + 1, end);
                if (Words(phraseEnd + 1, afterStop) > Words(start, cue))
                {
                    contentFrom = phraseEnd + 1;
                    stop = afterStop;
                }
            }
        }

        var last = LastContent(contentFrom, stop);
        if (Words(contentFrom, last + 1) < 4)
        {
            return resume;
        }

        // "وحسب الوكالة، دعا الملك إلى ...": the clause holds a report of its own, which is a second quote with its own
        // speaker, so the clause is read again after the source phrase.
        var inner = cue <= start + 1 && CueWithin(contentFrom, stop);
        var content = Span(contentFrom, last);
        if (!inner)
        {
            ClaimCandidates(content);
        }

        Add(QuoteKind.Indirect, _tokens[cue].Span, content, speaker, cue);
        return inner ? contentFrom - 1 : Math.Max(resume, stop - 1);
    }

    /// <summary>Whether nothing but punctuation stands from <paramref name="k"/> to the sentence end.</summary>
    private bool EndsSentence(int k, int end)
    {
        for (; k < end; k++)
        {
            if (_tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words of the sentence before <paramref name="sentence"/> in its paragraph, for a source phrase that stands as a
    /// sentence of its own; null when that sentence is already another quote's content or holds a cue whose speaker it names
    /// ("وقالت السلطات إنها ... . وفقا لرويترز." only confirms who reported it).
    /// </summary>
    private (int From, int Stop)? PreviousClause(int sentence)
    {
        if (sentence == 0 || _doc.Sentences[sentence - 1].Paragraph != _doc.Sentences[sentence].Paragraph)
        {
            return null;
        }

        var start = _sentenceStart[sentence - 1];
        var stop = _sentenceEnd[sentence - 1];
        if ((_quotes.Count > 0 && _quotes[^1].Content.End > _tokens[start].Span.Start) || CueWithin(start, stop))
        {
            return null;
        }

        return (AfterDateline(start, stop), stop);
    }

    /// <summary>
    /// The first token after an outlet's dateline that opens the sentence ("المدينة، البلد (الوكالة) – ..."): the place and
    /// the outlet are not part of the words a source phrase after the clause attributes.
    /// </summary>
    private int AfterDateline(int start, int stop)
    {
        for (var k = start + 1; k < stop && k <= start + 12; k++)
        {
            if (_tokens[k].Key is "–" or "-" or "—" && _tokens[k - 1].Key == ")")
            {
                // "(CNN)--": a doubled dash.
                while (k + 1 < stop && _tokens[k + 1].Key is "–" or "-" or "—")
                {
                    k++;
                }

                return k + 1;
            }
        }

        return start;
    }

    /// <summary>فإن / فإنه / فإنها: the clause a fronted source phrase introduces ("وبحسب الوزير فإن ...").</summary>
    // "وبحسب الوزير فإن ..." and "وبحسب الوكالة فقد أفاد ...": the particle that opens the clause after a fronted source.
    private bool IsFaInna(int k) => _tokens[k].Key is "فان" or "فانه" or "فانها" or "فانهم" or "فقد";

    /// <summary>A quotation not claimed by a cue before it: a cue after it, a colon before it, or the next paragraph of a quote.</summary>
    private int? Marked(int c)
    {
        var cand = _candidates[c];
        if (cand.Words < 3)
        {
            return null;
        }

        cand.Used = true;
        var sentence = _sentenceOf[Math.Min(cand.Close, _tokens.Count - 1)];
        var end = Math.Max(_sentenceEnd[sentence], cand.Close + 1);
        var j = cand.Close + 1;
        while (j < end && j <= cand.Close + 2 && IsComma(j))
        {
            j++;
        }

        // A short quotation inside the clause is a name or a term ("شركة "آي بي إم"، بحسب الصحيفة"): the cue after it
        // reports the clause, not the marked words.
        var opensClause = cand.Words >= 4 || cand.Open == 0 || _tokens[cand.Open - 1].Kind == TokenKind.Punctuation;
        if (opensClause && j < end && _lexicon.Cue(_tokens[j]) is { Kind: CueKind.Verb or CueKind.Source } after)
        {
            var phraseFrom = j + 1;
            if (after.Kind == CueKind.Source && phraseFrom < end && (Key(phraseFrom).SequenceEqual("ل") || Key(phraseFrom).SequenceEqual("لـ") || Key(phraseFrom).SequenceEqual("عن")))
            {
                phraseFrom++;
            }

            var phraseEnd = phraseFrom;
            while (phraseEnd < end && phraseEnd < phraseFrom + 8 && _tokens[phraseEnd].Kind != TokenKind.Punctuation)
            {
                phraseEnd++;
            }

            var speaker = phraseEnd > phraseFrom ? Phrase(phraseFrom, phraseEnd, strict: false, firstMayHavePreposition: after.Kind == CueKind.Source) : null;
            speaker ??= CarriedTo(cand.Open);
            Add(QuoteKind.Direct, _tokens[j].Span, cand.Mark.Inside, speaker, j);
            return j;
        }

        if (cand.Open > 0 && IsColon(cand.Open - 1))
        {
            var colon = cand.Open - 1;
            var speaker = colon > 0 && _mentionEnding[colon - 1] is { Type: EntityType.Person or EntityType.Organization } m ? Mention(m) : (Carried?)null;
            speaker ??= SpeakerNounBefore(colon) ?? CarriedTo(colon);
            Add(QuoteKind.Direct, _tokens[colon].Span, cand.Mark.Inside, speaker, colon);
            return cand.Close;
        }

        // A quote whose paragraph opens with its mark continues the direct quote that ended the previous paragraph.
        var paragraph = Paragraph(cand.Open);
        if (_quotes.Count > 0 && _quotes[^1] is { Kind: QuoteKind.Direct } previous && paragraph > 0
            && _sentenceStart[_sentenceOf[cand.Open]] == cand.Open && Paragraph(previous.Content.Start) == paragraph - 1
            && _doc.Paragraphs[paragraph].Span.Start == _tokens[cand.Open].Span.Start)
        {
            Add(QuoteKind.Direct, previous.Cue, cand.Mark.Inside, previous.Speaker is { } s ? new Carried(s, previous.SpeakerKind, paragraph) : (Carried?)null, cand.Open);
            return cand.Close;
        }

        return cand.Close;
    }

    /// <summary>
    /// The speaker phrase written in tokens [from, to): the first person named in it, an organization or place that
    /// opens it, or a role phrase that a speaker noun opens ("المتحدث باسم الوزارة"). Without <paramref name="strict"/>, a
    /// short unknown phrase of up to <paramref name="unknownWords"/> words is also taken (a name the tagger missed, or a
    /// noun phrase that says who spoke: QuoteFinder.LongSubjects). Null when it is none of these.
    /// </summary>
    private Carried? Phrase(int from, int to, bool strict, bool firstMayHavePreposition = false, int unknownWords = UnknownNameWords)
    {
        // "وقال د. السند:": the title's letter and stop open the phrase, the name follows them.
        if (from + 2 < to && IsTitleAbbreviationDot(from + 1))
        {
            from += 2;
        }

        if (from < to && IsHonorificPronoun(from))
        {
            // "وأكد معاليه": the pronoun names no one; it stands for the person carried over (QuoteFinder.HonorificPronouns).
            return HonorificReferent(from);
        }

        if (from < to && Key(from).SequenceEqual("في") && from + 1 < to && _lexicon.IsSpeakerNoun(_tokens[from + 1], out _))
        {
            from++;
            firstMayHavePreposition = false;
        }

        // A name anywhere before the first comma or relative clause: "النائب العربي في البرلمان أحمد الطيبي، وهو طبيب، ...".
        for (var k = from; k < to && !IsComma(k) && !RelativeWords.Contains(_tokens[k].Key) && !ThatWords.Contains(_tokens[k].Key) && !EndsSpeakerPhrase(k); k++)
        {
            // "وقالت مصادر في الشرطة لأسوشيتد برس إن": a name with a glued لـ is who was told, not who spoke.
            if (_mentionStarting[k] is { Type: EntityType.Person } named && (k == from && firstMayHavePreposition || !IsToldWord(k)) && !IsCompanion(k) && !IsMedium(k, from))
            {
                return Mention(named);
            }
        }

        if (AppositeHolder(from, to) is { } holder)
        {
            return Mention(holder);
        }

        // "وأبلغ الصحفيين عند وصوله"، "وقالت الصحيفة قبل أسابيع": the words from a time preposition on say when, not who.
        // قبل and عند are PhraseStops, so the phrase itself ends before them; اثر, فور and منذ are not, so it may run on past
        // them, and the first one it takes in is kept in when: the phrase is still judged whole (its length decides an unknown
        // name), but its span stops there. A hashtag mark (# or _), skipped below, is never one of them.
        var end = from;
        var when = -1;
        while (end < to)
        {
            var token = _tokens[end];
            if (IsHashtagMark(end))
            {
                end++;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number) && !(_candidateOpening[end] >= 0 || QuoteMarks.IsMark(_doc.Text[token.Span.Start])))
            {
                break;
            }

            // "ودعت الوزارة مرارا إلى": an adverb after the subject is not part of it; after a number the tanwin is the
            // counted noun's ("وقال 30 نائباً"), which is the subject.
            if (PhraseStops.Contains(token.Key) || RelativeWords.Contains(token.Key) || IsRelayWord(end) || (end > from && _tokens[end - 1].Kind != TokenKind.Number && IsMannerAdverb(end))
                || (!(end == from && firstMayHavePreposition) && (HasPreposition(token) || IsToldWord(end)) && !token.Key.Equals("باسم", StringComparison.Ordinal)))
            {
                break;
            }

            if (when < 0 && WhenPrepositions.Contains(token.Key))
            {
                when = end;
            }

            end++;
        }

        if (end == from)
        {
            return null;
        }

        // A phrase that opens with اثر, فور or منذ says only when.
        if (when == from)
        {
            return null;
        }

        var spanEnd = when > from ? when : end;

        var first = FirstWord(from, end);
        if (first < 0)
        {
            return null;
        }

        if (_mentionStarting[first] is { Type: EntityType.Organization } org)
        {
            return Mention(org);
        }

        // A phrase read from its quotation marks ("وفق "وكالة الأنباء المحلية""، "وفق "حريت"") ends at its last word, not at
        // the mark; a name quoted inside the phrase ("صحيفة "معاريف"") keeps its closing mark with its opening one.
        var last = spanEnd - 1;
        if (last > first && IsMarkToken(last) && MarkTokens(first, last) % 2 == 1)
        {
            last--;
        }

        if (_lexicon.IsSpeakerNoun(_tokens[first], out var unnamed) || SpeakingBodies.Is(_tokens[first]))
        {
            return new Carried(Span(first, last), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(from));
        }

        // "وفقا لبيان نشره الجيش": the speaker phrase starts after the preposition.
        var glued = firstMayHavePreposition && first == from && HasPreposition(_tokens[first]);
        if (glued && _lexicon.IsSpeakerNoun(_tokens[first], afterLam: true, out unnamed))
        {
            var afterLam = new TextSpan(StemStart(first), _tokens[spanEnd - 1].Span.End);
            return new Carried(afterLam, unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(from));
        }

        if (_mentionStarting[first] is { Type: EntityType.Location } place && place.LastToken >= end - 1)
        {
            return Mention(place);
        }

        // "ووصف ما حدث في الرقة بـ..." : ما opens the object ("what happened"), not a name the tagger missed.
        return !strict && end - from - HashtagMarks(from, end) <= unknownWords && !_tokens[first].Key.Equals("ما", StringComparison.Ordinal)
            ? new Carried(glued ? new TextSpan(StemStart(first), _tokens[last].Span.End) : Span(first, last), SpeakerKind.Role, Paragraph(from))
            : null;
    }

    /// <summary>
    /// "وقال الخبير الاقتصادي، خالد الشافعي، إن", "رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الخميس، إن": a person named
    /// between commas right after a role phrase (perhaps behind one title word, "الدكتور") holds the role and speaks; the
    /// next cue without a subject carries the name, as the text then writes it ("وأضاف الشافعي"). A role, a definite noun or
    /// a plain description (QuoteFinder.DescribedHolders) may open the phrase, organizations and places named in it are
    /// passed, and the name must end the subject or its comma must follow it.
    /// </summary>
    private EntityMention? AppositeHolder(int from, int to)
    {
        // An unnamed source ("مصدر أمني") has no holder to name, and the reporter told ("لمراسل الإذاعة في ...، فلان")
        // is named for who listened.
        if (from >= to || _mentionStarting[from] is not null)
        {
            return null;
        }

        var role = _lexicon.IsSpeakerNoun(_tokens[from], out var unnamed);
        if (unnamed || !(role || IsDefiniteWord(from) || IsDescribedHolder(from)))
        {
            return null;
        }

        var comma = from + 1;
        while (comma < to && !IsComma(comma) && !RelativeWords.Contains(_tokens[comma].Key) && !ThatWords.Contains(_tokens[comma].Key) && !StopsHolderSearch(comma)
            && !_tokens[comma].Key.StartsWith("لمراسل", StringComparison.Ordinal))
        {
            comma++;
        }

        if (comma + 1 >= to || !IsComma(comma))
        {
            return null;
        }

        var name = comma + 1;
        if (name + 2 < to && IsTitleAbbreviationDot(name + 1))
        {
            // "، د. فلان": a title's letter and stop before the holder's name.
            name += 2;
        }

        if (name + 1 < to && _mentionStarting[name] is null && _tokens[name].Kind == TokenKind.Word && _mentionStarting[name + 1] is { Type: EntityType.Person })
        {
            name++;
        }

        return _mentionStarting[name] is { Type: EntityType.Person } person && StartsItsWord(person, name) && (person.LastToken + 1 == to || (person.LastToken + 1 < to && IsComma(person.LastToken + 1)))
            ? person
            : null;
    }

    /// <summary>Where the word at <paramref name="token"/> starts after its glued conjunction and preposition ("لموسكو" → "موسكو").</summary>
    private int StemStart(int token)
    {
        var segments = _tokens[token].Segments;
        var stem = 0;
        while (stem < segments.Length - 1 && segments[stem].Role is SegmentRole.Conjunction or SegmentRole.Preposition)
        {
            stem++;
        }

        return segments[stem].Span.Start;
    }

    /// <summary>
    /// Whether the words between the cue and <paramref name="k"/> open an occasion or set something off ("في حديث", "خلال
    /// زيارة", a comma, "الذي وصل"), so that a preposition at k belongs to them and not to the cue.
    /// </summary>
    private bool InOccasion(int cue, int k, CueEntry entry)
    {
        // A cue that may take a noun object ("وأكد مصدر أمني للإذاعة تعرض المتضرر، إلى جروح") reads past إلى only inside an
        // occasion, where no object stands.
        var mayTakeObject = (entry.Frames & CueFrames.Noun) != 0;
        for (var j = cue + 1; j < k; j++)
        {
            if (_tokens[j].Key is "في" or "خلال" or "اثناء" or "عقب" or "لدي" or "امام"
                || (!mayTakeObject && (IsComma(j) || RelativePronouns.Contains(_tokens[j].Key) || _lexicon.IsSpeakerNoun(_tokens[j], out _) || IsToldWord(j))))
            {
                return true;
            }
        }

        // "وقال ترمب متحدثا إلى الصحافيين إن": whom the speaker addressed.
        return AddressParticiples.Contains(_tokens[k - 1].Key);
    }

    /// <summary>
    /// A short word followed by a dot and another word inside the marks, a letter of an acronym ("إن.تي.في", "بي. إن.
    /// سبورت"): the acronym is one name, not words of a statement.
    /// </summary>
    private bool IsAcronymLetter(int k, int close) =>
        _tokens[k].Span.Length <= 3 && k + 2 < _tokens.Count && _tokens[k + 1].Key == "." && _tokens[k + 2].Kind == TokenKind.Word && _tokens[k + 2].Span.Start < close;

    /// <summary>
    /// A name right after مع or بين, or after its role there, is who the speaker met or stood with ("وأضاف خلال اجتماع مع
    /// وزيري ...:", "في مؤتمر صحافي مشترك مع فلان", "مع نظيره الأردني فلان"), never who spoke.
    /// </summary>
    private bool IsCompanion(int k)
    {
        // The name may follow its role ("مع نظيره الأردني فلان"): look back over a few words of the phrase.
        for (var j = k - 1; j >= 0 && j >= k - MaxCompanionRole - 1 && _tokens[j].Kind == TokenKind.Word; j--)
        {
            if (_tokens[j].Key is "مع" or "ومع" or "بين")
            {
                return true;
            }

            if (PhraseStops.Contains(_tokens[j].Key) || _mentionEnding[j] is not null)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "ووفقا للنتائج فإن"، "وبحسب الأرقام فإن"، "وطبقا للقانون فإن": figures, rules and findings that a sentence goes by are
    /// not someone who speaks; the folded word is read without its glued لـ, its article and a pronoun ending.
    /// </summary>
    private static bool IsDataNoun(string key)
    {
        // "الأرقام", "للنتائج" (لـ + ال), "للوائح" (لـ + ال + لوائح: one ل of the noun's own), "لائحة" (no prefix at all).
        foreach (var prefix in DataNounPrefixes)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var word = key.AsSpan(prefix.Length);
            foreach (var noun in DataNouns)
            {
                if (word.StartsWith(noun) && word.Length - noun.Length <= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] DataNounPrefixes = ["", "ال", "ل", "لل"];

    private bool IsMarkToken(int k) => _tokens[k].Kind == TokenKind.Punctuation && QuoteMarks.IsMark(_doc.Text[_tokens[k].Span.Start]);

    /// <summary>The quotation-mark tokens in [from, to].</summary>
    private int MarkTokens(int from, int to)
    {
        var marks = 0;
        for (var k = from; k <= to; k++)
        {
            marks += IsMarkToken(k) ? 1 : 0;
        }

        return marks;
    }

    /// <summary>
    /// "وقد يتساءل البعض عن ..."، "قد يقول المرء إنه ...": a reporting verb in the present after قد says what someone might
    /// say, not what was said. A past form after قد ("كانت الشركة قد توقعت") is a report and stays one
    /// (<see cref="QadPossibility"/>, the test the event stage asks too).
    /// </summary>
    private bool IsPossibility(int i, CueEntry cue) => cue.Kind == CueKind.Verb && QadPossibility.IsPresentAfterQad(_tokens, i, 0, cue.Lemma);

    /// <summary>
    /// Whether the name at <paramref name="k"/> names the programme the speaker spoke on, after برنامج or عبر, with or
    /// without its quotation mark ("في برنامج "بوليتيكا"، "عبر بوليتيكا"): the tagger often reads a programme's name as a
    /// person, who would then take the floor from the one speaking. Not after شركة or صحيفة: "قالت صحيفة X" is said by X.
    /// </summary>
    private bool IsMedium(int k, int from)
    {
        var j = k - 1;
        if (j > from && IsMarkToken(j))
        {
            j--;
        }

        return j >= from && _tokens[j].Kind == TokenKind.Word && _tokens[j].Key is "برنامج" or "عبر";
    }

    /// <summary>The hashtag marks in [from, to): "#البيت_الأبيض" is a name of two words, not four tokens.</summary>
    private int HashtagMarks(int from, int to)
    {
        var marks = 0;
        for (var k = from; k < to; k++)
        {
            marks += IsHashtagMark(k) ? 1 : 0;
        }

        return marks;
    }

    private int FirstWord(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A PERS or ORG mention that ends just before the cue, in the same sentence ("لافروف قال إن").</summary>
    private Carried? Before(int cue)
    {
        var start = _sentenceStart[_sentenceOf[cue]];
        if (cue <= start)
        {
            return null;
        }

        if (_mentionEnding[cue - 1] is { Type: EntityType.Person or EntityType.Organization } m)
        {
            return Mention(m);
        }

        // "بينما الكويت أعلنت ...": a country that opens its clause right before the cue is its subject; after a verb
        // or a preposition ("زار الرئيس سوريا وقال", "إلى الكويت") it is an object.
        if (_mentionEnding[cue - 1] is { Type: EntityType.Location } subject && !HasPreposition(_tokens[subject.FirstToken])
            && (subject.FirstToken == start || IsComma(subject.FirstToken - 1) || SubjectOpeners.Contains(_tokens[subject.FirstToken - 1].Key)))
        {
            return Mention(subject);
        }

        if (FrontedSubject(cue, start) is { } fronted)
        {
            return fronted;
        }

        // "وكان وزير الخزانة ستيفن منوتشين قد قال", "رئيس الوزراء كان قد قال", "لكن الشرطة لم تؤكد": the auxiliary or
        // negation between subject and cue is not part of the speaker.
        var end = cue - 1;
        while (end > start && (AuxiliaryWords.Contains(_tokens[end].Key) || _tokens[end].Key is "لم" or "لن"))
        {
            end--;
        }

        // "جو بايدن، نائب الرئيس السابق، والذي قال إن": the relative clause's antecedent speaks.
        if (_tokens[cue - 1].Key is "الذي" or "التي" or "والذي" or "والتي" or "الذين" or "والذين")
        {
            var phraseBefore = true;
            for (var k = cue - 2; k >= start && k >= cue - 14; k--)
            {
                if (_mentionEnding[k] is { Type: EntityType.Person or EntityType.Organization } antecedent)
                {
                    return Mention(antecedent);
                }

                // Only the short phrase right before the relative (and its comma) can be its antecedent role.
                phraseBefore &= !(IsComma(k) && k < cue - 2) && k >= cue - 6;

                // "مكتب الرئيس في بغداد، الذي يقول إن ...": a role noun nearer the relative than any name heads its antecedent.
                if (phraseBefore && _lexicon.IsSpeakerNoun(_tokens[k], out var unnamedAntecedent) && !unnamedAntecedent && _mentionStarting[k] is null)
                {
                    // "جو بايدن، نائب الرئيس السابق، والذي": the role is an apposition of the name before it.
                    if (k >= 2 && IsComma(k - 1) && _mentionEnding[k - 2] is { Type: EntityType.Person or EntityType.Organization } apposed)
                    {
                        return Mention(apposed);
                    }

                    // "مكتب الرئيس في بغداد، الذي": the phrase opens at the first of its speaker nouns.
                    while (k - 1 >= start && _lexicon.IsSpeakerNoun(_tokens[k - 1], out var more) && _mentionEnding[k - 1] is null)
                    {
                        k--;
                        unnamedAntecedent = more;
                    }

                    var last = IsComma(cue - 2) ? cue - 3 : cue - 2;
                    return new Carried(Span(k, last), unnamedAntecedent ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(k));
                }
            }

            // "تركيا، التي تقول إن ...": with no name or role before it, a country right before the relative is its antecedent.
            var nearest = IsComma(cue - 2) ? cue - 3 : cue - 2;
            if (nearest >= start && _mentionEnding[nearest] is { Type: EntityType.Location } country)
            {
                return Mention(country);
            }
        }

        // "وكانت وسائل إعلام روسية ذكرت أن", "لكن مراسل "بي بي سي" قال إن": a speaker noun a few words before the cue.
        for (var k = end; k >= start && k >= cue - 7; k--)
        {
            if (IsComma(k) || ThatWords.Contains(_tokens[k].Key) || _lexicon.Cue(_tokens[k]) is not null)
            {
                break;
            }

            if (_lexicon.IsSpeakerNoun(_tokens[k], out var unnamed))
            {
                // "وسيرغي لافروف وزير الخارجية الروسي قال": the role is in apposition to the name right before it, who speaks.
                var beforeRole = k - 1 >= start && IsComma(k - 1) ? k - 2 : k - 1;
                if (beforeRole >= start && _mentionEnding[beforeRole] is { Type: EntityType.Person } apposed)
                {
                    return Mention(apposed);
                }

                return new Carried(Span(k, end), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(k));
            }
        }

        if (end < cue - 1 && _mentionEnding[end] is { Type: EntityType.Person or EntityType.Organization } named)
        {
            return Mention(named);
        }

        return null;
    }

    /// <summary>
    /// "غير أن البيت الأبيض قال", "لكن السلطات أكدت", "إلا أن محللين يقولون", "بينما المعارضة تقول": a clause that opens
    /// with a concessive or contrastive word puts its subject before the verb, so the few words between that word and a
    /// bare reporting verb are who speaks, named or not (the carried speaker belongs to the clause before). So does a
    /// sentence that opens with كان ("وكانت السفارة السعودية في واشنطن قد قالت", "وكان فرق الإنقاذ قالت"). Auxiliaries
    /// and time words before the verb ("بكين كانت تعهدت", "العلماء الآن يؤكدون") are not part of it; a negated verb
    /// ("لكن الخطة لم تعلن") and a participle, whose subject is its clause's, are left to the other rules.
    /// </summary>
    private Carried? FrontedSubject(int cue, int start)
    {
        if (_lexicon.Cue(_tokens[cue]) is not { Kind: CueKind.Verb } || _lexicon.IsJoinedCue(_tokens[cue]))
        {
            return null;
        }

        var end = cue - 1;
        while (end > start && (AuxiliaryWords.Contains(_tokens[end].Key) || TimeWords.Contains(_tokens[end].Key) || _tokens[end].Key is "الان"))
        {
            end--;
        }

        for (var k = end; k > start && k >= end - 4; k--)
        {
            var key = _tokens[k].Key;
            if (_tokens[k].Kind != TokenKind.Word || key is "لم" or "لن" or "لا" || _lexicon.Cue(_tokens[k]) is not null)
            {
                return null;
            }

            var opener = k - 1;
            var opens = ContrastOpeners.Contains(_tokens[opener].Key)
                || (_tokens[opener].Key is "ان" && opener > start && _tokens[opener - 1].Key is "غير" or "بيد" or "الا")
                || (opener == start && _tokens[opener].Key is "كان" or "كانت" or "كانوا" or "وكان" or "وكانت" or "وكانوا");
            if (!opens)
            {
                continue;
            }

            // "كما أنها تكشف", "لكن هذا يعني": a pronoun or a demonstrative points back; the carried speaker stands, as it
            // does after "فيما يتعلق بـ" (as for), which opens no clause. A role noun ("وكان وزير الخزانة ... قد قال") is
            // read by the rule for speaker nouns, which keeps the whole phrase.
            return Demonstratives.Contains(key) || ThatWords.Contains(key) || AsForVerbs.Contains(key) || _lexicon.IsSpeakerNoun(_tokens[k], out _)
                ? null : Phrase(k, end + 1, strict: false);
        }

        return null;
    }

    /// <summary>
    /// The one who passes the words on when the clause opens with a relaying verb ("ونقلت الصحيفة عن شهود قولهم إن ...،
    /// مشيرة إلى ..."): the participle goes with the clause's subject, the paper, not with the witnesses it quotes.
    /// </summary>
    private Carried? Relayer(int start, int cue)
    {
        if (start >= cue || _lexicon.Cue(_tokens[start]) is not { } verb || (verb.Frames & CueFrames.Relay) == 0)
        {
            return null;
        }

        for (var k = start + 2; k < cue && k <= start + MaxMiddle; k++)
        {
            if (_tokens[k].Key == "عن")
            {
                return Phrase(start + 1, k, strict: true) is { } relayer ? relayer with { Gender = CueGender(start) } : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The gender the pronoun of the relayed words' verbal noun shows as written, when those words stand in the clause
    /// from <paramref name="start"/> to <paramref name="cue"/>: "قوله" m, "قولها" f, '?' for "قولهم" or any other cue. A
    /// participle that agrees with it goes on with the relayed speaker's words ("ونقلت فرانس برس عن فلان قوله إن ...، مضيفا
    /// أن", "ونقل بيان النادي عن المدرب قوله ...، مضيفا"), whatever the relaying subject's gender; only one that does not
    /// ("عن شهود قولهم ...، مشيرة") goes with the relaying subject.
    /// </summary>
    private char RelayedGender(int start, int cue)
    {
        if (_quotes.Count == 0 || _quotes[^1].Cue.Start < _tokens[start].Span.Start || _quotes[^1].Cue.End > _tokens[cue].Span.Start)
        {
            return '?';
        }

        var span = _quotes[^1].Cue;
        var i = LastLetter(span);

        // The raw text, not the folded key, tells the pronoun ه from the feminine ending ة.
        return _doc.Text[i] == 'ه' && i - 1 >= span.Start && _doc.Text[i - 1] != 'ه' ? 'm'
            : _doc.Text[i] == 'ا' && i - 1 > span.Start && _doc.Text[i - 1] == 'ه' ? 'f'
            : '?';
    }

    /// <summary>The offset of the last letter of <paramref name="span"/> as written, past its harakat (or its first character).</summary>
    private int LastLetter(TextSpan span)
    {
        var i = span.End - 1;
        while (i > span.Start && _doc.Text[i] is >= '\u064B' and <= '\u065F')
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// The gender a participle shows as written: "مشيرة" f, "مشيرا"/"مشيراً" m; '?' for a plural or a verbal noun with its
    /// pronoun ("تأكيده", which folding would confuse with the feminine ending).
    /// </summary>
    private char ParticipleGender(int cue)
    {
        var span = _tokens[cue].Span;
        var i = LastLetter(span);

        return _doc.Text[i] switch
        {
            'ة' => 'f',
            'ا' => 'm',
            _ => '?',
        };
    }

    /// <summary>
    /// The subject of the clause a participle hangs on: the speaker of a quote earlier in the same sentence, else the
    /// sentence's subject when it is a name ("وجهت الولايات المتحدة انتقادا للصين قائلة إن ...").
    /// </summary>
    private Carried? ClauseSubject(int cue)
    {
        // The outlet's dateline ("دبي، الإمارات (CNN)— انتقد ...") is not the clause's subject, nor is a fronted adverbial
        // ("وفي إسرائيل، هنأ ...", "من جانبها، رحبت المستشارة ... قائلة"), after which the verb and its subject stand.
        var start = AfterDateline(_sentenceStart[_sentenceOf[cue]], cue);
        var afterFronted = AfterFrontedAdverbial(start);
        for (var k = start; k < cue && k <= start + 2; k++)
        {
            // "من جانبه،", "بدوره،": a turn phrase is fronted as well.
            if (TurnWords.Contains(_tokens[k].Key) && IsComma(k + 1))
            {
                afterFronted = k + 2;
            }
        }

        start = afterFronted < cue ? afterFronted : start;
        if (Relayer(start, cue) is { } relayer && ParticipleGender(cue) is var gender && relayer.Gender == gender && RelayedGender(start, cue) != gender)
        {
            return relayer;
        }

        if (_quotes.Count > 0 && _quotes[^1].Content.Start >= _tokens[start].Span.Start && _last is { } last)
        {
            return last;
        }

        // Only a name in subject position, right after the sentence's first verb: "ووصف ما حدث في الرقة ... مضيفا" is
        // not said by Raqqa.
        for (var k = start; k < cue && k <= start + 2; k++)
        {
            if (_mentionStarting[k] is { Type: EntityType.Person or EntityType.Organization or EntityType.Location } m)
            {
                return Mention(m);
            }
        }

        // A role phrase in subject position: "طرحت وزيرة الخارجية الأسبق، فلانة، ... قائلة".
        for (var k = start + 1; k < cue && k <= start + 2; k++)
        {
            if (_lexicon.IsSpeakerNoun(_tokens[k], out _))
            {
                // "وحاول الوزير طمأنة المستثمرين بقوله": a definite role noun takes no complement, so past its nisba
                // adjectives the words are the verb's object, not who speaks. An indefinite one heads a chain that is all
                // role ("رئيس تحرير الجريدة"), and "المتحدث باسم ..." goes on with whom it speaks for.
                var role = Phrase(k, cue, strict: true);
                if (role is not { Kind: SpeakerKind.Role or SpeakerKind.Unnamed } r || !IsDefiniteWord(k) || (k + 1 < cue && _tokens[k + 1].Key == "باسم"))
                {
                    return role;
                }

                var roleEnd = _tokens[CallerRoleEnd(k, cue)].Span.End;
                return roleEnd > r.Span.Start && roleEnd < r.Span.End ? r with { Span = new TextSpan(r.Span.Start, roleEnd) } : role;
            }
        }

        return null;
    }

    private Carried? SpeakerNounBefore(int colon)
    {
        var start = Math.Max(_sentenceStart[_sentenceOf[colon]], colon - 4);
        for (var k = start; k < colon; k++)
        {
            if (_lexicon.IsSpeakerNoun(_tokens[k], out var unnamed))
            {
                return new Carried(Span(k, colon - 1), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(colon));
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker a subject-less cue carries over: the latest speaker of this paragraph or the previous one; after
    /// "من جانبه" and the like, the person or organization named last before this sentence instead.
    /// </summary>
    private Carried? CarriedTo(int cue)
    {
        var sentenceStart = _sentenceStart[_sentenceOf[cue]];

        // "من جانبها، نفت هافانا ... ، وقالت إن": once someone has spoken in the sentence, a later cue carries them on; so
        // does a speaker a topic cue named in it ("ومن جانبه تحدث فلان عن ...، حيث قال:"), which makes no quote.
        var spokeInSentence = (_quotes.Count > 0 && _quotes[^1].Cue.Start >= _tokens[sentenceStart].Span.Start && _last is not null) || FloorTakenInSentence(sentenceStart, cue);
        for (var k = sentenceStart; k < cue && !spokeInSentence; k++)
        {
            if (TurnWords.Contains(_tokens[k].Key))
            {
                for (var j = sentenceStart - 1; j >= 0; j--)
                {
                    if (_mentionEnding[j] is { Type: EntityType.Person or EntityType.Organization } m
                        && (_last is not { } l || !_doc.Slice(l.Span).Equals(_doc.Slice(m.Span), StringComparison.Ordinal)))
                    {
                        return Mention(m);
                    }
                }

                break;
            }
        }

        if (_last is { } last && last.Paragraph >= Paragraph(cue) - 1)
        {
            return last;
        }

        // Nobody has spoken yet: the person named last in this paragraph or the previous one is the one who speaks
        // ("انتقد الوزير فلان ... . جاء ذلك في تصريح ... حيث قال: ...").
        var paragraph = Paragraph(cue);
        for (var j = cue - 1; j >= 0 && Paragraph(j) >= paragraph - 1; j--)
        {
            if (_mentionEnding[j] is { Type: EntityType.Person } m)
            {
                return Mention(m);
            }
        }

        return null;
    }

    /// <summary>The token after the reported clause that starts at <paramref name="from"/>: the sentence end, or a new clause or cue.</summary>
    private int ClauseEnd(int from, int end)
    {
        for (var k = from + 1; k < end; k++)
        {
            var token = _tokens[k];
            if (_candidateOpening[k] is var c and >= 0 && _candidates[c].Close > k)
            {
                // Quoted words inside the clause are part of it: no cue or stop inside them ends it.
                k = Math.Min(_candidates[c].Close, end - 1);
                continue;
            }

            if (token.Key is "." && k + 1 < end && _tokens[k + 1].Kind == TokenKind.Word && char.IsWhiteSpace(_doc.Text[token.Span.End]))
            {
                // A full stop the sentence splitter did not cut at (a stray quotation mark kept the sentence whole).
                return k;
            }

            // A relative's cue takes its complementizer at once or after a short subject ("التي قالت وزارته إنها"); a later
            // أن belongs to the outer clause ("الربع الأول التي أعلنت اليوم، كما أن ...").
            if (ClauseOpeners.Contains(token.Key) && k + 1 < end && _lexicon.Cue(_tokens[k + 1]) is { Kind: CueKind.Verb }
                && ThatWithin(k + 2, Math.Min(end, k + (RelativePronouns.Contains(token.Key) ? 5 : 8))))
            {
                // "... رغم أنه أضاف في تغريدة أنه ...", "عندما قال إنه ...": a report of its own inside the clause.
                return Concessives.Contains(_tokens[k - 1].Key) && k - 1 > from ? k - 1 : k;
            }

            // "...، كما شدد على ضرورة ...", "كما أعربت عن ...": a second report of the same speaker or a new one, with its
            // own frame; "كما قالوا" (as they said) has none and stays inside.
            if (token.Key == "كما" && k + 1 < end && _lexicon.Cue(_tokens[k + 1]) is { Kind: CueKind.Verb } also && FrameWithin(also, k + 2, Math.Min(end, k + 8)))
            {
                return k;
            }

            if ((token.Key is "لكن" or "ولكن" or "لكنه" or "لكنها" or "ولكنه" or "ولكنها") && CueWithin(k + 1, Math.Min(end, k + 10)))
            {
                return k;
            }

            if (((ClauseStops.Contains(token.Key) && !(k + 1 < end && (AsForVerbs.Contains(_tokens[k + 1].Key) || FimaAdverbs.Contains(_tokens[k + 1].Key)))) || (token.Key == "في" && k + 1 < end && _tokens[k + 1].Key == "حين"))
                && (CueWithin(k + 1, Math.Min(end, k + 8)) || MentionWithin(k + 1, Math.Min(end, k + 4))))
            {
                // "... فيما قال الوزير" / "بينما رأت موسكو": a new speaker's clause. Without one, the contrast is still
                // part of what was reported ("... 452 انتهاكا، في حين بلغت ...").
                return k;
            }

            if (_lexicon.Cue(token) is { } cue)
            {
                var afterComma = IsComma(k - 1);
                var joined = _lexicon.IsJoinedCue(token);
                if (cue.Kind == CueKind.Participle && _tokens[k - 1].Key == "مع" && k - 1 > from)
                {
                    // "، مع تأكيده أن": the preposition belongs to the new cue.
                    return k - 1;
                }

                if (cue.Kind == CueKind.Participle || (cue.Kind == CueKind.Source && afterComma && SourceEndsClause(k, end))
                    || (cue.Kind == CueKind.Verb && joined && (afterComma || ThatWithin(k + 1, Math.Min(end, k + 4)))))
                {
                    return k;
                }
            }

            if (IsColon(k) && k + 1 < end && _candidateOpening[k + 1] >= 0)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>Whether a word that opens the content of <paramref name="cue"/> (أن، على، إلى، عن, a word with بـ) stands between the two tokens.</summary>
    private bool FrameWithin(CueEntry cue, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var key = _tokens[k].Key;
            if ((ThatWords.Contains(key) && (cue.Frames & (CueFrames.That | CueFrames.Object)) != 0)
                || (key == "علي" && (cue.Frames & (CueFrames.On | CueFrames.Object)) != 0)
                || (key == "الي" && (cue.Frames & (CueFrames.To | CueFrames.Object)) != 0)
                || (key == "عن" && (cue.Frames & CueFrames.About) != 0)
                || (StartsWithBa(k) && (cue.Frames & (CueFrames.With | CueFrames.Object)) != 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"... وقالت إنهما": a joined cue with its own complementizer starts new reported speech.</summary>
    private bool ThatWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (ThatWords.Contains(_tokens[k].Key) || IsColon(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool CueWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_lexicon.Cue(_tokens[k]) is { Kind: CueKind.Verb })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token before <paramref name="stop"/> that is not punctuation.</summary>
    private int LastContent(int from, int stop)
    {
        var last = stop - 1;
        while (last >= from && _tokens[last].Kind == TokenKind.Punctuation && _candidateOpening[last] < 0 && !QuoteMarks.IsMark(_doc.Text[_tokens[last].Span.Start]))
        {
            last--;
        }

        return last;
    }

    /// <summary>Quotation marks inside an indirect quote are part of it (a quoted phrase), not quotes of their own.</summary>
    private void ClaimCandidates(TextSpan content)
    {
        foreach (var c in _candidates)
        {
            if (content.Contains(c.Mark.Inside))
            {
                c.Used = true;
            }
        }
    }

    private void Add(QuoteKind kind, TextSpan cue, TextSpan content, Carried? speaker, int at)
    {
        content = Trim(content);
        if (content.Length == 0)
        {
            return;
        }

        _quotes.Add(new Quote(kind, cue, content, speaker?.Span, speaker?.Kind ?? SpeakerKind.None));
        if (speaker is { } s)
        {
            // A quote that runs into a later paragraph speaks there too: the floor is carried from where it ends.
            _last = s with { Paragraph = Math.Max(Paragraph(at), ParagraphAt(content.End - 1)) };
            _spoken.Add(_last.Value);
        }
    }

    private TextSpan Trim(TextSpan span)
    {
        var text = _doc.Text;
        var start = span.Start;
        var end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '،' or ',' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '،' or ',' or '.' or ':'))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private Carried Mention(EntityMention m) => new(m.Span, SpeakerKind.Mention, Paragraph(m.FirstToken));

    /// <summary>The paragraph that holds a character offset of the clean text; -1 before the first (the title).</summary>
    private int ParagraphAt(int offset)
    {
        var paragraphs = _doc.Paragraphs;
        int lo = 0, hi = paragraphs.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (paragraphs[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private int Paragraph(int token) => _doc.Sentences.Count == 0 ? 0 : _doc.Sentences[_sentenceOf[Math.Min(token, _tokens.Count - 1)]].Paragraph;

    private TextSpan Span(int first, int last) => new(_tokens[first].Span.Start, _tokens[last].Span.End);

    /// <summary>The # and _ of a hashtag ("#ترمب", "#كوريا_الشمالية"), which news sites put inside names.</summary>
    private bool IsHashtagMark(int k) => _tokens[k].Key is "#" or "_";

    private bool IsColon(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Key is ":";

    /// <summary>A dash, bracket or slash inside a speaker phrase ("الجبير - خلال حديثه ...", "(يوروبول)", "تموز/يوليو").</summary>
    private bool IsInnerPunctuation(int k) => _tokens[k].Key is "-" or "–" or "(" or ")" or "/";

    private bool IsComma(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Key is "،" or "," or "؛";

    /// <summary>
    /// "وقال للصحفيين مسؤول كبير إن", "وأكد للصحفيين الرئيس الفرنسي أن": a definite noun with a glued لـ right after the cue is
    /// who was told, and a named person or body or a speaker noun right after it is the subject. Only the definite "لل": after
    /// "لرئيس" the next word is its genitive ("لرئيس الوزراء"), not a subject.
    /// </summary>
    private bool IsDefiniteListenerBeforeSubject(int k)
    {
        if (!_tokens[k].Key.StartsWith("لل", StringComparison.Ordinal) || !IsToldWord(k))
        {
            return false;
        }

        return _mentionStarting[k + 1] is { Type: EntityType.Person or EntityType.Organization } || _lexicon.IsSpeakerNoun(_tokens[k + 1], out _);
    }

    /// <summary>
    /// A word with a glued لـ that names who was told ("قال لنا", "وأضاف لصحيفة ...", "صرح للصحافيين"): the pronouns
    /// لنا/له/لها/لهم, a word the segmenter split with its ل, a definite noun after لل, or a speaker noun after ل that the
    /// segmenter left whole ("لراديو" is not one, "لشبكة" is). Names that begin with ل (لافروف، لودريان) are none of these.
    /// </summary>
    private bool IsToldWord(int k)
    {
        var token = _tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var key = token.Key;
        if (ToldPronouns.Contains(key) || (key.StartsWith("لل", StringComparison.Ordinal) && key.Length > 4))
        {
            return true;
        }

        // A short name after the split ل is mostly the whole name ("ليو" is Liu, not لـ + يو).
        if (HasPreposition(token))
        {
            var lam = token.Segments[0].Role == SegmentRole.Conjunction && token.Segments.Length > 1 ? 1 : 0;
            return token.Segments[lam].Role == SegmentRole.Preposition && _doc.Text[token.Segments[lam].Span.Start] == 'ل'
                && token.Span.End - token.Segments[lam].Span.End >= 4;
        }

        return key.Length > 3 && key[0] == 'ل' && !_lexicon.IsSpeakerNoun(token, out _) && _lexicon.IsSpeakerNoun(token, afterLam: true, out _);
    }

    /// <summary>
    /// An adverb or a circumstantial participle ("ممازحاً", "مبتسما", "سابقا", "مجددا"): written with the tanwin of the
    /// accusative, which no name carries, or one of the common ones news text writes without it (the tagger reads some of
    /// them as names).
    /// </summary>
    private bool IsMannerAdverb(int k)
    {
        var token = _tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var raw = _doc.Text.AsSpan(token.Span.Start, token.Span.Length);
        return raw.EndsWith("اً", StringComparison.Ordinal) || raw.EndsWith("ًا", StringComparison.Ordinal) || MannerAdverbs.Contains(token.Key);
    }

    /// <summary>
    /// A told pronoun right after the cue with the subject after it: a name, a speaker noun, "أحد" or another plain noun
    /// ("وقالت لنا لمياء", "قال لي أحد المسؤولين"). A possessed noun or an adverb after it ("أكد له جاهزيته") is the object
    /// or the manner: the cue has no subject there.
    /// "لي" is also the name Lee ("ووصف لي الإصابات"), so it is read as a pronoun only in this case.
    /// </summary>
    private bool IsToldPronoun(int k, int end)
    {
        var key = _tokens[k].Key;
        if ((!ToldPronouns.Contains(key) && key != "لي") || k + 1 >= end)
        {
            return false;
        }

        var next = _tokens[k + 1];
        if (_mentionStarting[k + 1] is { Type: EntityType.Person or EntityType.Organization } || _lexicon.IsSpeakerNoun(next, out _)
            || next.Key.StartsWith("احد", StringComparison.Ordinal))
        {
            return true;
        }

        // "قالت لنا لمياء", "أكد لنا العاملون": a word that is no function word, time word, adverb ("أخيرا") or possessed
        // noun ("أكد له جاهزيته"); not after the name Lee as the tagger reads it.
        var after = next.Key;
        var definite = after.StartsWith("ال", StringComparison.Ordinal);
        return _mentionStarting[k] is not { Type: EntityType.Person } && next.Kind == TokenKind.Word && after.Length >= 3 && !IsAdverbial(next)
            && !IsFunctionWord(after) && !ThatWords.Contains(after) && !RelativeWords.Contains(after) && !TimeWords.Contains(after) && _lexicon.Cue(next) is null
            && (definite || !(after.EndsWith('ا') || after.EndsWith('ه') || after.EndsWith("ها") || after.EndsWith("هم") || after.EndsWith("هما")));
    }

    /// <summary>A middle that opens with "في تغريدة" or "خلال زيارته" says where or when, not who: the cue has no subject there.</summary>
    private static bool IsAdverbial(Token token) => PhraseStops.Contains(token.Key) || WhenPrepositions.Contains(token.Key) || HasPreposition(token);

    private static bool HasPreposition(Token token) => token.Segments.Length > 1 && token.Has(SegmentRole.Preposition);


    /// <summary>
    /// A speaker with the paragraph it last spoke in and the gender its verb showed ('m', 'f', or '?' when no singular
    /// verb has agreed with it).
    /// </summary>
    private readonly record struct Carried(TextSpan Span, SpeakerKind Kind, int Paragraph, char Gender = '?');

    /// <summary>A pair of quotation marks with the tokens of its marks and how many words it holds.</summary>
    private sealed class Candidate(MarkedSpan mark, int open, int close, int words)
    {
        public MarkedSpan Mark { get; } = mark;

        public int Open { get; } = open;

        public int Close { get; } = close;

        public int Words { get; } = words;

        public bool Used { get; set; }
    }
}
