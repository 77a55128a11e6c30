using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Phrases that threaten ("سيدفع الثمن"، "عواقب وخيمة"، "لن نسمح"، "سنرد"، "رد حاسم"، "سيندم"): a plain statement whose
/// words use one of them about an actor threatens that actor, which CAMEO codes 130, not 010 (gold/README.md, events: the
/// speech's more specific act replaces 010). Each is the speaker's promise of a cost to someone; "سندفع الثمن" (we will pay)
/// and "دفع ثمن" in the past are reports of a cost, not threats, and are left out.
/// </summary>
internal static class ThreatPhrases
{
    /// <summary>Futures of "pay" whose subject is someone else (folded, without a leading و or ف); the price follows.</summary>
    private static readonly HashSet<string> WillPay = new(StringComparer.Ordinal) { "سيدفع", "ستدفع", "سيدفعون", "ستدفعون", "سيدفعان", "ستدفعان" };

    /// <summary>Words that promise the speaker will not stand by (after لن, folded).</summary>
    private static readonly HashSet<string> WillNotAllow = new(StringComparer.Ordinal) { "نسمح", "نتردد", "نقف", "نتهاون", "نسكت" };

    /// <summary>Adjectives of a response that threaten ("رد حاسم"، "ردا قاسيا"), folded.</summary>
    private static readonly HashSet<string> HarshResponse = new(StringComparer.Ordinal)
    {
        "حاسم", "حاسما", "قاس", "قاسيا", "قوي", "قويا", "موجع", "موجعا", "مزلزل", "مزلزلا", "مدمر", "مدمرا",
    };

    /// <summary>Whether a threatening phrase starts at one of the tokens in [from, to).</summary>
    public static bool AnyIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to && k < tokens.Count; k++)
        {
            if (StartsAt(tokens, k, to))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsAt(IReadOnlyList<Token> tokens, int k, int to)
    {
        var key = ArticleActors.WithoutConjunction(tokens[k].Key);
        var next = k + 1 < to && k + 1 < tokens.Count ? ArticleActors.WithoutConjunction(tokens[k + 1].Key) : "";
        return key switch
        {
            _ when WillPay.Contains(key) => next.StartsWith("ثمن", StringComparison.Ordinal) || next.StartsWith("الثمن", StringComparison.Ordinal),
            "عواقب" or "العواقب" => next is "وخيمه" or "الوخيمه",
            "سيندم" or "ستندم" or "سيندمون" or "ستندمون" or "سنرد" => true,
            "لن" => WillNotAllow.Contains(next),
            "رد" or "ردا" or "برد" or "الرد" => HarshResponse.Contains(next) || HarshResponse.Contains(next.StartsWith("ال", StringComparison.Ordinal) ? next[2..] : next),
            _ => false,
        };
    }
}
