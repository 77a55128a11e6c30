using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>resources import admin1</c> on tiny invented inputs in the formats of the GeoNames files, and on ../shared.</summary>
public sealed class ImportAdmin1CommandTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-admin1-");

    public void Dispose() => _temp.Dispose();

    private string Data() => _temp.Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));

    [Fact]
    public void Writes_the_division_of_each_place_and_skips_places_without_one()
    {
        var geonames = _temp.Folder("geonames",
            ("cities15000_arabic_script.tsv",
                "geonameid\tname\tcountry_code\tadmin1_code\tfeature_code\tpopulation\tlatitude\tlongitude\tarabic_script_names\tnon_arabic_letter_names\n"
                + "200\tB Town\tSY\t12\tPPLA\t100\t35.9\t36.6\tب\t\n"
                + "100\tA City\tDE\t16\tPPLC\t100\t52.5\t13.4\tأ\t\n"
                + "300\tC Village\tSY\t00\tPPL\t100\t35.0\t36.0\tج\t\n"),
            ("regionInfo.tsv", "#region_code\tname\tname_ascii\tgeoname_id\nDE.16\tLand Berlin\tState of Berlin\t1\nSY.12\tIdlib\tIdlib\t2\n"));
        var data = Data();
        var (exit, output, error) = CliRunner.Run("resources", "import", "admin1", "--geonames", geonames, "--out", Path.Combine(data, "export"));
        Assert.True(exit == 0, error);
        Assert.Contains("wrote 2 places", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(data, "export", "place-admin1.tsv")).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(["geonameid\tcountry_iso2\tadmin1\tadmin1_name", "100\tDE\t16\tState of Berlin", "200\tSY\t12\tIdlib"], rows);
    }

    [Fact]
    public void A_missing_input_file_is_a_one_line_error()
    {
        var (exit, _, error) = CliRunner.Run("resources", "import", "admin1", "--geonames", _temp.Folder("empty"), "--out", Path.Combine(Data(), "export"));
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [SharedFact]
    public void The_import_on_shared_reproduces_the_committed_file()
    {
        var data = Data();
        var export = Path.Combine(data, "export");
        var (exit, _, error) = CliRunner.Run("resources", "import", "admin1", "--geonames", SharedData.Path("data", "geonames-cities15000"), "--out", export);
        Assert.True(exit == 0, error);
        var committed = Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "export", "place-admin1.tsv");
        Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(Path.Combine(export, "place-admin1.tsv")));
        var row = File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv"))[1];
        Assert.Contains(row, File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv")));
    }
}
