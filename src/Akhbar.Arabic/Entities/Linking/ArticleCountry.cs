using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A place no table knows takes the country of the article's known places when they all lie in one country, if the text
/// vouches that it is a place: a mention of it right after a designator ("بمنطقة الريابنة", "بمعتمدية جلمة") or the
/// headline's dateline ("المروج : ..."). Local news names villages and sectors that no gazetteer has beside the governorates
/// and towns it does ("من ولاية منوبة", "بين صفاقس وقابس"), and such a place in a story about one country's places is in
/// that country. Names the tagger alone reads as places are left out: on sports pages they are clubs and players
/// ("مانشستر سيتي", read as a place, would take the country of the match's stadium).
/// Where the known places lie in two countries or more, or the article names none, nothing is said; a listed place with no
/// country (a continent, a sea, a region across borders: أوروبا، البحر المتوسط) keeps none.
/// </summary>
public static class ArticleCountry
{
    public static void Assign(List<MentionCluster> clusters, IReadOnlyList<Token> tokens, LinkingResources resources)
    {
        string? country = null;
        foreach (var c in clusters)
        {
            if (c.Type != EntityType.Location || c.Country is null)
            {
                continue;
            }

            if (country is not null && country != c.Country)
            {
                return;
            }

            country = c.Country;
        }

        if (country is null)
        {
            return;
        }

        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Location && c.Country is null && c.Geo is null && !c.NameKeys.Exists(k => IsListed(k, resources))
                && (DesignatedPlaces.AnyAfterPlaceNoun(c, tokens, resources) || c.FirstStart == 0))
            {
                c.Country = country;
            }
        }
    }

    /// <summary>Whether a place's key (or the name after its designator) is one of the tables' places or regions.</summary>
    private static bool IsListed(string key, LinkingResources resources)
    {
        var name = MentionClusterer.StripDesignator(key);
        return resources.Regions.ContainsKey(name) || resources.PlacesByKey.ContainsKey(name) || resources.CountriesByKey.ContainsKey(name);
    }
}
