using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "استهدفت الغارات مواقع للجيش", "حاولت طائرة مسيرة استهداف مطار أبها": aiming at something is an attack when weapons or
/// an armed side do it, or a military site is aimed at; the same verb is a plan's aim ("تستهدف الخطة خفض العجز") or a
/// sanction's object ("عقوبات تستهدف شركات") otherwise. Also, the instrument that a verb of force has for its subject
/// ("الضربة استهدفت مؤتمرا", "الصواريخ التي استهدفت") names no author: the event stands with no source, as a noun of force does.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Lemmas of aiming (folded), coded as force only under <see cref="AimsForce"/>.</summary>
    private static readonly HashSet<string> AimingLemmas = new(StringComparer.Ordinal) { "استهدف", "استهداف" };

    /// <summary>
    /// Weapons and strikes (folded, without the article): the words that make aiming an attack, and the instruments that
    /// stand as the subject of a verb of force.
    /// </summary>
    private static readonly HashSet<string> WeaponWords = new(StringComparer.Ordinal)
    {
        "صاروخ", "صاروخا", "صواريخ", "صاروخين", "قذيفه", "قذايف", "غاره", "غارات", "ضربه", "ضربات", "طايره", "طايرات",
        "مسيره", "مسيرات", "مقاتلات", "مروحيه", "مروحيات", "قاذفات", "قصف", "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار",
        "عبوه", "عبوات", "مفخخه", "ملغومه", "ناسفه", "ناسف", "قنبله", "قنابل", "لغم", "الغام", "متفجرات", "مدفعيه", "رصاص", "طيران",
        "دبابات", "بارجه", "بوارج",
    };

    /// <summary>
    /// Verbs that are violence only with an explosive as their subject, which names no author: "انفجرت سيارة مفخخة", "عبوة
    /// ناسفة انفجرت"; "انفجرت الأزمة" and "انفجر غضبا" are no attack. (سقط "fell" and أصاب "hit" were tried: as lexicon words
    /// they change the rules that read any event verb as the end of a clause, "سقطت الطائرة وقتل الشاب", for one more sentence.)
    /// </summary>
    private static readonly HashSet<string> InstrumentOnlyLemmas = new(StringComparer.Ordinal) { "انفجر", "تفجر" };

    /// <summary>Whether an explosive follows verb k as its subject (VSO), after a count at most ("انفجرت خمس قذائف").</summary>
    private bool InstrumentAfter(int k, int end)
    {
        for (var j = k + 1; j < end && j <= k + 3; j++)
        {
            if (ExplosiveWords.Contains(WithoutArticle(_tokens[j])) && !_tokens[j].Has(SegmentRole.Preposition))
            {
                return true;
            }

            if (!IsCountBetween(j, end))
            {
                // "انفجرت سيارة مفخخة", "عبوة ناسفة": the noun whose adjective makes it a bomb.
                return j + 1 < end && ArticleActors.WithoutConjunctionSpan(_tokens[j + 1].Key) is "مفخخه" or "ملغومه" or "ناسفه" or "ناسف" or "المفخخه" or "الملغومه" or "الناسفه";
            }
        }

        return false;
    }

    /// <summary>Explosives and shells (folded, without the article): what goes off ("انفجرت قنبلة"), unlike an aircraft's engine.</summary>
    private static readonly HashSet<string> ExplosiveWords = new(StringComparer.Ordinal)
    {
        "عبوه", "عبوات", "مفخخه", "ملغومه", "ناسفه", "ناسف", "قنبله", "قنابل", "لغم", "الغام", "متفجرات", "متفجره", "صاروخ", "صواريخ",
        "قذيفه", "قذايف",
    };

    /// <summary>Military sites (folded, without the article): aiming at one is an attack whoever aims.</summary>
    private static readonly HashSet<string> MilitarySites = new(StringComparer.Ordinal)
    {
        "موقع", "مواقع", "مقر", "مقرات", "قاعده", "قواعد", "ثكنه", "ثكنات", "معسكر", "معسكرات", "مطار", "تجمعات", "تحصينات",
        "مخازن", "منصات", "دوريه", "دوريات", "ارتال", "رتل",
    };

    /// <summary>How far before or after an aiming word its weapon may stand in the clause.</summary>
    private const int WeaponReach = 6;

    /// <summary>
    /// Whether aiming word k is an attack: an armed side aims, a weapon or strike stands in its clause before or after it
    /// ("الضربة استهدفت", "استهدفت ... بصواريخ"), or what is aimed at is a military site ("استهداف مطار", "استهدفت مواقع").
    /// </summary>
    private bool AimsForce(int k, int last, int start, int end, EventArgument? source)
    {
        if (IsArmedSide(source) || (last + 1 < end && MilitarySites.Contains(WithoutArticle(_tokens[last + 1]))))
        {
            return true;
        }

        for (var j = k - 1; j >= start && j >= k - WeaponReach; j--)
        {
            if (WeaponWords.Contains(WithoutArticle(_tokens[j])))
            {
                return true;
            }

            if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key) && _tokens[j].Key is not ("التي" or "الذي"))
            {
                break;
            }
        }

        for (var j = last + 1; j < end && j <= last + WeaponReach; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                break;
            }

            if (WeaponWords.Contains(WithoutArticle(_tokens[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What stands as the subject of a verb of force just before it.</summary>
    private enum Instrument
    {
        /// <summary>No weapon or strike.</summary>
        None,

        /// <summary>A weapon that no event was coded on ("الضربة استهدفت", "الصواريخ التي استهدفت"): the verb stands without an author.</summary>
        Uncoded,

        /// <summary>
        /// A noun coded as an event itself, or a definite one that refers back to an event ("غارات استهدفت", "التفجير يستهدف"):
        /// the verb describes that event.
        /// </summary>
        Coded,
    }

    /// <summary>
    /// The instrument subject of verb k of force: a weapon or strike word just before it, with only adjectives, a count or a
    /// relative pronoun, an auxiliary or "غير" and its adjective between ("الضربة استهدفت", "الصواريخ الأمريكية التي استهدفت").
    /// </summary>
    private Instrument InstrumentSubject(int k, int start, HashSet<string> instruments)
    {
        // "سقطت الطائرة وقتل الشاب": a verb joined by و starts a clause of its own; the noun before is the other verb's.
        if (_tokens[k].Segments is [{ Role: SegmentRole.Conjunction }, ..])
        {
            return Instrument.None;
        }

        for (var j = k - 1; j >= start && j >= k - 5; j--)
        {
            var token = _tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                return Instrument.None;
            }

            if (instruments.Contains(WithoutArticle(token)) && !token.Has(SegmentRole.Preposition))
            {
                // A definite event noun the stage left uncoded ("إن التفجير يستهدف") refers back to an attack told before,
                // unless a past verb tells a strike again (EventFinder.RetoldStrikes).
                // The weapon an interception stopped ("اعتراض سبعة صواريخ أطلقتها") is its object, not an attack of its own.
                var coded = _events.Exists(e => e.Trigger.Start <= token.Span.Start && token.Span.End <= e.Trigger.End && !IsInterception(e))
                    || (IsDefinite(j) && _readings.Lexeme(j) is { Kind: EventWordKind.Noun, Next.Count: 0 } && !RetellsStrike(j, k));
                return coded ? Instrument.Coded : Instrument.Uncoded;
            }

            // "هجمات إرهابية كانت تستهدف", "وهجمات غير متوقعة استهدفت": an auxiliary or a negated adjective may stand between.
            if (!(RelativePronouns.Contains(token.Key) || IsNisba(token.Key) || Auxiliaries.Contains(token.Key) || token.Key == "غير"
                || (j - 1 >= start && _tokens[j - 1].Key == "غير")))
            {
                return Instrument.None;
            }
        }

        return Instrument.None;
    }

    /// <summary>
    /// The token's folded key without a leading و or ف, a preposition clitic ب or ك (before the article, "بالصواريخ", or
    /// before the bare noun as the segmenter read it, "بصواريخ"), and the article (<see cref="WithoutArticle(string)"/>).
    /// </summary>
    private static string WithoutArticle(Token token)
    {
        var key = ArticleActors.WithoutConjunction(token.Key);
        if (key.Length > 4 && key[0] is 'ب' or 'ك' && (key.AsSpan(1).StartsWith("ال") || token.Has(SegmentRole.Preposition)))
        {
            key = key[1..];
        }

        return WithoutArticle(key);
    }
}
