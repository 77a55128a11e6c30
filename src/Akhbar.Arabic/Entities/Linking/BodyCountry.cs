using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The country of an organization or a named event that its own name gives, when no table did: a country's nisba among its
/// words ("الاتحاد الروسي لكرة القدم", "الدوري الروسي الممتاز": Russia), or, for a club on a sport page, the city it is named
/// by ("ميلان", "سبارتاك موسكو", "بايرن ميونيخ": the most populous place of that name, whose point the club does not take).
/// </summary>
public static class BodyCountry
{
    /// <summary>Places smaller than this are too often a namesake of a common word to name a club's country.</summary>
    private const long MinClubCity = 50_000;

    /// <param name="isSport">Whether the article is a sport page; asked only for an organization named by a city.</param>
    public static string? Of(MentionCluster c, Func<bool> isSport, LinkingResources resources)
    {
        if (c.Type is not (EntityType.Organization or EntityType.Miscellaneous))
        {
            return null;
        }

        foreach (var key in c.KeysByWords())
        {
            foreach (var word in key.Split(' '))
            {
                if (IsCountryNisba(word, resources, out var iso3))
                {
                    return iso3;
                }
            }
        }

        if (c.Type != EntityType.Organization)
        {
            return null;
        }

        // The whole name, else its last word: "ميلان", "سبارتاك موسكو".
        foreach (var key in c.KeysByWords())
        {
            var space = key.LastIndexOf(' ');
            if ((City(key, resources) ?? (space > 0 ? City(key[(space + 1)..], resources) : null)) is { } city)
            {
                return isSport() ? city : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a folded word is a country's nisba, and which: not a ministry's field that reads as one ("المالية", finance, is
    /// also the nisba of Mali: "وزارة المالية" is no Malian body).
    /// </summary>
    /// <inheritdoc cref="IsCountryNisba(string, LinkingResources, out string)"/>
    public static bool IsCountryNisba(string word, LinkingResources resources) => IsCountryNisba(word, resources, out _);

    private static bool IsCountryNisba(string word, LinkingResources resources, out string iso3) =>
        resources.NisbaByKey.TryGetValue(word, out iso3!) && resources.CountriesByIso3.ContainsKey(iso3) && !resources.InstitutionFields.ContainsKey(word);

    /// <summary>
    /// Whether a key of the actor dictionary, written as its lemmas (<see cref="DictionaryForm"/>: "وزاره داخلي"، "وزاره داخلي
    /// سعودي"), is a bare body: a public body named by its head noun (<see cref="BodyNames"/>) whose words, read with the
    /// article the lemma drops, hold no country's nisba (a ministry's field, written masculine as a lemma, "مالي" for
    /// "المالية", is none). Such a body is of whatever country the story is in, which no dictionary row of one country's
    /// ministry may decide, so LinkingResources does not load the rows.
    /// </summary>
    public static bool IsBareBodyEntry(string key, LinkingResources resources)
    {
        if (!BodyNames.IsBodyName(key))
        {
            return false;
        }

        foreach (var word in key.Split(' '))
        {
            var definite = "ال" + word;
            if (!resources.InstitutionFields.ContainsKey(definite + "ه") && (IsCountryNisba(word, resources, out _) || IsCountryNisba(definite, resources, out _)))
            {
                return false;
            }
        }

        return true;
    }

    private static string? City(string key, LinkingResources resources) =>
        resources.PlacesByKey.TryGetValue(key, out var places) && places.MaxBy(p => p.Population) is { Population: >= MinClubCity } place
            ? place.Country
            : null;
}
