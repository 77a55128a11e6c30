using Akhbar.Arabic.Entities.Linking;
using Akhbar.Resources;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class NisbaTests
{
    [Theory]
    [InlineData("روسيا", "روسي")]
    [InlineData("كندا", "كندي")]
    [InlineData("مصر", "مصري")]
    [InlineData("العراق", "عراقي")]
    [InlineData("إيران", "إيراني")]
    [InlineData("مالي", "مالي")]
    [InlineData("كوريا الجنوبية", "كوري جنوبي")]
    [InlineData("جمهورية الدومينيكان", "دومينيكاني")]
    [InlineData("ميانمار (بورما)", "ميانماري")]
    public void Regular_forms_follow_the_rules(string country, string expected) => Assert.Equal(expected, Nisba.Regular(country));

    [Theory]
    [InlineData("المملكة المتحدة")]
    [InlineData("غينيا بيساو")]
    public void Generic_or_unusual_names_have_no_regular_form(string country) => Assert.Null(Nisba.Regular(country));

    [Fact]
    public void Definite_and_feminine_forms_apply_to_every_word()
    {
        Assert.Equal("الكوري الجنوبي", Nisba.Definite("كوري جنوبي"));
        Assert.Equal("الكورية الجنوبية", Nisba.Definite(Nisba.Feminine("كوري جنوبي")));
    }

    /// <summary>Every country of the country table has a nisba that leads back to it, or to none when two countries share it.</summary>
    [Fact]
    public void Every_country_row_has_a_nisba_naming_it()
    {
        var resources = LinkingResources.Default;
        var named = resources.NisbaByKey.Values.ToHashSet(StringComparer.Ordinal);
        var countries = TsvResource.Load("entities/countries.tsv");
        var none = TsvResource.Load("entities/nisba-none.tsv");
        var without = none.Rows.Select(r => r[none.Column("iso3")]).ToHashSet(StringComparer.Ordinal);
        var iso3s = countries.Rows.Select(r => r[countries.Column("iso3")]).Distinct().ToList();
        var missing = iso3s.Where(iso3 => !named.Contains(iso3) && !without.Contains(iso3)).ToList();
        Assert.True(missing.Count == 0, "no nisba for " + string.Join(", ", missing));
        var contradicted = without.Where(named.Contains).ToList();
        Assert.True(contradicted.Count == 0, "listed without a nisba but named by one: " + string.Join(", ", contradicted));
        Assert.True(without.Count < iso3s.Count / 10, "most countries must have a nisba");
    }

    [Theory]
    [InlineData("الروسي", "RUS")]
    [InlineData("الروسية", "RUS")]
    [InlineData("التركي", "TUR")]
    [InlineData("الألماني", "DEU")]
    [InlineData("السورية", "SYR")]
    [InlineData("الأمريكي", "USA")]
    [InlineData("الأميركية", "USA")]
    [InlineData("البريطاني", "GBR")]
    public void Common_nisbas_name_their_country(string nisba, string iso3) =>
        Assert.Equal(iso3, LinkingResources.Default.NisbaByKey[LinkingResources.Key(nisba)]);
}
