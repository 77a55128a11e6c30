using Akhbar.Arabic.Export;

namespace Akhbar.Tests.Arabic.Export;

/// <summary>CAMEO actor codes broken out into GDELT's actor attribute fields.</summary>
public sealed class CameoActorPartsTests
{
    private static CameoActorParts Parse(string code) => CameoActorParts.Parse(code, c => FipsCountries.Default.FindIso3(c) is not null);

    [Fact]
    public void A_government_code_gives_country_and_type()
    {
        Assert.Equal(new CameoActorParts("RUS", null, null, null, null, "GOV", null, null), Parse("RUSGOV"));
    }

    [Fact]
    public void A_UN_agency_gives_the_known_group_and_two_types()
    {
        Assert.Equal(new CameoActorParts(null, "UNO", null, null, null, "IGO", "REF", null), Parse("IGOUNOREFHCR"));
    }

    [Fact]
    public void A_religious_code_gives_religion_and_denomination()
    {
        Assert.Equal(new CameoActorParts("SYR", null, null, "MOS", "SHI", null, null, null), Parse("SYRMOSSHI"));
    }

    [Fact]
    public void A_country_after_a_generic_code_is_the_home_country()
    {
        Assert.Equal(new CameoActorParts("USA", null, null, null, null, "NGO", null, null), Parse("NGOUSA"));
        Assert.Equal(new CameoActorParts("MEA", null, null, null, null, null, null, null), Parse("MEA"));
    }

    [Fact]
    public void Three_types_at_most_and_no_code_from_a_malformed_one()
    {
        Assert.Equal(new CameoActorParts("ISR", null, null, null, null, "GOV", "PTY", "MIL"), Parse("ISRGOVPTYMILLEG"));
        Assert.Same(CameoActorParts.Empty, Parse("RUSGO"));
        Assert.Same(CameoActorParts.Empty, Parse(""));
    }
}
