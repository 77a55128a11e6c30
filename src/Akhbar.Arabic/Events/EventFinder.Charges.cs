using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Acts inside a charge: "اتهمت الحكومة البريطانية الاستخبارات الروسية بشن هجمات إلكترونية"، "على خلفية اتهام النظام بقصف مدينة
/// دوما"، "المتهم بسلسلة اعتداءات"، "دانه محلفون بتهمة الشروع في القتل في هجوم". The accusation is the event (112, or the
/// charge a court tried); the act it names is alleged, not reported, and the gold does not code it ("Events reported inside a
/// statement are annotated ... when the text presents them as facts"). <see cref="IsCaseReference"/> already skips a noun right
/// after a word of the charge ("بتهمة اغتيال"); this reaches the act across the accused and the verbal noun that carries it
/// ("بشن"، "بتدبير"، "بالوقوف وراء محاولة").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words before a noun of force a word of the charge may stand.</summary>
    private const int ChargeReach = 8;

    /// <summary>
    /// The beginnings of the words of accusing and of the accused, folded, after the article: the verb in every person (اتهم،
    /// يتهم، تتهم، نتهم), its verbal noun (اتهام، اتهامات) and participle (متهم، المتهمين).
    /// </summary>
    private static readonly string[] AccusationStems = ["اتهام", "اتهم", "يتهم", "تتهم", "نتهم", "متهم"];

    /// <summary>
    /// Whether noun k of protest or force is what a word of the charge up to <see cref="ChargeReach"/> words before it, in its
    /// clause, accuses someone of. A comma, a clause word (other than بأن, which opens the charge's content: "اتهمه بأنه"),
    /// or the start of the sentence ends the search.
    /// </summary>
    private bool IsChargedAct(int k, int start, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || Root(lexeme.Cameo) is not ("14" or "18" or "19" or "20"))
        {
            return false;
        }

        for (var j = k - 1; j >= start && j >= k - ChargeReach; j--)
        {
            var token = _tokens[j];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (token.Kind == TokenKind.Punctuation || (ClauseStops.Contains(key) && !key.StartsWith("با", StringComparison.Ordinal)))
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && IsChargeWord(WithoutProclitics(token) ?? key, token.Has(SegmentRole.Preposition)))
            {
                // "حكمت المحكمة على 72 متهما بالسجن لدورهم في اشتباكات": counted, the participle names defendants, and
                // what a court convicted them for is told as a fact.
                return !(key.StartsWith("متهم", StringComparison.Ordinal) && j - 1 >= start && _tokens[j - 1].Kind == TokenKind.Number);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a folded word, taken from its article or stem on, is a word of the charge: one of <see cref="AccusationStems"/>, the
    /// noun تهمة, or its plural تهم after a preposition ("بتهم"; alone تهم is also "concerns": "قضايا تهم المواطنين").
    /// </summary>
    private static bool IsChargeWord(string word, bool afterPreposition)
    {
        var bare = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        return bare == "تهمه" || (afterPreposition && bare == "تهم") || Array.Exists(AccusationStems, s => bare.StartsWith(s, StringComparison.Ordinal));
    }
}
