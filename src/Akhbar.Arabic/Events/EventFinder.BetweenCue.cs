namespace Akhbar.Arabic.Events;

/// <summary>
/// "بيّن" (he made clear) is written like the preposition "بين" (between). The quote stage may take the preposition for a
/// cue when a name follows it ("عقب اجتماع بين الرئيس الأميركي دونالد ترمب ونظيره"، "تهديدات متبادلة بين ترامب وإيران"),
/// which makes a statement out of a meeting or a quarrel. Read over the 1,500-article sample and two days of SaudiNewsNet,
/// a bare "بين" after a noun was the preposition every time; the verb opens its sentence, takes و ("وبين الوزير أن"),
/// comes before أن, or follows a word that opens a new speaker's turn (كما، في حين، فيما، بدوره، من جهته، من جانبه).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words (folded, without و) after which a bare "بين" is the verb: they hand the word to a speaker.</summary>
    private static readonly HashSet<string> TurnOpeners = new(StringComparer.Ordinal)
    {
        "كما", "حين", "فيما", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها",
    };

    /// <summary>Whether the cue token is a bare "بين" standing where only the preposition does.</summary>
    private bool IsBetweenNotCue(int cue)
    {
        if (_tokens[cue].Key != "بين" || cue <= _sentenceStart[_sentenceOf[cue]])
        {
            return false;
        }

        var after = cue + 1 < _tokens.Length ? _tokens[cue + 1].Key : "";
        if (after is "ان" or "انه" or "انها" or "بان")
        {
            return false;
        }

        // "بدوره، بين المشرف على البرنامج أن": a comma may follow the word that opens the turn.
        var before = cue - 1;
        if (_tokens[before].Key is "،" or "," && before > _sentenceStart[_sentenceOf[cue]])
        {
            before--;
        }

        return !TurnOpeners.Contains(ArticleActors.WithoutConjunction(_tokens[before].Key));
    }
}
