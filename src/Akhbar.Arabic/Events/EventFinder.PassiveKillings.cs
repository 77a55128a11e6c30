using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "إن خاشقجي قتل داخل القنصلية"، "ثمانية أشخاص قتلوا السبت في أعمال عنف"، "محمد بدوان قتل بعد إصابته": news text writes
/// the passive of قتل without its vowels, so a killing verb with a noun before it reads as that noun's act. When nothing the
/// verb could take as its object follows it (a preposition, an adverb of place or time, the end of the clause), the verb is
/// the passive and the noun before it is the dead: a casualty clause with no author, which gold/README.md does not count as
/// an event (unlike EventFinder.CasualtyClauses it needs no attack named after it, since the event was wrong in both its
/// actors, the dead as author and the place or time as target). A killer named after the verb ("على يد"، "برصاص"، "بنيران")
/// is left to the rules that read it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words that follow a passive killing and can be no object of the active verb (folded, without و or ف).</summary>
    private static readonly HashSet<string> PassiveKillingFollowers = new(StringComparer.Ordinal)
    {
        "في", "داخل", "خلال", "اثناء", "بعد", "قبل", "جراء", "اثر", "عقب", "بسبب", "نتيجه", "لدي", "هناك", "منذ", "عندما", "حين",
        "حيث", "علي", "عن", "من", "امام", "قرب", "بالقرب", "ايضا", "كذلك",

        // The dead counted apart after the verb ("4 أشخاص قتلوا، بينهم السائق").
        "بينهم", "بينهن", "منهم", "منهن", "معظمهم", "اغلبهم",

        // The wounded told with the dead by the passive of أصاب ("بأن طفلا قتل وأصيب أربعة مدنيين"), whose active is أصاب.
        "اصيب", "اصيبوا", "اصيبت", "اصيبا",
    };

    /// <summary>Words that name the killer after a passive verb ("على يد"، "برصاص"، "بنيران"، "من قبل"), folded.</summary>
    private static readonly HashSet<string> KillerMarkers = new(StringComparer.Ordinal)
    {
        "يد", "يدي", "ايدي", "برصاص", "بنيران", "بيد", "برصاصه", "بايدي",
    };

    /// <summary>How many words after a passive killing verb may name its killer.</summary>
    private const int KillerReach = 4;

    /// <summary>Removes killings (193) whose verb, with nothing after it to be its object, is a passive with no author named.</summary>
    private void PassiveKillings() => _events.RemoveAll(IsPassiveKilling);

    private bool IsPassiveKilling(CodedEvent e)
    {
        if (e.Basis != EventBasis.Trigger || e.Cameo != "193" || ArticleActors.TokenAt(_tokens, e.Trigger.Start) is not (>= 0 and var k)
            || _tokens[k].Has(SegmentRole.Pronoun) || _readings.Lexeme(k) is not { Kind: EventWordKind.Verb, Lemma: "قتل" })
        {
            return false;
        }

        // "نحو خمسة آلاف سجين قتلوا خلال بضعة أشهر عام 1988": dead counted in thousands may be a mass killing told as background,
        // which the gold codes at the verb (gold/events-test4); such a count stays.
        var start = _sentenceStart[_sentenceOf[k]];
        // The thousands may stand before the count nearest the verb ("ثلاثة آلاف و500 سجين قتلوا").
        if (CountedPatient(k, start) is >= 0 and var counted && CountsThousands(Math.Max(start, Math.Min(counted, k - 6)), k))
        {
            return false;
        }

        // "قتلوا الجمعة خمسة أشخاص"، "وقتلت، الثلاثاء، العشرات": a time between the verb and its object, set off by commas or
        // not, is passed over; a comma before anything else ends the clause ("17 متمردا قتلوا، مشيرة إلى").
        var end = _sentenceEnd[_sentenceOf[k]];
        var j = k + 1;
        var afterTime = false;
        while (j < end)
        {
            if (_inTime[j])
            {
                afterTime = true;
                j++;
            }
            else if (_tokens[j].Key is "،" or "," && (afterTime || (j + 1 < end && _inTime[j + 1])))
            {
                j++;
            }
            else if (_tokens[j].Key is "،" or "," && SetOffWord(j) is > 0 and var after)
            {
                // "وقتلت، الثلاثاء، العشرات": one or two words between commas are set off.
                j = after;
            }
            else
            {
                break;
            }
        }

        if (j < end && OpensSentenceWithCount(k, j))
        {
            // "وقتل 89 جهاديا خلال الفترة ذاتها"، "قتل جنديان مصريان": a sentence opened by the verb with a count after it counts
            // the dead; a killer may be named anywhere in the clause ("قتل 17 مقاتلا ... على يد مسلحين").
            return !KillerNamed(k + 1, end);
        }

        // A name that folds like a follower is an object ("قتلوا علي عبد الله صالح": علي is على folded).
        if (j < end && !(_tokens[j].Kind == TokenKind.Punctuation && _tokens[j].Key is "." or "؛" or ":" or "،" or ",")
            && (!PassiveKillingFollowers.Contains(ArticleActors.WithoutConjunction(_tokens[j].Key)) || _actors.StartingAt(j) is not null))
        {
            return false;
        }

        return !KillerNamed(k + 1, Math.Min(end, k + KillerReach + 1));
    }

    /// <summary>
    /// Whether the killing verb at token <paramref name="k"/> opens its sentence (with و or ف on it at most) and token
    /// <paramref name="j"/> after it is a number or a word of count ("عشرات"، "ثلاثة"), or a dual of the dead followed by its
    /// adjective ("جنديان مصريان").
    /// </summary>
    private bool OpensSentenceWithCount(int k, int j)
    {
        if (k != _sentenceStart[_sentenceOf[k]])
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        return _tokens[j].Kind == TokenKind.Number || CountWords.Contains(key) || (key.EndsWith("ان", StringComparison.Ordinal) && key.Length > 4
            && j + 1 < _tokens.Length && IsNisba(_tokens[j + 1].Key) && !_tokens[j].Has(SegmentRole.Article));
    }

    /// <summary>Whether a word from <paramref name="from"/> up to the verb at <paramref name="k"/> counts thousands ("آلاف"، "ألف"; folded).</summary>
    private bool CountsThousands(int from, int k)
    {
        for (var m = from; m < k; m++)
        {
            if (ArticleActors.WithoutConjunction(_tokens[m].Key) is "الاف" or "الف")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token after a comma that closes one or two words set off by the comma at <paramref name="j"/>, or -1.</summary>
    private int SetOffWord(int j)
    {
        for (var m = j + 2; m <= j + 3 && m < _tokens.Length; m++)
        {
            if (_tokens[m].Key is "،" or ",")
            {
                return _tokens[m - 1].Kind == TokenKind.Word && _tokens[j + 1].Kind == TokenKind.Word ? m + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a word from <paramref name="from"/> up to (not including) <paramref name="to"/> names a killer ("على يد"، "برصاص"، "من قبل").</summary>
    private bool KillerNamed(int from, int to)
    {
        for (var m = from; m < to; m++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[m].Key);
            if (KillerMarkers.Contains(key) || (key == "قبل" && _tokens[m - 1].Key == "من"))
            {
                return true;
            }
        }

        return false;
    }
}
