using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "القصف الجوي والصاروخي الذي تشنه القوات السورية على درعا"، "غارات جوية نفذتها طائرات التحالف"، "هجمات شنتها جماعة ولاية
/// سيناء"، "قصف مدفعي مكثف شنه التحالف": war reports name the author of a noun of force in a relative clause after it, with a
/// verb of carrying out that holds the noun's pronoun, and the author is as often a side named by a common noun (forces,
/// the coalition, aircraft, a group) as a linked name. Names are read by the actor rules (EventFinder.AgentAfter); here the
/// group words after that verb are the source. On the 1,500-article sample and 1,500 political records, 30 of 86 force
/// nouns with such a clause had no source before this rule.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Heads of an armed side that carries out attacks, besides <see cref="GroupActors"/> and <see cref="ArmedHeads"/>
    /// (folded): organizations and bands, and the construct plurals of fighters ("مسلحو التنظيم"، "متمردو الحركة").
    /// </summary>
    private static readonly HashSet<string> AttackAuthorHeads = new(StringComparer.Ordinal)
    {
        "تنظيم", "التنظيم", "جماعه", "الجماعه", "مجموعه", "مجموعات", "المجموعه", "المجموعات", "عصابه", "عصابات", "مسلحو", "مقاتلو",
        "متمردو", "عناصر", "فصيل", "الفصيل",
    };

    /// <summary>
    /// The author named by a group phrase in the relative clause after the noun ending at <paramref name="last"/>: up to three
    /// words that are adjectives of the noun or commas ("القصف الجوي والصاروخي"، "حملة القصف العنيف،"), an optional الذي or التي, a verb of
    /// carrying out with the noun's pronoun (شنه، تشنها، نفذتها، ارتكبه), then, past time words, a group word where no
    /// linked name starts; its group phrase. Null otherwise.
    /// </summary>
    private EventArgument? RelativeGroupAuthor(int k, int last, int end)
    {
        var j = last + 1;
        for (var adjectives = 0; j < end && adjectives < 3 && IsAdjectiveOrComma(j); adjectives++)
        {
            j++;
        }

        var relative = j < end && RelativePronouns.Contains(_tokens[j].Key);
        if (relative)
        {
            j++;
        }
        else if (j > last + 1 && _tokens[j - 1].Key is "،" or ",")
        {
            // "بالتزامن مع الاشتباكات، شنت طائرات التحالف غارات": after a comma only a relative clause still describes the noun.
            return null;
        }

        // شن without a pronoun ("هجمات شنت ...") is read only right after the noun, as before this rule.
        if (j + 1 >= end || !(IsDoingVerb(_tokens[j]) || (j == last + 1 && IsCarryingOut(_tokens[j]))))
        {
            return null;
        }

        if (!PronounAgrees(k, _tokens[j]))
        {
            // "عمليات اقتحام تنفذها القوات"، "عملية لمحاكاة هجوم نفذتها قوات الأمن": the verb's ها carries out the noun
            // before (operations, a drill), not this masculine one.
            return null;
        }

        // "هجوم شنه الجمعة مسلحون": a time word may stand between the verb and its subject.
        var m = j + 1;
        while (m < end && m <= j + 3 && (_inTime[m] || Skippable.Contains(_tokens[m].Key)))
        {
            m++;
        }

        if (m >= end || _actors.StartingAt(m) is not null || _tokens[m].Has(SegmentRole.Preposition))
        {
            return null;
        }

        // WithoutConjunction cuts any first ف, so "فصائل" and "فصيل" are looked up as they are written too.
        var key = ArticleActors.WithoutConjunction(_tokens[m].Key);
        if (key != _tokens[m].Key && (ArmedHeads.Contains(_tokens[m].Key) || AttackAuthorHeads.Contains(_tokens[m].Key)))
        {
            key = _tokens[m].Key;
        }

        if (AttackAuthorHeads.Contains(key) && !key.StartsWith("ال", StringComparison.Ordinal) && m + 1 < end)
        {
            return ConstructAuthor(m, end);
        }

        return GroupActors.Is(_tokens[m]) || ArmedHeads.Contains(key) || AttackAuthorHeads.Contains(key) ? GroupArgument(m, end) : null;
    }

    /// <summary>
    /// An indefinite head with its genitive ("جماعة ولاية سيناء"، "مسلحو تنظيم الدولة الإسلامية"، "مسلحو «جبهة النصرة»"): the
    /// next word, and a name the entity stage linked there or one word on, so that the phrase reaches the group's name.
    /// </summary>
    private EventArgument ConstructAuthor(int m, int end)
    {
        var last = m;
        for (var j = m + 1; j < end && j <= m + 3; j++)
        {
            if (_actors.StartingAt(j) is { Preposition: null } named)
            {
                last = named.Last;
                break;
            }

            // A quotation mark may open the name ("مسلحو تنظيم "الدولة الإسلامية""); any other word after the genitive ends
            // the phrase.
            if (_tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (j > m + 1 || _tokens[j].Has(SegmentRole.Preposition) || _tokens[j].Has(SegmentRole.Conjunction) || ClauseStops.Contains(key)
                || StandalonePrepositions.Contains(key) || _inTime[j])
            {
                break;
            }

            // The genitive word itself ("ولاية"، "تنظيم"); the name may follow it.
            last = j;
        }

        return new EventArgument(new TextSpan(_tokens[m].Span.Start, _tokens[Math.Min(last, end - 1)].Span.End), null);
    }

    /// <summary>
    /// Whether the object pronoun of the verb can stand for the noun at <paramref name="k"/>: ها only for a feminine noun or a
    /// plural (ending in ة or ات: "غارة شنتها"، "هجمات نفذتها"; a broken plural of force; a noun in the genitive of an
    /// operation noun). ه, or no pronoun (the bare شن right after the noun), is taken after any noun: only ها is tested.
    /// </summary>
    private bool PronounAgrees(int k, Token verb)
    {
        if (!verb.Has(SegmentRole.Pronoun) || !ArticleActors.WithoutConjunctionSpan(verb.Key).EndsWith("ها", StringComparison.Ordinal))
        {
            return true;
        }

        var noun = ArticleActors.WithoutConjunction(_tokens[k].Key);
        return noun.EndsWith('ه') || noun.EndsWith("ات", StringComparison.Ordinal) || BrokenPluralsOfForce.Contains(WithoutArticle(noun))
            || (k > 0 && OperationNouns.Contains(WithoutArticle(WithoutLam(_tokens[k - 1]))));
    }

    /// <summary>
    /// The folded key without a leading و or ف and, after the clitic ل (<see cref="StartsWithLam"/>: "لعملية"), as the noun
    /// alone (<see cref="NounAfterLam"/>).
    /// </summary>
    private string WithoutLam(Token token)
    {
        var key = ArticleActors.WithoutConjunction(token.Key);
        return key.Length > 3 && StartsWithLam(token) ? NounAfterLam(key) : key;
    }

    /// <summary>Broken plurals of nouns of force, which take ها (folded, without the article): "معارك خاضتها"، "ضربات".</summary>
    private static readonly HashSet<string> BrokenPluralsOfForce = new(StringComparer.Ordinal) { "معارك", "حروب", "مجازر" };

    /// <summary>
    /// Nouns of an operation or a campaign whose genitive names its kind ("حملة القصف العنيف، التي تشنها"، "لعملية تفجير
    /// إرهابية نفذتها"): the pronoun stands for them, and the author they name is the attack's (folded, without the article).
    /// </summary>
    private static readonly HashSet<string> OperationNouns = new(StringComparer.Ordinal) { "عمليه", "عمليات", "حمله", "حملات", "سلسله" };

    /// <summary>
    /// Whether the word is شن with any ending ("شنها"، "شنت": the adjacent form the rule read before), read right after the
    /// noun only. Its caller has already tried a verb of doing with its object pronoun (<see cref="IsDoingVerb"/>: نفذته،
    /// ارتكبه، تشنه، تبناه).
    /// </summary>
    private static bool IsCarryingOut(Token token) =>
        token.Kind == TokenKind.Word && ArticleActors.WithoutConjunctionSpan(token.Key).StartsWith("شن", StringComparison.Ordinal);

    /// <summary>
    /// An adjective of the noun, with or without و ("الجوي"، "والصاروخي"، "انتحاريا"، "العنيف"، "مكثف"): a nisba or a word of
    /// <see cref="AdjectiveWords"/>, with no preposition, no event word and no linked name; or a comma.
    /// </summary>
    private bool IsAdjectiveOrComma(int j)
    {
        var token = _tokens[j];
        if (token.Key is "،" or ",")
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || token.Has(SegmentRole.Preposition))
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(token.Key);
        // The accusative alef cut ("انتحاريا"): no nisba ending ends in ا, so the bare form is the one to test.
        var bare = key.Length > 3 && key[^1] == 'ا' ? key[..^1] : key;
        // The word's form first: the lexicon look-up is the dearest test and nearly every word after a noun of force fails
        // the form, so it is asked only of a word that could be an adjective.
        return (IsNisba(bare) || AdjectiveWords.Contains(WithoutArticle(bare))) && _actors.StartingAt(j) is null && _readings.Lexeme(j) is null;
    }
}
