using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "ووصل ظريف صباح الاثنين إلى دمشق"، "وسيتوجه رئيس الوزراء الإيطالي إلى كندا"، "غريفيث، الذي وصل السبت إلى صنعاء": news
/// tells a visit (042) by the traveller's arrival as often as by زار, and the gold codes it so, with the place reached as
/// the target. The verbs alone are no event: nearly all of them carry amounts, prices and migrants ("وصل الدولار إلى",
/// "يصل إلى 35 عاما", "وصل مئات المهاجرين إلى"), so only a person the linker named, travelling to a place it named, is
/// read, and not on a sport page, where players and teams arrive for matches.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms of وصل "arrived" and توجه "headed" (folded, without و), past, present and future.</summary>
    private static readonly HashSet<string> ArrivalVerbs = new(StringComparer.Ordinal)
    {
        "وصل", "وصلت", "وصلا", "وصلتا", "يصل", "تصل", "يصلان", "تصلان", "سيصل", "ستصل", "سيصلان", "ستصلان",
        "توجه", "توجهت", "توجها", "توجهتا", "يتوجه", "تتوجه", "يتوجهان", "سيتوجه", "ستتوجه", "سيتوجهان",
    };

    /// <summary>How many words after the traveller (or the verb) the preposition إلى may stand: a time, a comma.</summary>
    private const int ArrivalWindow = 6;

    /// <summary>Codes an arrival at token k as the traveller's visit to the place reached; returns whether it did.</summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool ArrivalEvent(int k)
    {
        // Every token comes here: a test of what every form has (three to eight letters, صل or جه in them) turns nearly
        // every token away before the hash; a lone ص or ج let through every word of the army (الجيش) or the foreign
        // ministry (الخارجية). "وصل" may be read with its و as a conjunction, so the key is tried as written first and then
        // without و/ف, as a span (ArticleActors.Lists).
        var key = _tokens[k].Key;
        if (key.Length is < 3 or > 8 || !HoldsArrivalLetters(key) || !ArticleActors.Lists(ArrivalVerbs, key))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        if (SportContext.Of(_doc))
        {
            return false;
        }

        var traveller = TravellerBefore(k, start);
        var from = k + 1;
        if (traveller is null && NextActor(k + 1, end) is { Entity.Type: EntityType.Person, Preposition: null } after)
        {
            traveller = after;
            from = after.Last + 1;
        }

        if (traveller is not { } person || (key.Contains("جه", StringComparison.Ordinal) && AddressedWith(from, end)) || PlaceReached(from, end) is not { } place)
        {
            return false;
        }

        var bare = ArticleActors.WithoutConjunction(key);
        // "سيصل"، "ستتوجه": the future prefix before a present form, or سوف (or وسوف) before the verb.
        var future = (bare[0] == 'س' && ArrivalVerbs.Contains(bare[1..])) || EventModality.IsFuture(_tokens, k, start, EventWordKind.Verb);
        var negated = EventModality.IsNegated(_tokens, k, start, EventWordKind.Verb);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, EventWordKind.Verb);
        Add(_tokens[k].Span, k, sentence, future ? Intent("042") : "042", person.Argument, [place], negated, hypothetical, EventBasis.Trigger);
        return true;
    }

    /// <summary>
    /// Whether the key holds صل or جه, which every form of <see cref="ArrivalVerbs"/> holds. One loop over its few letters:
    /// two <c>string.Contains</c> calls, each a vectorized search set up for a word of three to eight letters, cost about 3 % of
    /// the event stage when every token was asked (docs/PERFORMANCE.md, wt-perf24).
    /// </summary>
    private static bool HoldsArrivalLetters(string key)
    {
        for (var i = 1; i < key.Length; i++)
        {
            if ((key[i] == 'ل' && key[i - 1] == 'ص') || (key[i] == 'ه' && key[i - 1] == 'ج'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="j"/> opens with the preposition ب: "توجه بالشكر إلى السعودية"، "يتوجه الوزير
    /// برسالة إلى": توجه with ب addresses thanks, an appeal or a letter to a place's people, no journey (وصل with ب is
    /// still one: "وصل بطائرة خاصة إلى", so only توجه asks this).
    /// </summary>
    private bool AddressedWith(int j, int end) =>
        j < end && _tokens[j].Segments is [{ Role: SegmentRole.Preposition } first, _, ..] && _doc.Text[first.Span.Start] == 'ب';

    /// <summary>
    /// The person named right before the verb: its subject ("ظريف وصل") or the antecedent of a relative clause ("غريفيث،
    /// الذي وصل"); null when none stands there.
    /// </summary>
    private ActorMention? TravellerBefore(int k, int start)
    {
        var j = k - 1;
        if (j >= start && RelativePronouns.Contains(_tokens[j].Key))
        {
            j--;
            if (j >= start && _tokens[j].Key is "،" or ",")
            {
                j--;
            }
        }

        return j >= start && _actors.EndingAt(j) is { Entity.Type: EntityType.Person, Preposition: null } m ? m : null;
    }

    /// <summary>
    /// The place after إلى within <see cref="ArrivalWindow"/> words from <paramref name="from"/> (times and commas do not
    /// count): a city, region or country the linker named, after a noun of place or not; null when a clause word or another name comes first.
    /// </summary>
    private ActorMention? PlaceReached(int from, int end)
    {
        var words = 0;
        for (var j = from; j < end && words < ArrivalWindow; j++)
        {
            var token = _tokens[j];
            if (_inTime[j] || token.Key is "،" or ",")
            {
                continue;
            }

            words++;
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (key == "الي")
            {
                // "إلى العاصمة صنعاء": a noun of place may stand before the name (PlaceStruck).
                return j + 1 < end && PlaceStruck(j + 1) is { InDateline: false } place ? place : null;
            }

            if (token.Kind != TokenKind.Word || ClauseStops.Contains(key) || _actors.StartingAt(j) is not null)
            {
                return null;
            }
        }

        return null;
    }
}
