using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// News text names an organization once in full ("وكالة الأنباء الرسمية"، "وزارة الخارجية الأمريكية"، "التحالف العربي")
/// and then goes on with its head word alone ("وأفادت الوكالة"، "وأوضحت الخارجية"، "وأكد التحالف"). Such a bare definite
/// noun stands for that organization, as an implied subject does, so an actor phrase made of it takes its entity.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Head nouns of organization names that the text uses alone for the organization (folded, without ال).</summary>
    private static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "وكاله", "وزاره", "خارجيه", "داخليه", "دفاع", "تحالف", "حركه", "تنظيم", "جماعه", "شركه", "صحيفه", "منظمه",
        "هييه", "لجنه", "مجلس", "حزب", "جيش", "حكومه", "رياسه", "محكمه", "بعثه", "شرطه", "قوات", "ميليشيا", "مليشيا",
        "ميليشيات", "مليشيات",

        // Broadcasters named once with their kind ("شبكة "سي أن أن""، "قناة الجزيرة") and then by it alone ("وأضافت الشبكة").
        "شبكه", "قناه",

        // Unions and federations ("الاتحاد الروسي لكرة القدم ... وأضاف الاتحاد"), political and sporting alike.
        "اتحاد",
    };

    /// <summary>
    /// Heads of institution names that the text takes up alone ("المرصد السوري لحقوق الإنسان ... وأفاد المرصد"، "صندوق النقد
    /// الدولي ... وأعلن الصندوق"، "جامعة الدول العربية"، "نادي الاتحاد"، "مجلة "لو بوان""، "موقع "كوارتز""; folded, without
    /// ال). Unlike <see cref="OrganizationHeads"/> they make no speaker group by themselves after a cue: in "وقال موقع "آير بي
    /// ان بي"" or "ويعتبر صندوق عهدة" the name that follows the head is the speaker.
    /// </summary>
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "مرصد", "بنك", "صندوق", "جامعه", "موسسه", "مفوضيه", "مديريه", "معهد", "مكتب", "نادي", "مجله", "موقع",
    };

    /// <summary>Whether a folded key without ال heads organization names that the text takes up by it alone.</summary>
    private static bool IsTakenUpHead(string key) => OrganizationHeads.Contains(key) || InstitutionHeads.Contains(key);

    /// <summary>
    /// The actor a phrase without an entity stands for when every word of it is in an organization's earlier mention and
    /// it begins with a definite head noun ("الوكالة" after "وكالة الأنباء الكورية"، "التحالف" after "التحالف العربي");
    /// otherwise the phrase as it is.
    /// </summary>
    private EventArgument? WithReferent(EventArgument? argument)
    {
        if (argument is not { EntityId: null } phrase || !_doc.HasLinkedEntities)
        {
            return argument;
        }

        int first = ArticleActors.TokenAt(_tokens, phrase.Span.Start), last = ArticleActors.TokenAt(_tokens, phrase.Span.End - 1);
        if (first < 0 || last < first || last - first > 2)
        {
            return argument;
        }

        var head = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[first].Key));
        if (IsDefinite(first) && PersonTitleHeads.Contains(head))
        {
            // A holder the entity stage did not name ("معتمد المنطقة أمير خير الله ... واكد المعتمد") is still the fuller phrase
            // that named the title before.
            return TitledPersonBefore(first, last) is { } person ? new EventArgument(phrase.Span, person.Entity.Id) : FullerPhraseBefore(phrase, first, last) ?? argument;
        }

        if (!IsDefinite(first) || !IsTakenUpHead(head))
        {
            return argument;
        }

        // The latest mention before the phrase whose words hold all of the phrase's words.
        ActorMention? best = null;
        for (var j = first - 1; j >= 0; j--)
        {
            if (_actors.EndingAt(j) is not { } m)
            {
                continue;
            }

            if (m.Entity.Type == EntityType.Organization && (Holds(m, first, last) || (first == last && HeadBefore(m) == head) || SameKindOfGroup(m, head, first, last)))
            {
                best = m;
                break;
            }

            j = m.First;
        }

        return best is { } found ? new EventArgument(phrase.Span, found.Entity.Id) : FullerPhraseBefore(phrase, first, last) ?? argument;
    }

    /// <summary>
    /// Titles of persons that news text uses alone, or with an adjective, for the person it named with them ("وقال الوزير
    /// خوسيه بوريل ... وأضاف الوزير"; folded, without ال).
    /// </summary>
    private static readonly HashSet<string> PersonTitleHeads = new(StringComparer.Ordinal)
    {
        "وزير", "وزيره", "رييس", "رييسه", "امين", "متحدث", "متحدثه", "ناطق", "سفير", "سفيره", "مندوب", "مندوبه", "مبعوث",
        "ملك", "امير", "مستشار", "مستشاره", "قايد", "مدير", "مديره", "نايب", "نايبه", "لاعب", "مدرب", "مخرج", "مخرجه",

        // Officials of regional and judicial administration, often named again by the title alone in Maghrebi news
        // ("معتمد المنطقة ... وأكد المعتمد"، "الوكيل العام ... كما أفاد الوكيل العام").
        "معتمد", "وكيل", "والي", "محافظ",
    };

    /// <summary>How many words before a person's name may hold the title the text named the person with.</summary>
    private const int TitleWindow = 5;

    /// <summary>
    /// The latest person before token <paramref name="first"/> whose mention, or the words right before the name, hold
    /// every word of the title phrase from <paramref name="first"/> to <paramref name="last"/> ("الوزير" after "وزير
    /// الخارجية الإسباني" or "الوزير خوسيه بوريل"; "الرئيس الفرنسي" not after "الرئيس الأمريكي دونالد ترامب").
    /// </summary>
    private ActorMention? TitledPersonBefore(int first, int last)
    {
        for (var j = first - 1; j >= 0; j--)
        {
            if (_actors.EndingAt(j) is not { } m)
            {
                continue;
            }

            if (m.Entity.Type == EntityType.Person && (Holds(m, first, last) || WordsHeld(first, last, Math.Max(0, m.First - TitleWindow), m.First - 1)))
            {
                return m;
            }

            j = m.First;
        }

        return null;
    }

    /// <summary>
    /// The person a bare title phrase at token <paramref name="j"/> stands for: the name set off by commas after the
    /// title's complement, else the person the text named with it before ("الأمين العام" after "الأمين العام للأمم المتحدة
    /// أنطونيو غوتيريس"), as a mention that covers the title and the body it governs with ل; null when there is none.
    /// </summary>
    private ActorMention? TitleSubject(int j, int end)
    {
        var phrase = GroupArgument(j, end);
        var last = ArticleActors.TokenAt(_tokens, phrase.Span.End - 1);
        if (last >= j && last + 1 < end && HolderAfterComplement(last + 1) is { } holder)
        {
            // "اتهم المتحدث باسم وزارة الدفاع، شرف لقمان، التحالف": the title's holder is named after its complement.
            return holder;
        }

        if (last < j || last - j > 2)
        {
            return null;
        }

        // The title's complement is part of it: "المتحدث باسم وزارة الدفاع" is not the spokesman of the coalition named
        // before, "الأمين العام للأمم المتحدة" is the one of the UN.
        var covered = last;
        if (covered + 1 < end && _actors.StartingAt(covered + 1) is { Preposition: "ل" } body)
        {
            covered = body.Last;
        }
        else if (covered + 2 < end && _tokens[covered + 1].Key == "باسم")
        {
            covered = _actors.StartingAt(covered + 2) is { } named ? named.Last : ArticleActors.TokenAt(_tokens, GroupArgument(covered + 2, end).Span.End - 1);
        }

        return TitledPersonBefore(j, covered) is { } person ? new ActorMention(person.Entity, phrase.Span, j, covered, null) : null;
    }

    /// <summary>
    /// "وقالت الخارجية الأميركية ... وأوضحت الخارجية": a body the entity stage did not name, used again by its head noun,
    /// is the actor of the latest earlier event whose phrase (no entity either) holds every word of the bare one; the
    /// argument then points at that fuller phrase, as a pronoun's entity points at the name; not a spokesman's ("متحدث
    /// باسم الشرطة" is not "الشرطة"). Null when there is none.
    /// </summary>
    private EventArgument? FullerPhraseBefore(EventArgument phrase, int first, int last)
    {
        EventArgument? best = null;
        foreach (var e in _events)
        {
            if (e.Source is { EntityId: null } earlier && IsFullerPhraseBefore(earlier.Span, phrase.Span, first, last) && (best is null || best.Span.Start < earlier.Span.Start))
            {
                best = earlier;
            }
        }

        // A quote's speaker is such a phrase too where no event was made of the quote ("وفق ما أفاد به معتمد المنطقة فلان"):
        // the phrase the quote stage took for the speaker, as written.
        foreach (var q in _doc.HasQuotes ? _doc.Quotes : [])
        {
            // The entity test last: it looks through the article's mentions.
            if (q.Speaker is { } said && q.SpeakerKind == SpeakerKind.Role && (best is null || best.Span.Start < said.Start)
                && IsFullerPhraseBefore(said, phrase.Span, first, last) && QuoteSpeakers.EntityId(_doc, q) is null)
            {
                best = new EventArgument(said, null);
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="earlier"/> is a longer phrase before <paramref name="phrase"/>, headed by the same noun, that holds its words.</summary>
    private bool IsFullerPhraseBefore(TextSpan earlier, TextSpan phrase, int first, int last)
    {
        if (earlier.End > phrase.Start || earlier.Length <= phrase.Length)
        {
            return false;
        }

        int from = ArticleActors.TokenAt(_tokens, earlier.Start), to = ArticleActors.TokenAt(_tokens, earlier.End - 1);
        // "وقالت الشرطة" after "متحدث باسم الشرطة": the fuller phrase must be headed by the same noun; one headed by
        // another (a spokesman, a member, a source of the body) names someone else.
        return from >= 0 && to >= from && to - from <= 4 && WordsHeld(first, last, from, to) && SameHead(from, first);
    }

    /// <summary>Whether two phrases open with the same noun, leaving out و and the article ("الخارجية الأميركية"، "الخارجية").</summary>
    private bool SameHead(int one, int other)
    {
        // A word that begins with و ("وزارة") keeps it, as in WordsHeld.
        var head = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[other].Key));
        return WithoutArticle(_tokens[one].Key) == head || WithoutArticle(ArticleActors.WithoutConjunction(_tokens[one].Key)) == head
            || WithoutArticle(_tokens[one].Key) == WithoutArticle(_tokens[other].Key);
    }

    /// <summary>Whether every word from <paramref name="first"/> to <paramref name="last"/> is one of the words from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private bool WordsHeld(int first, int last, int from, int to)
    {
        for (var i = first; i <= last; i++)
        {
            var word = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[i].Key));
            var found = false;
            for (var j = from; j <= to && !found; j++)
            {
                // A word that begins with و ("وزير") keeps it, as in Holds.
                found = WithoutArticle(_tokens[j].Key) == word || WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key)) == word;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Heads of the names of movements and armed groups, which news text uses for one another ("حركة طالبان" ... "الجماعة").</summary>
    private static readonly HashSet<string> GroupHeads = new(StringComparer.Ordinal) { "حركه", "جماعه", "تنظيم" };

    /// <summary>
    /// "حركة طالبان ... وتبنت الجماعة الإرهابية هجوما": a movement named once with one group head is taken up with another,
    /// with or without adjectives after it; the phrase stands for the latest such organization.
    /// </summary>
    private bool SameKindOfGroup(ActorMention mention, string head, int first, int last)
    {
        // A movement named in a prepositional phrase ("تحالفا مع تنظيم القاعدة") is not the one the text goes on about.
        if (!GroupHeads.Contains(head) || mention.Preposition is not null || (HeadBefore(mention) is not { } before || !GroupHeads.Contains(before))
            && !GroupHeads.Contains(WithoutArticle(ArticleActors.WithoutConjunction(_tokens[mention.First].Key))))
        {
            return false;
        }

        // The words after the head are its adjectives ("الإرهابية"، "المتشددة"), not another name.
        for (var j = first + 1; j <= last; j++)
        {
            if (!IsDefinite(j) || _actors.StartingAt(j) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every word from <paramref name="first"/> to <paramref name="last"/> is a word of the mention.</summary>
    private bool Holds(ActorMention mention, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            // A word that begins with و ("وزارة", "وكالة") keeps it: only the phrase's own word can carry the conjunction.
            var word = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[i].Key));
            var found = false;
            for (var j = mention.First; j <= mention.Last && !found; j++)
            {
                found = WithoutArticle(_tokens[j].Key) == word || WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key)) == word;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The organization noun written right before a name that does not hold it ("صحيفة "ديلي ميل""، "حركة حماس"), folded
    /// and without a conjunction; the text then uses it alone ("وذكرت الصحيفة") for that name. Null when there is none.
    /// </summary>
    private string? HeadBefore(ActorMention mention)
    {
        var j = mention.First - 1;
        if (j >= 0 && _tokens[j].Kind != TokenKind.Word && _tokens[j].Key is "\"" or "«" or "“")
        {
            j--;
        }

        if (j < 0 || _tokens[j].Kind != TokenKind.Word)
        {
            return null;
        }

        // The head may carry the preposition ل ("وقال لصحيفة "غانا سبورتس" ... وتوقعت الصحيفة"، "ملصقات لمجلة "لو بوان""):
        // the outlet is still the one the bare head takes up. لجنة begins with the letter itself, so the word is tried whole first.
        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        return IsTakenUpHead(key) ? key : key.Length > 3 && key[0] == 'ل' && IsTakenUpHead(key[1..]) ? key[1..] : null;
    }

    /// <summary>A folded key without the article, or without the لل of a preposition and the article.</summary>
    private static string WithoutArticle(string key) => WithoutArticle(key.AsSpan()).Length == key.Length ? key : key[2..];

    /// <summary><see cref="WithoutArticle(string)"/> as a span of the key, for a lookup that should not make a string.</summary>
    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> key) =>
        key.Length > 3 && (key.StartsWith("ال", StringComparison.Ordinal) || key.StartsWith("لل", StringComparison.Ordinal)) ? key[2..] : key;
}
