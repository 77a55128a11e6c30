namespace Akhbar.Arabic.Events;

/// <summary>
/// A verb of speaking right after the relative ما is no act of speaking: "رفض الميزانية بسبب ما قال إنها مخالفات"، "على ما
/// قال الشرفي" attribute words (gold/README.md, events: attributions are not events), "ما يشير إلى"، "ما يؤكد أن" have a
/// fact for their subject, and "ما دعا الخبراء إلى" tells what a fact led someone to, not an appeal. After a word of how
/// often ("كثيرا ما قال"، "غالبا ما يدعو") ما only marks the habit, and the verb is a speech act like any other.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words of how often before ما (folded, without a leading و).</summary>
    private static readonly HashSet<string> FrequencyWords = new(StringComparer.Ordinal)
    {
        "كثيرا", "غالبا", "عاده", "قليلا", "نادرا", "دايما",
    };

    /// <summary>Whether verb k stands right after a relative ما that no word of how often opens.</summary>
    private bool AfterRelativeMa(int k)
    {
        var start = _sentenceStart[_sentenceOf[k]];
        return k - 1 >= start && ArticleActors.WithoutConjunctionSpan(_tokens[k - 1].Key) is "ما"
            && (k - 2 < start || !ArticleActors.ListsWithoutConjunction(FrequencyWords, _tokens[k - 2].Key));
    }
}
