namespace Akhbar.Arabic.Events;

/// <summary>
/// A relative clause set off by commas between a subject and its verb: "وكان أردوغان، الذي تعتبر بلاده الوحدات الكردية
/// امتدادا لحزب العمال، هدد بالتوغل". The names inside the clause are its own subject and objects; the verb after the
/// closing comma belongs to the antecedent before the opening one.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Whether a code is a verbal act (roots 01 to 13: statements, appeals, meetings, demands, criticism, threats), whose verbs are seldom passive.</summary>
    private static bool IsVerbalRoot(string cameo) => string.CompareOrdinal(Root(cameo), "13") <= 0;

    /// <summary>
    /// The actor right before a comma and a relative pronoun (الذي، التي، الذين) when the clause they open ends at the comma
    /// at <paramref name="closing"/>, with no other comma inside; else null.
    /// </summary>
    private ActorMention? ClosedRelativeAntecedent(int closing, int start)
    {
        for (var j = closing - 1; j > start; j--)
        {
            if (_tokens[j].Key is not ("،" or ","))
            {
                continue;
            }

            return j + 1 < closing && RelativePronouns.Contains(_tokens[j + 1].Key) ? AntecedentOfRelative(j + 1, start) : null;
        }

        return null;
    }
}
