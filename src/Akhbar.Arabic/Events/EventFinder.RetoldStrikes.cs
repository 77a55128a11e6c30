namespace Akhbar.Arabic.Events;

/// <summary>
/// A strike told again with a past verb of force: "وذكرت مصادر أن الغارات استهدفت مواقع المتمردين"، "تحسبا لرد على الغارة التي
/// استهدفت المطار"، "القصف الذي استهدف سوق البلدة". gold/README.md (events-test2) annotates a verbal account of an incident
/// at each verb, though the account tells an attack already reported, and leaves nominal references back uncoded; so the
/// definite strike noun stays a reference, and its verb is the event, with what it struck as target and no author (the
/// weapon names none, <see cref="Instrument.Uncoded"/>). Only strikes named by their weapon (air raids, strikes, shelling,
/// missiles and shells): a general attack noun that refers back ("الهجوم الكيميائي الذي استهدف سكان المدينة") is told
/// as the background of something else more often than as a new account, and a present verb ("التفجير يستهدف", "الهجمات
/// التي تستهدف المدنيين") describes the attack's aim or a habit, not what happened.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns of a strike named by its weapon (folded, without the article).</summary>
    private static readonly HashSet<string> StrikeWords = new(StringComparer.Ordinal)
    {
        "غاره", "غارات", "ضربه", "ضربات", "قصف", "صاروخ", "صواريخ", "قذيفه", "قذايف",
    };

    /// <summary>
    /// Whether verb <paramref name="verb"/>, of force, whose subject is the definite noun at <paramref name="noun"/>, tells a
    /// strike again: the noun is a strike word and the verb is past (no prefix of the present that its lemma lacks).
    /// </summary>
    private bool RetellsStrike(int noun, int verb)
    {
        if (!StrikeWords.Contains(WithoutArticle(_tokens[noun])) || _readings.Lexeme(verb) is not { } lexeme)
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[verb].Key);
        return !(key[0] is 'ي' or 'ت' && lexeme.Lemma[0] != key[0]);
    }
}
