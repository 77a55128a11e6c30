using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>resources import entities</c> on tiny invented inputs in the shape of the real sources.</summary>
public sealed class ImportEntitiesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-entities-");

    public void Dispose() => _temp.Dispose();

    private string Folder(string name, params (string File, string Content)[] files) => _temp.Folder(name, files);

    [Fact]
    public void Writes_the_four_tables_and_their_manifest_rows()
    {
        var geonames = Folder("geo",
            ("countryInfo.tsv", "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal\tRegex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n"
                + "XA\tXAA\t001\tXA\tAlfaland\tAlfa City\t1\t1\tAS\t.xa\tXAD\tDinar\t1\t\t\tar\t111\t\t\n"),
            ("cities15000_arabic_script.tsv", "geonameid\tname\tcountry_code\tadmin1_code\tfeature_code\tpopulation\tlatitude\tlongitude\tarabic_script_names\tnon_arabic_letter_names\n"
                + "222\tAlfa City\tXA\t01\tPPLC\t50000\t10.5\t20.25\tمدينة ألفا|ألفا سيتي\t\n"
                + "444\tBeta\tXA\t02\tPPL\t16000\t1.5\t2.5\tبيتا\t\n"),
            ("cities15000.txt", "222\tAlfa City\tAlfa City\t\t10.5\t20.25\tP\tPPLC\tXA\t\t01\t\t\t\t50000\t\t\tAsia/X\t2025-01-01\n"
                + "333\tBeta\tBeta\t\t3.5\t4.5\tP\tPPLC\tXA\t\t03\t\t\t\t90000\t\t\tAsia/X\t2025-01-01\n"
                + "444\tBeta\tBeta\t\t1.5\t2.5\tP\tPPL\tXA\t\t02\t\t\t\t16000\t\t\tAsia/X\t2025-01-01\n"));
        var cldr = Folder("cldr", ("territories.ar.tsv", "code\tname_ar\n001\tالعالم\nXA\tألفانيا\n"));
        var arabic = Folder("ar", ("actor_dict_ar_v4.txt", "سمير_نادر_\n\t[XAAGOV >20100101]\n"));
        var english = Folder("en", ("Phoenix.Countries.actors.txt", "SAMIR_NADER_\n+NADER\n\t[XAAGOV >100101]\n"));
        var data = Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));

        var (exit, output, error) = CliRunner.Run("resources", "import", "entities", "--geonames", geonames, "--cldr", cldr, "--cameo-arabic", arabic, "--cameo-english", english, "--out", data);
        Assert.True(exit == 0, error);
        Assert.Contains("aligned 1 of 1", output, StringComparison.Ordinal);
        Assert.Contains("الفانيا\tألفانيا\tXAA\tXA\tAlfaland\t111", File.ReadAllText(Path.Combine(data, "entities", "countries.tsv")), StringComparison.Ordinal);
        var nisba = File.ReadAllText(Path.Combine(data, "entities", "nisba.tsv"));
        Assert.Contains("الالفاني\tالألفاني\tXAA", nisba, StringComparison.Ordinal);
        Assert.Contains("الالفانيه\tالألفانية\tXAA", nisba, StringComparison.Ordinal);
        Assert.Contains("مدينه الفا\tمدينة ألفا\t222\tAlfa City\t10.5\t20.25\tPPLC\tXAA\t50000", File.ReadAllText(Path.Combine(data, "entities", "places.tsv")), StringComparison.Ordinal);
        // The capital 333 has no Arabic name; its same-named town's name reaches it too.
        Assert.Contains("بيتا\tبيتا\t333\tBeta\t3.5\t4.5\tPPLC\tXAA\t90000", File.ReadAllText(Path.Combine(data, "entities", "places.tsv")), StringComparison.Ordinal);
        Assert.Contains("سمير نادر\tسمير نادر\tXAAGOV\t20100101\t99999999\tSamir Nader", File.ReadAllText(Path.Combine(data, "entities", "actors.tsv")), StringComparison.Ordinal);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv")).Length);
    }

    [Theory]
    [InlineData("333\tBeta", true)]
    [InlineData("333\tGamma", false)]
    public void A_hand_written_place_alias_reaches_the_place_of_its_geonameid_and_a_wrong_id_is_an_error(string idAndName, bool valid)
    {
        var geonames = Folder("geo-alias",
            ("countryInfo.tsv", "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal\tRegex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n"
                + "XA\tXAA\t001\tXA\tAlfaland\tAlfa City\t1\t1\tAS\t.xa\tXAD\tDinar\t1\t\t\tar\t111\t\t\n"),
            ("cities15000_arabic_script.tsv", "geonameid\tname\tcountry_code\tadmin1_code\tfeature_code\tpopulation\tlatitude\tlongitude\tarabic_script_names\tnon_arabic_letter_names\n"),
            ("cities15000.txt", "333\tBeta\tBeta\t\t3.5\t4.5\tP\tPPLA2\tXA\t\t03\t\t\t\t90000\t\t\tAsia/X\t2025-01-01\n"));
        var cldr = Folder("cldr-alias", ("territories.ar.tsv", "code\tname_ar\nXA\tألفانيا\n"));
        var data = Folder("Data-alias", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        Directory.CreateDirectory(Path.Combine(data, "entities"));
        File.WriteAllText(Path.Combine(data, "entities", "place-aliases.tsv"), "# invented\nname\tgeonameid\tgeonames_name\nبيتا\t" + idAndName + "\n");

        var (exit, _, error) = CliRunner.Run("resources", "import", "entities", "--geonames", geonames, "--cldr", cldr, "--out", data);
        if (valid)
        {
            Assert.True(exit == 0, error);
            Assert.Contains("بيتا\tبيتا\t333\tBeta\t3.5\t4.5\tPPLA2\tXAA\t90000", File.ReadAllText(Path.Combine(data, "entities", "places.tsv")), StringComparison.Ordinal);
        }
        else
        {
            Assert.NotEqual(0, exit);
            Assert.Single(error.TrimEnd().Split('\n'));
        }
    }

    [Fact]
    public void A_missing_source_file_is_a_one_line_error()
    {
        var empty = Folder("empty");
        var data = Folder("Data2", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var (exit, _, error) = CliRunner.Run("resources", "import", "entities", "--geonames", empty, "--cldr", empty, "--out", data);
        Assert.NotEqual(0, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
