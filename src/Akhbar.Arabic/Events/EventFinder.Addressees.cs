using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Whom a criticism or an appeal is addressed to when the words after the verb do not start with a name: news text
/// criticizes an actor through what it did ("انتقدت طموحات مقدونيا", "انتقد ما وصفه بـ"تدخل" رئيس الهيئة") and often
/// names the addressee by a role or a group rather than a name ("انتقد الرئيس الأمريكي", "أهاب بجميع وسائل الإعلام").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The closing comma of the subject's title set off by commas at <paramref name="from"/> ("انتقد عواد العواد، وزير الثقافة
    /// والإعلام، مساء الخميس، ما وصفه"، "اتهم قيس الخزعلي، أمين عام تنظيم ...، المملكة"), which is no object; else
    /// <paramref name="from"/>. A title phrase there may also be the object's own, followed by its holder's name ("دعا
    /// مصطفى بن جعفر، رئيس الهيئة، شفيق صرصار"): the name after the closing comma is then the object either way.
    /// </summary>
    private int AfterSubjectTitle(int from, int end)
    {
        // Not a name after the comma ("انتقد رئيس مجلس العشائر، نعيم الكعود، الحكومة العراقية": the body is the object).
        if (from + 1 < end && _tokens[from].Key is "،" or "," && IsTitle(_tokens[from + 1]) && _actors.StartingAt(from + 1) is null)
        {
            for (var c = from + 2; c < end && c <= from + 12; c++)
            {
                if (_tokens[c].Key is "،" or ",")
                {
                    return c;
                }
            }
        }

        return from;
    }

    /// <summary>Words that open a group phrase without naming it ("جميع وسائل الإعلام", "كافة الأطراف").</summary>
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "جميع", "كافه", "كل", "مختلف" };

    /// <summary>
    /// The object of a criticism verb when it is not a name: the genitive of the criticized noun ("طموحات مقدونيا"), the
    /// genitive after "ما وصفه بـ X" ("ما وصفه بـ"تدخل" رئيس الهيئة"), or a title phrase without a name ("الرئيس
    /// الأمريكي"). Returns the actor, or the words of a role phrase as a span, or neither.
    /// </summary>
    private (ActorMention? Actor, EventArgument? Span) CriticizedObject(int from, int end)
    {
        var j = AfterSubjectTitle(from, end);

        // "ونددت فرنسا، الأحد، "بالهجمات ...": commas, days and quotation marks stand before the object.
        j = AfterAdverbials(j, end);

        if (j >= end)
        {
            return (null, null);
        }

        // "ما وصفه بـ"تدخل"": the judged act, then whose act it is.
        if (_tokens[j].Key == "ما" && j + 1 < end && IsDescribeForm(_tokens[j + 1].Key))
        {
            j += 2;
            while (j < end && (_tokens[j].Kind != TokenKind.Word || _tokens[j].Key is "ب" or "بـ"))
            {
                j++;
            }

            j++;
            while (j < end && _tokens[j].Kind != TokenKind.Word)
            {
                j++;
            }

            return j < end ? ActorOrRole(j, end) : (null, null);
        }

        if (IsTitle(_tokens[j]))
        {
            return ActorOrRole(j, end);
        }

        // "انتقد الدور التخريبي لإيران"، "انتقد السياسات الأمريكية" (EventFinder.ConductOwners): before the act nouns, as
        // "الحملة" is one of them when "عسكرية" follows.
        if (ConductOwner(j, end) is var conduct && (conduct.Actor is not null || conduct.Span is not null))
        {
            return conduct;
        }

        // "أدان هجوم داعش", "ندد بقصف الجيش للمدينة": an act is condemned in its author, named in its genitive or as the
        // group there; without one the criticism has no target (not the act's victim).
        if (_readings.Lexeme(j) is { Kind: EventWordKind.Noun } act && j + 1 < end)
        {
            // "إطلاق جماعة الحوثي صواريخ": the author may stand between a noun and the word that completes it.
            var after = act.Next.Count > 0 && _actors.StartingAt(j + 1) is null ? j + 2 : j + 1;
            // "بهجمات إيران": a state in the genitive of the act is its author (also after the noun's preposition clitic,
            // which marks the mention "*"); a city there ("هجمات باريس") is its scene.
            if (after < end && _actors.StartingAt(after) is { IsActor: true, Preposition: null or "*" } author && (!author.IsPlace || author.Entity.Geo?.Feature == "PCLI"))
            {
                return (author, null);
            }

            // "بالهجمات الصاروخية الاستفزازية" التي شنتها إيران": the relative clause that names the author may follow the
            // noun's adjectives and a closing quotation mark.
            var clause = after;
            while (clause < end && clause <= after + 3 && (IsQuotationMark(clause) || (_tokens[clause].Kind == TokenKind.Word
                && ArticleActors.WithoutConjunctionSpan(_tokens[clause].Key).StartsWith("ال", StringComparison.Ordinal) && !_tokens[clause].Has(SegmentRole.Conjunction)
                && _actors.StartingAt(clause) is null && _readings.Lexeme(clause) is null && !RelativePronouns.Contains(_tokens[clause].Key))))
            {
                clause++;
            }

            if (AgentAfter(after, end) is { } agent)
            {
                return (agent, null);
            }

            if (clause > after && clause < end && RelativePronouns.Contains(_tokens[clause].Key) && AgentAfter(clause, end) is { } described)
            {
                return (described, null);
            }

            if (NisbaAuthor(after - 1, end) is { EntityId: not null } adjective)
            {
                // "أدانت إطلاق صواريخ حوثية"، "ندد بالقصف الروسي": the adjective names the author.
                return (null, adjective);
            }

            return after < end && GroupActors.IsCollective(_tokens[after]) ? (null, GroupArgument(after, end)) : (null, null);
        }

        // "انتقدت طموحات مقدونيا": a plain noun whose genitive is the actor.
        if (IsObjectWord(j) && !_tokens[j].Key.StartsWith("ال", StringComparison.Ordinal) && j + 1 < end
            && _actors.StartingAt(j + 1) is { IsActor: true, Preposition: null } owner)
        {
            return (owner, null);
        }

        // "أدانت الاستخدام المفرط للقوة من قبل الجيش الإسرائيلي": a plain noun, which the lexicon does not code as an act, is
        // condemned in its author too when an agent phrase or a relative clause of doing names one (as for the act nouns above).
        if (IsObjectWord(j) && j + 1 < end && AgentAfter(j + 1, end) is { } doer)
        {
            return (doer, null);
        }

        return (null, null);
    }

    /// <summary>
    /// "ودعا بدوي بحضور نظيره الموريتاني أحمدو ولد عبد الله، رجال الأعمال إلى": a phrase of company set off by a comma
    /// (بحضور، بمشاركة، برفقة + an actor) names who was there, not whom the appeal is addressed to; the words after its comma
    /// are. Returns the token after that comma, or <paramref name="from"/> when no such phrase starts there.
    /// </summary>
    private int AfterCompanyPhrase(int from)
    {
        if (from < 0 || from + 1 >= _tokens.Length || !_tokens[from].Has(SegmentRole.Preposition))
        {
            return from;
        }

        var end = _sentenceEnd[_sentenceOf[from]];
        var present = false;
        for (var j = from + 1; j < end && j <= from + 10; j++)
        {
            if (_tokens[j].Key is "،" or ",")
            {
                return present ? j + 1 : from;
            }

            // The complement of the phrase is the actor right after it, or the name after its title phrase ("نظيره
            // الموريتاني أحمدو ...": the linker gives the name the mention, with no preposition of its own).
            present |= _actors.StartingAt(j) is { IsActor: true };
        }

        return from;
    }

    /// <summary>The actor at <paramref name="j"/>, through a title phrase; else, at a title, the role phrase itself as a span.</summary>
    private (ActorMention? Actor, EventArgument? Span) ActorOrRole(int j, int end)
    {
        if (NextActor(j, end) is { } named)
        {
            return (named, null);
        }

        return IsTitle(_tokens[j]) ? (null, GroupArgument(j, end)) : (null, null);
    }

    /// <summary>Whether token j is a quotation mark, which stands around a judged word without changing the phrase.</summary>
    private bool IsQuotationMark(int j) => EventModality.IsQuotationMark(_tokens[j]);

    /// <summary>Whether the key is a form of وصف, with an object pronoun ("وصفه") or without.</summary>
    private static bool IsDescribeForm(string key) => DescribeForms.Contains(key) || DescribeFormsWithPronoun.Contains(key);

    /// <summary>
    /// The addressee of an appeal that the words open with when it is a group, a role or people named by a common noun, not
    /// a name: "أهاب بجميع وسائل الإعلام", "دعا الحكومة إلى", "ناشد المجتمع الدولي", "دعا المواطنين إلى".
    /// </summary>
    private EventArgument? AppealedGroup(int from, int end)
    {
        if (from < 0 || from >= end || _tokens[from].Kind != TokenKind.Word)
        {
            return null;
        }

        var token = _tokens[from];
        var key = ArticleActors.WithoutConjunction(token.Key);
        var bare = key.StartsWith('ب') && token.Has(SegmentRole.Preposition) ? key[1..] : key;
        if (Quantifiers.Contains(bare) && from + 1 < end && _tokens[from + 1].Kind == TokenKind.Word)
        {
            // "جميع وسائل الإعلام": the quantifier and the noun phrase it opens.
            var phrase = GroupArgument(from + 1, end);
            return new EventArgument(new TextSpan(token.Span.Start, phrase.Span.End), null);
        }

        // "دعا المواطنين إلى الهدوء"، "رجال الأعمال": people the text names by a common noun are addressed as a group too;
        // so are the sides a duty is laid on ("دعا الأطراف الموقعة على الاتفاقية إلى"، "حث الدول الأعضاء على").
        // Any role phrase the subject rules know (EventFinder.RoleSubjects), definite or in a construct ("الجهات المعنية"،
        // "منظمات المجتمع المدني"), and everyone ("طالب الجميع بإطاعة الأوامر"); not a bare indefinite noun, which right after
        // the verb is as often its subject ("ودعا أعضاء في مجلس الشيوخ إلى") or no person at all ("طلب تنظيم تجمع").
        return GroupActors.Is(token) || IsTitle(token) || GenericActors.IsActorNoun(token) || DutyBearers.Contains(key) || AddressedByPlace(from, end)
            || (RoleHeadAt(from) && (key.StartsWith("ال", StringComparison.Ordinal) || (from + 1 < end && _tokens[from + 1].Key.StartsWith("ال", StringComparison.Ordinal))))
            || key == "الجميع"
            ? GroupArgument(from, end) : null;
    }

    /// <summary>
    /// Verbal nouns of holding to account (folded, without a preposition clitic, ضرورة or the article): "طالبت بمحاسبة إيران"،
    /// "دعا إلى معاقبة المسؤولين".
    /// </summary>
    private static readonly HashSet<string> AccountabilityNouns = new(StringComparer.Ordinal) { "محاسبه", "معاقبه", "مساءله", "مسااله", "ملاحقه", "محاكمه" };

    /// <summary>How many words may open an appeal's words before its noun of holding to account ("بضرورة محاسبة").</summary>
    private const int AccountabilityWindow = 3;

    /// <summary>
    /// "وطالبت بمحاسبة إيران"، "دعا بضرورة محاسبة X": an appeal or demand (02, 10) with no addressee whose words open with
    /// holding an actor to account is aimed at that actor, the genitive of the noun. The linker leaves a name after a noun
    /// with a preposition clitic out of the targets ("بقيادة X"), so the quote's own search does not reach it.
    /// </summary>
    private void AccountabilityTargets()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var appeal = _events[i];
            if (appeal.Basis != EventBasis.Quote || appeal.Target is not null || Root(appeal.Cameo) is not ("02" or "10")
                || !_statementWords.TryGetValue(appeal.Trigger.Start, out var words))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = WordsEndInSentence(first, words);
            for (var k = first; k < end && k < first + AccountabilityWindow; k++)
            {
                var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
                var bare = key.Length > 3 && key[0] is 'ب' or 'ل' && _tokens[k].Has(SegmentRole.Preposition) ? key[1..] : key;
                if (!AccountabilityNouns.Contains(WithoutArticle(bare)))
                {
                    continue;
                }

                if (k + 1 < end && _actors.StartingAt(k + 1) is { IsActor: true } held && !SameActor(held.Argument, appeal.Source))
                {
                    _events[i] = appeal with { Target = held.Argument };
                }

                break;
            }
        }
    }
}
