using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Where an event happened, told as the subject of a verb of witnessing: "شهدت العاصمة احتجاجات" names the place of the
/// protests, not who protested.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms of شهد "witnessed" (folded): its subject is where something happened, not who did it.</summary>
    private static readonly HashSet<string> WitnessForms = new(StringComparer.Ordinal) { "شهد", "شهدت", "يشهد", "تشهد", "ستشهد", "سيشهد", "شهدا" };

    /// <summary>
    /// "وشهدت العاصمة عمان احتجاجات"، "تشهد إيران مظاهرات"، "وتشهد محافظات وسط وجنوب العراق تظاهرات": the subject of شهد,
    /// up to two words after it (a title of the place) or at the end of a genitive chain of up to four words (the parts of
    /// the place), is the scene of the protest or the violence, also when it is a country.
    /// </summary>
    private bool WitnessedBy(int subjectFirst, int start)
    {
        for (var j = subjectFirst - 1; j >= start && j >= subjectFirst - 5; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (WitnessForms.Contains(key))
            {
                return true;
            }

            // Only the words of a noun phrase stand between: no punctuation, preposition or word that opens a clause.
            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(key) || StandalonePrepositions.Contains(key) || _tokens[j].Has(SegmentRole.Preposition))
            {
                return false;
            }
        }

        return false;
    }
}
