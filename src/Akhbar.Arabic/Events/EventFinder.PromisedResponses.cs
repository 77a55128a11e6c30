using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A statement whose words promise that the speaker's side will respond ("وقال لافروف إن بلاده سترد بالمثل على قرار
/// الولايات المتحدة"، "وأعلن ترمب أن الهجوم سيتم الرد عليه بقوة"، "روسيا سترد إذا شنت الولايات المتحدة هجوما") threatens
/// whoever it will respond to: CAMEO and the gold code it 13x, not 010 (gold/README.md, events: the speech's more specific
/// act replaces 010). The future alone is not enough: "سترد في الوقت اللازم" (a ministry will answer a request) replies;
/// the response must be given a manner that makes it one (بالمثل، بقوة، بحزم، عسكريا، بشكل/بطريقة ...), a condition (إذا،
/// لو، في حال) or an object "على أي ..." right after it. The side that responds must be the speaker's: a response
/// promised by an actor named right before the word who is neither the speaker nor of the speaker's country is someone
/// else's, which the speaker only foresees. The target is the first actor after the word, in the words' first sentence,
/// that is neither (the author of the decision or the attack responded to); with none the threat has no target, as the
/// gold codes a response to an attack whose author the words do not name.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Futures of "respond" of a third person (folded, without a leading و or ف): "سترد"، "سيرد"، "سيردون".</summary>
    private static readonly HashSet<string> WillRespond = new(StringComparer.Ordinal) { "سيرد", "سترد", "سيردون", "سيردان", "ستردان" };

    /// <summary>Presents of "respond" after سوف ("سوف ترد"، "سوف نرد"), folded.</summary>
    private static readonly HashSet<string> RespondPresents = new(StringComparer.Ordinal) { "يرد", "ترد", "نرد", "يردون" };

    /// <summary>Words of manner right after a promised response that make it a threat (folded): "بالمثل"، "بقوة"، "عسكريا".</summary>
    private static readonly HashSet<string> ResponseManners = new(StringComparer.Ordinal)
    {
        "بالمثل", "بقوه", "بالقوه", "بحزم", "عسكريا", "بصرامه", "بسرعه",
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
        "حزم", "حازم", "حازمه", "صارم", "الصارم", "صارمه", "الصارمه", "فوري", "فوريه", "قاس", "قاسي", "قاسيه", "عسكري", "عسكريه",
        "مماثل", "المماثل", "مماثله", "متناسب", "مولم", "موجع", "رادع", "الرادع", "رادعه",
    };

    /// <summary>Recodes a plain statement whose words promise the speaker's side's response as a threat (130).</summary>
    private void PromisedResponses()
    {
        if (_codes.Find("130") is not { } threat)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement) || statement.Source is not { } speaker || IsRelayer(speaker)
                || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = WordsEndInSentence(first, words);
            var response = PromisedResponseIn(first, end);
            if (response < 0 || ResponderIsOtherSide(first, response, speaker))
            {
                continue;
            }

            var recoded = Recoded(statement, threat);
            for (var k = response + 1; k < end; k++)
            {
                if (_actors.StartingAt(k) is { IsActor: true } m && !SameActor(m.Argument, speaker) && !SameSide(m.Argument, speaker))
                {
                    recoded = recoded with { Target = m.Argument };
                    break;
                }
            }

            _events[i] = recoded;
        }
    }

    /// <summary>
    /// The token of the first promised response in [from, to) that is a threat by its manner, condition or object: the word
    /// of responding ("سترد") or, for "سيتم الرد"، "سوف ترد", the last word of the phrase. -1 when there is none.
    /// </summary>
    private int PromisedResponseIn(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
            var last = -1;
            if (WillRespond.Contains(key))
            {
                last = k;
            }
            else if (key == "سوف" && k + 1 < to && RespondPresents.Contains(_tokens[k + 1].Key))
            {
                last = k + 1;
            }
            else if (key is "سيتم" or "ستتم" && k + 1 < to && _tokens[k + 1].Key == "الرد")
            {
                last = k + 1;
            }
            else if (key == "سوف" && k + 2 < to && _tokens[k + 1].Key == "يتم" && _tokens[k + 2].Key == "الرد")
            {
                last = k + 2;
            }

            if (last >= 0 && IsThreateningResponse(last, to))
            {
                return last;
            }
        }

        return -1;
    }

    /// <summary>The next word token after <paramref name="j"/> and before <paramref name="to"/>, over marks and commas ("بشكل "مناسب""), or -1.</summary>
    private int NextWord(int j, int to)
    {
        for (var k = j + 1; k < to; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the words right after a response word make it a threat: a manner or a condition within two words (an object
    /// pronoun "عليه" may come first: "سيتم الرد عليه بقوة"), or "على أي" right after it ("سترد على أي هجوم"). Punctuation
    /// between is skipped.
    /// </summary>
    private bool IsThreateningResponse(int word, int to)
    {
        for (int j = word + 1, seen = 0; j < to && seen < 2; j++)
        {
            // Quotation marks and commas do not count: "سيتم الرد عليه "بقوة"".
            if (_tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            seen++;
            var key = _tokens[j].Key;
            if (ResponseManners.Contains(key) || key is "اذا" or "لو" || (key == "في" && j + 1 < to && _tokens[j + 1].Key is "حال" or "حاله")
                || (GenericManners.Contains(key) && NextWord(j, to) is var next && next >= 0 && ForcefulManners.Contains(_tokens[next].Key)))
            {
                return true;
            }

            if (key == "علي" && j + 1 < to && _tokens[j + 1].Key is "اي" or "ايه")
            {
                return true;
            }

            if (key is not ("عليه" or "عليها" or "عليهم" or "عليهما"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the response is promised for an actor other than the speaker's side: an actor named right before the response
    /// word (its subject: "إن الاتحاد الأوروبي سيرد") that is neither the speaker nor of the speaker's country.
    /// </summary>
    private bool ResponderIsOtherSide(int from, int response, EventArgument speaker)
    {
        var before = response - 1;
        while (before >= from && _tokens[before].Kind != TokenKind.Word)
        {
            before--;
        }

        // The subject opens its clause (after إن، أن، بأن or at the start of the words): "في غوطة دمشق سيتم الرد" has a
        // city in a genitive there, not the side that responds.
        return before >= from && _actors.EndingAt(before) is { IsActor: true } subject
            && (subject.First <= from || ArticleActors.WithoutConjunction(_tokens[subject.First - 1].Key) is "ان" or "بان" or "لان")
            && !SameActor(subject.Argument, speaker) && !SameSide(subject.Argument, speaker);
    }
}
