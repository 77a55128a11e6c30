namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// Which CAMEO codes make a sentence positive for a PLOVER category of the sentence-level data sets. PROTEST is root 14.
/// ASSAULT is roots 18, 19 and 20: the data sets were labeled in 2018 with PLOVER's first mapping ("18,19,20 | ASSAULT,
/// FIGHT | ASSAULT" in ../shared/data/plover/README.upstream.md), which folds CAMEO's fight (19) and mass violence (20) into
/// ASSAULT; the 2021 table's split of some 17x and 19x codes into COERCE came later and is not what the annotators saw.
/// </summary>
public static class EventCategory
{
    public static bool Holds(string category, string cameo) => category is "PROTEST" or "ASSAULT"
        ? Of(cameo) == category
        : throw new ArgumentException($"unknown category {category}", nameof(category));

    /// <summary>The category of a CAMEO code, or null for the codes of neither.</summary>
    public static string? Of(string cameo) => cameo.Length < 2 ? null : cameo[..2] switch
    {
        "14" => "PROTEST",
        "18" or "19" or "20" => "ASSAULT",
        _ => null,
    };
}
