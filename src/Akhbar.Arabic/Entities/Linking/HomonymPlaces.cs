using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A small town with an Arabic definite name abroad is no reading of the same name in a story set in one Arab country:
/// "الجوف" in a Saudi or Yemeni story is the Saudi region or the Yemeni governorate, not the Libyan oasis town of that name
/// that GeoNames lists (places.tsv holds towns of 15,000 people or more, and not every Arab country's namesake of a
/// common Arabic place name); "مديرية الحسينية" in Hodeidah is not El Husseiniya in Egypt; "معتمدية العلا" in Kairouan is
/// not Al-Ula in Saudi Arabia. Arab place names repeat across the Arab states (الجوف، الحسينية، المنصورة، العين), and a
/// story that names only places of one Arab country and not the namesake's country is about that country's place.
/// Such a place loses its point and takes the story's country. Only a town below <see cref="EntityLinker.SmallPlace"/> people that is
/// no capital nor first-level seat, named by a definite word or after a designator: a city a foreign story names alone
/// (جنيف، ميلانو، لاهاي) keeps its reading.
/// </summary>
public static class HomonymPlaces
{
    /// <summary>Whether a linked place could be a namesake of a place of the story's country: a small town, no seat, with a definite or designated name.</summary>
    public static bool IsDoubtful(MentionCluster c, PlaceCandidate place) =>
        EntityLinker.IsSmallTown(place) && c.NameKeys.Count > 0
        && c.NameKeys.TrueForAll(k => k.StartsWith("ال", StringComparison.Ordinal) || MentionClusterer.WithoutDesignator(k).Length < k.Length);

    /// <summary>
    /// Gives each doubtful place the story's country, when the article's other places and countries lie in one Arab
    /// state and none in the place's own country, and that state is named twice (two places or a place and the country:
    /// one word of evidence may be a common word itself, "المغرب" the sunset prayer, "جبل القاهرة" a hill) or by the same
    /// name after an administrative unit ("منطقة الجوف", the Saudi region, beside a bare "الجوف").
    /// </summary>
    public static void Reassign(List<MentionCluster> clusters, List<MentionCluster> doubtful, LinkingResources resources)
    {
        foreach (var c in doubtful)
        {
            string? story = null;
            var (sole, evidence, namesake) = (true, 0, false);
            foreach (var other in clusters)
            {
                if (other == c || other.Type != EntityType.Location || other.Country is not { } country)
                {
                    continue;
                }

                if (country == c.Country)
                {
                    sole = false;
                    break;
                }

                if (ArticleCountry.IsArabState(country))
                {
                    sole &= story is null || story == country;
                    story = country;
                    evidence++;
                    namesake |= other.NameKeys.Exists(k => k.IndexOf(' ', StringComparison.Ordinal) is var space && space > 0 && resources.IsAdministrativeUnit(k.AsSpan(0, space)) && c.NameKeys.Contains(k[(space + 1)..]));
                }
            }

            if (sole && story is not null && (evidence >= 2 || namesake))
            {
                c.Geo = null;
                c.Country = story;
            }
        }
    }
}
