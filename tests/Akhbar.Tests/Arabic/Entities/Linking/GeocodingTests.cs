using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class GeocodingTests
{
    [Fact]
    public void A_place_in_a_country_of_the_article_wins_over_a_larger_one()
    {
        var candidates = LinkingResources.Default.PlacesByKey[LinkingResources.Key("طرابلس")];
        Assert.Equal("LBN", EntityLinker.ChoosePlace(candidates, new HashSet<string> { "LBN" }).Country);
        Assert.Equal("LBY", EntityLinker.ChoosePlace(candidates, new HashSet<string> { "LBY" }).Country);
    }

    [Theory]
    [InlineData("سالزبوري", "GBR", "Salisbury")]
    [InlineData("سالزبري", "GBR", "Salisbury")]
    [InlineData("سان بطرسبرغ", "RUS", "Saint Petersburg")]
    [InlineData("سانت بطرسبورغ", "RUS", "Saint Petersburg")]
    public void Hand_written_aliases_reach_their_places(string name, string country, string nameEn)
    {
        var place = EntityLinker.ChoosePlace(LinkingResources.Default.PlacesByKey[LinkingResources.Key(name)], new HashSet<string> { country });
        Assert.Equal((country, nameEn), (place.Country, place.NameEn));
    }

    [Fact]
    public void Without_other_places_the_most_populous_wins()
    {
        var candidates = LinkingResources.Default.PlacesByKey[LinkingResources.Key("موسكو")];
        Assert.Equal("RUS", EntityLinker.ChoosePlace(candidates, new HashSet<string>()).Country);
    }

    [Fact]
    public void A_small_namesake_in_a_country_of_the_article_does_not_win_over_a_world_city()
    {
        var candidates = LinkingResources.Default.PlacesByKey[LinkingResources.Key("جنيف")];
        Assert.Equal("CHE", EntityLinker.ChoosePlace(candidates, new HashSet<string> { "USA" }).Country);
    }
}
