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

    // The three lists looked up by a span of a key (StartsAt).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WillPaySpans = WillPay.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WillNotAllowSpans = WillNotAllow.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HarshResponseSpans = HarshResponse.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a threatening phrase starts at one of the tokens in [from, to).</summary>
    public static bool AnyIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to && k < tokens.Length; k++)
        {
            if (StartsAt(tokens, k, to))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsAt(ReadOnlySpan<Token> tokens, int k, int to)
    {
        // Spans of the keys, not strings: every word of a statement's reported words comes here, and nearly all fail.
        var key = ArticleActors.WithoutConjunctionSpan(tokens[k].Key);
        var next = k + 1 < to && k + 1 < tokens.Length ? ArticleActors.WithoutConjunctionSpan(tokens[k + 1].Key) : [];
        if (WillPaySpans.Contains(key))
        {
            // "سيدفعون ثمن ذلك"، "ستدفع ثمنا باهظا"; not the price of a thing bought ("سيدفعون ثمنها").
            return (next.StartsWith("ثمن", StringComparison.Ordinal) && next is not ("ثمنه" or "ثمنها" or "ثمنهم" or "ثمنهما"))
                || next.StartsWith("الثمن", StringComparison.Ordinal);
        }

        return key switch
        {
            "عواقب" or "العواقب" => next is "وخيمه" or "الوخيمه",
            "سيندم" or "ستندم" or "سيندمون" or "ستندمون" or "سنرد" => true,
            "لن" => WillNotAllowSpans.Contains(next),
            "رد" or "ردا" or "برد" or "الرد" => HarshResponseSpans.Contains(next) || HarshResponseSpans.Contains(next.StartsWith("ال", StringComparison.Ordinal) ? next[2..] : next),
            _ => false,
        };
    }
}
