namespace Akhbar.Arabic.Events;

/// <summary>
/// A word after بن، ابن، أبو or أبي is part of a person's name ("علي بن أبي طالب"، "ويضيف بن طالب أن"، "ويعلق أبو طالب"),
/// however the lexicon reads it alone (طالب "demanded"). Names of this kind are common in Saudi news and the entity stage
/// does not link them all; 19 demands coded on such a طالب in four days of SaudiNewsNet went with this rule, every one a
/// name. Not أم ("أم نقول": "or do we say"). Asked where every event is made (<c>Add</c>), not of the events left at the
/// end, so that no pass in between takes such a word for an event (a statement whose words hold it, an act it would repeat).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Kinship words that open the rest of a name (folded).</summary>
    private static readonly HashSet<string> KinshipHeads = new(StringComparer.Ordinal) { "بن", "ابن", "ابو", "ابي" };

    /// <summary>Whether the trigger's first word follows a kinship word of a name.</summary>
    private bool AfterKinshipHead(Akhbar.Core.Model.TextSpan trigger)
    {
        var k = ArticleActors.TokenAt(_tokens, trigger.Start);
        return k > 0 && ArticleActors.ListsWithoutConjunction(KinshipHeads, _tokens[k - 1].Key);
    }
}
