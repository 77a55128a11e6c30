namespace Akhbar.Arabic.Events;

/// <summary>
/// One test before the word rules of the main loop: <see cref="DescribedAs"/>, <see cref="ReceptionEvent"/>,
/// <see cref="SentencingEvent"/>, <see cref="SupportedByEvent"/>, <see cref="BackedSideEvent"/>,
/// <see cref="SupportingSideEvent"/>, <see cref="SupportNounEvent"/>, <see cref="ArrivalEvent"/> and
/// <see cref="SuppliedArmsEvent"/> each open by comparing the token's key with a short list of forms, and nearly every
/// token of a text fails all nine; asked one after the other they were about a tenth of the event stage
/// (docs/PERFORMANCE.md, wt-perf25). The key's last three letters are tested once against the endings of all their
/// forms, and a token that ends like none of them skips the nine rules, which would each have turned it away.
/// </summary>
/// <remarks>
/// Why no token a rule would read is turned away: each rule compares its forms with the key as written or with the key
/// less letters cut from its front (a leading و or ف, a preposition ب or ل, the article), and cutting the front leaves
/// the ending as it is. Only the supply words are also read less a pronoun at their end ("تزويدها"), so they are listed
/// with each such pronoun as well. A key shorter than three letters always passes (<see cref="EndingFilter"/>), and every
/// form has three letters or more.
/// </remarks>
internal sealed partial class EventFinder
{
    /// <summary>Whether a token with this key may be the word of one of the nine rules above; false means none of them reads it.</summary>
    internal static bool MayOpenWordRule(string key) => WordRuleForms.Endings.MayEndLikeAForm(key);

    /// <summary>
    /// The forms the nine rules compare keys with, from the rules' own lists. A class of its own so that it is made on
    /// first use, once the finder's static lists (in its other files, whose order of initialization is not defined)
    /// exist.
    /// </summary>
    internal static class WordRuleForms
    {
        public static readonly EndingFilter Endings = new(All());

        /// <summary>Every form, with the supply words also with each pronoun ending they may carry.</summary>
        public static IEnumerable<string> All() =>
            DescribeForms.Concat(DescribeFormsWithPronoun).Concat(DescribingParticiples)
                .Concat(ReceptionNouns)
                .Concat(SentenceWords)
                .Append(SupportWord)
                .Concat(BackedParticiples)
                .Concat(SupportingParticiples)
                .Append(SupportForm)
                .Concat(ArrivalVerbs)
                .Concat(SupplyWords.SelectMany(word => SupplyPronounEndings.Select(ending => word + ending).Prepend(word)));
    }
}
