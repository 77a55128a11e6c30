using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The words by which a statement threatens, the one place for them: phrases that promise a cost ("سيدفع الثمن"، "عواقب
/// وخيمة"، "لن نسمح"، "سنرد"، "رد حاسم"، "سيندم": <see cref="AnyIn"/>) and a response of a third person promised with a manner,
/// a condition or an object that makes it one ("سترد بالمثل"، "سيتم الرد عليه بقوة"، "سترد إذا": <see cref="PromisedResponseIn"/>).
/// A plain statement whose words hold one threatens, which CAMEO codes 130, not 010 (gold/README.md, events: the speech's
/// more specific act replaces 010); the event stage finds whom (EventFinder.Threats). Each is the speaker's promise of a
/// cost to someone; "سندفع الثمن" (we will pay) and "دفع ثمن" in the past are reports of a cost, not threats, and are left
/// out; so is a bare future "سترد في الوقت اللازم" (a ministry will answer a request), a reply.
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

    /// <summary>Futures of "respond" of a third person (folded, without a leading و or ف): "سترد"، "سيرد"، "سيردون".</summary>
    private static readonly HashSet<string> WillRespond = new(StringComparer.Ordinal) { "سيرد", "سترد", "سيردون", "سيردان", "ستردان" };

    /// <summary>Presents of "respond" after سوف ("سوف ترد"، "سوف نرد"), folded.</summary>
    private static readonly HashSet<string> RespondPresents = new(StringComparer.Ordinal) { "يرد", "ترد", "نرد", "يردون" };

    /// <summary>
    /// Words of manner right after a promised response that make it a threat (folded): "بالمثل"، "بقوة"، "عسكريا". Speed is not
    /// one of them: "سترد بسرعة على استفسارات المواطنين" is a ministry answering; "بسرعة وبحزم" threatens by its second word.
    /// </summary>
    private static readonly HashSet<string> ResponseManners = new(StringComparer.Ordinal)
    {
        "بالمثل", "بقوه", "بالقوه", "بحزم", "عسكريا", "بصرامه",
    };

    /// <summary>
    /// Folded words of manner that say nothing by themselves ("بشكل"، "بطريقة"، "بكل"): a response so given threatens only
    /// when the word after them is one of force or fit retaliation ("بشكل مناسب"، "بكل حزم"), not "بشكل مفصل" or "بكل شفافية"
    /// (a ministry answering MPs' questions).
    /// </summary>
    private static readonly HashSet<string> GenericManners = new(StringComparer.Ordinal) { "بشكل", "بالشكل", "بطريقه", "بالطريقه", "بكل" };

    /// <summary>Folded words that, after a generic manner, make a response one of force.</summary>
    private static readonly HashSet<string> ForcefulManners = new(StringComparer.Ordinal)
    {
        "مناسب", "المناسب", "مناسبه", "المناسبه", "حاسم", "الحاسم", "حاسمه", "الحاسمه", "قوي", "القوي", "قويه", "القويه", "قوه",
        "حزم", "حسم", "حازم", "حازمه", "صارم", "الصارم", "صارمه", "الصارمه", "فوري", "فوريه", "قاس", "قاسي", "قاسيه", "عسكري", "عسكريه",
        "مماثل", "المماثل", "مماثله", "متناسب", "مولم", "موجع", "رادع", "الرادع", "رادعه",
    };

    // The lists looked up by a span of a key (StartsAt, PromisedResponseIn).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WillPaySpans = WillPay.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WillRespondSpans = WillRespond.GetAlternateLookup<ReadOnlySpan<char>>();

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
        // Every word of every statement comes here: the forms of WillPay all begin with the future's س, which turns nearly
        // every word away before the hash.
        if (key.Length > 0 && key[0] == 'س' && WillPaySpans.Contains(key))
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

    /// <summary>
    /// The token of the first promised response in [from, to) that is a threat by its manner, condition or object: the word
    /// of responding ("سترد") or, for "سيتم الرد"، "سوف ترد", the last word of the phrase. -1 when there is none.
    /// </summary>
    public static int PromisedResponseIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // A span of the key, not a string: every word of a statement's reported words comes here.
            var key = ArticleActors.WithoutConjunctionSpan(tokens[k].Key);
            var last = -1;
            if (WillRespondSpans.Contains(key))
            {
                last = k;
            }
            else if (key is "سوف" && k + 1 < to && RespondPresents.Contains(tokens[k + 1].Key))
            {
                last = k + 1;
            }
            else if (key is "سيتم" or "ستتم" && k + 1 < to && tokens[k + 1].Key == "الرد")
            {
                last = k + 1;
            }
            else if (key is "سوف" && k + 2 < to && tokens[k + 1].Key == "يتم" && tokens[k + 2].Key == "الرد")
            {
                last = k + 2;
            }

            if (last >= 0 && IsThreateningResponse(tokens, last, to))
            {
                return last;
            }
        }

        return -1;
    }

    /// <summary>The next word token after <paramref name="j"/> and before <paramref name="to"/>, over marks and commas ("بشكل "مناسب""), or -1.</summary>
    private static int NextWord(ReadOnlySpan<Token> tokens, int j, int to)
    {
        for (var k = j + 1; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the words right after a response word make it a threat: a manner or a condition within two words (an object
    /// pronoun "عليه" or "بسرعة" may come first: "سيتم الرد عليه بقوة"، "سترد بسرعة وبحزم"), or "على أي" right after it or
    /// after those ("سترد على أي هجوم"). Punctuation between is skipped.
    /// </summary>
    private static bool IsThreateningResponse(ReadOnlySpan<Token> tokens, int word, int to)
    {
        for (int j = word + 1, seen = 0; j < to && seen < 2; j++)
        {
            // Quotation marks and commas do not count: "سيتم الرد عليه "بقوة"".
            if (tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            seen++;
            var key = tokens[j].Key;

            // A second manner comes with و ("بسرعة وبحزم"، "بسرعة وحزم"، "بسرعة وبشكل مناسب"); this path runs only after a
            // response word.
            var manner = ArticleActors.WithoutConjunction(key);
            if (ResponseManners.Contains(manner) || (manner.Length < key.Length && ForcefulManners.Contains(manner)) || key is "اذا" or "لو" || (key == "في" && j + 1 < to && tokens[j + 1].Key is "حال" or "حاله")
                || (GenericManners.Contains(manner) && NextWord(tokens, j, to) is var next && next >= 0 && ForcefulManners.Contains(tokens[next].Key)))
            {
                return true;
            }

            if (key == "علي" && j + 1 < to && tokens[j + 1].Key is "اي" or "ايه")
            {
                return true;
            }

            // An object pronoun or speed may come before what makes the threat: "الرد عليه بقوة"، "سترد بسرعة وبحزم".
            if (key is not ("عليه" or "عليها" or "عليهم" or "عليهما" or "بسرعه"))
            {
                return false;
            }
        }

        return false;
    }
}
