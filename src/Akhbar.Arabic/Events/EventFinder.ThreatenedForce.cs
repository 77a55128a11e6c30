using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A noun of force that a threat or a warning governs names what is threatened or feared, not an attack that took place:
/// "هدد التنظيم بشن هجمات قبل الانتخابات"، "وتهدد بعملية عسكرية"، "وحذرت روسيا البلدان الغربية من شن عمليات عسكرية"،
/// "توعد الحوثيون بشن هجمات على السفن". CAMEO codes the threat (13x, 138 for military force) and the gold codes only the
/// threat, never the attack as done; coded as a fact the noun was a battle (190) with no actor that no one fought.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Folded forms, without a leading و, of the verbs, participles and nouns of threatening and warning that take what they
    /// threaten after ب (هدد، توعد، لوح) or what they warn of after من (حذر).
    /// </summary>
    private static readonly HashSet<string> ThreatGoverningWords = new(StringComparer.Ordinal)
    {
        "هدد", "هددت", "هددوا", "هددا", "يهدد", "تهدد", "يهددون", "نهدد", "مهددا", "مهدده", "مهددين", "مهددون",
        "تهديد", "تهديدات", "التهديد", "التهديدات", "بالتهديد", "تهديده", "تهديدها", "تهديداته", "تهديداتها", "تهديدهم",
        "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "متوعدا", "متوعده",
        "لوح", "لوحت", "لوحوا", "يلوح", "تلوح", "ملوحا", "ملوحه", "التلويح", "بالتلويح",
        "حذر", "حذرت", "حذروا", "يحذر", "تحذر", "نحذر", "محذرا", "محذره", "محذرين", "تحذير", "تحذيرات", "التحذير", "التحذيرات",
    };

    /// <summary>Folded verbal nouns of launching or carrying out between the threat and the noun of force ("بشن هجمات"، "من تنفيذ عملية").</summary>
    private static readonly HashSet<string> LaunchingNouns = new(StringComparer.Ordinal) { "شن", "تنفيذ", "القيام", "ارتكاب" };

    /// <summary>How many words may stand between the threat word and ب or من: a subject and an object ("حذرت روسيا البلدان الغربية من").</summary>
    private const int ThreatReach = 4;

    /// <summary>
    /// Whether noun k of force (18-20) is the content of a threat or warning: after ب or من, itself or through a verbal noun
    /// of launching ("بشن"، "من شن"), with a word of threatening or warning at most <see cref="ThreatReach"/> words before
    /// that, in its clause.
    /// </summary>
    private bool IsThreatenedForce(int k, int start, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || !IsForce(lexeme.Cameo) || k - 1 < start)
        {
            return false;
        }

        var head = k;
        if (LaunchedBy(_tokens[k - 1]) is { } launching)
        {
            head = k - 1;
            if (launching)
            {
                // "بشن هجمات": the preposition is on the verbal noun.
                return ThreatWordBefore(head, start);
            }
        }

        if (HasLeadingBa(_tokens[head]))
        {
            return ThreatWordBefore(head, start);
        }

        return head - 1 >= start && _tokens[head - 1].Key == "من" && ThreatWordBefore(head - 1, start);
    }

    /// <summary>
    /// For a verbal noun of launching: true when it carries ب ("بشن"), false when it stands bare ("من شن"); null for any other word.
    /// </summary>
    private static bool? LaunchedBy(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(token.Key);
        if (LaunchingNouns.Contains(key))
        {
            return false;
        }

        return key.Length > 2 && key[0] == 'ب' && LaunchingNouns.Contains(key[1..]) ? true : null;
    }

    /// <summary>Whether a word opens with the preposition ب ("بعملية"، "بالهجوم"), after any و.</summary>
    private static bool HasLeadingBa(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunctionSpan(token.Key);
        return key.Length > 2 && key[0] == 'ب';
    }

    /// <summary>Whether a word of threatening or warning stands within <see cref="ThreatReach"/> words before token at, in its clause.</summary>
    private bool ThreatWordBefore(int at, int start)
    {
        for (var j = at - 1; j >= start && j >= at - ThreatReach; j--)
        {
            var token = _tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var key = ArticleActors.WithoutConjunction(token.Key);
            if (ThreatGoverningWords.Contains(key))
            {
                return true;
            }

            if (ClauseStops.Contains(key))
            {
                return false;
            }
        }

        return false;
    }
}
