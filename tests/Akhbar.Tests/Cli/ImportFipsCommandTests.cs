using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>resources import fips</c> on tiny invented inputs in the format of GDELT's countries.json, and on ../shared.</summary>
public sealed class ImportFipsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-fips-");

    public void Dispose() => _temp.Dispose();

    private string Data() => _temp.Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));

    [Fact]
    public void Writes_one_row_per_country_sorted_by_iso3_and_the_manifest_row()
    {
        var gdelt = _temp.Folder("gdelt", ("countries.json", """
            {"SY": {"iso3": "SYR", "iso2": "SY", "name": "Syria", "full_name": null, "region": "Middle East"},
             "GM": {"iso3": "DEU", "iso2": "DE", "name": "Germany", "full_name": null, "region": "Europe"}}
            """));
        var data = Data();
        var (exit, output, error) = CliRunner.Run("resources", "import", "fips", "--gdelt", gdelt, "--out", Path.Combine(data, "export"));
        Assert.True(exit == 0, error);
        Assert.Contains("wrote 2 countries", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(data, "export", "fips-countries.tsv")).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(["iso3\tfips\tiso2\tname_en", "DEU\tGM\tDE\tGermany", "SYR\tSY\tSY\tSyria"], rows);
        Assert.StartsWith("export/fips-countries.tsv\t", File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_FIPS_codes_for_one_country_is_a_one_line_error()
    {
        var gdelt = _temp.Folder("gdelt2", ("countries.json", """
            {"WE": {"iso3": "PSE", "iso2": "PS", "name": "West Bank"}, "GZ": {"iso3": "PSE", "iso2": "PS", "name": "Gaza Strip"}}
            """));
        var (exit, _, error) = CliRunner.Run("resources", "import", "fips", "--gdelt", gdelt, "--out", Path.Combine(Data(), "export"));
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("PSE has two FIPS codes", error, StringComparison.Ordinal);
    }

    [SharedFact]
    public void The_import_on_shared_reproduces_the_committed_file()
    {
        var data = Data();
        var export = Path.Combine(data, "export");
        var (exit, _, error) = CliRunner.Run("resources", "import", "fips", "--gdelt", SharedData.Path("data", "gdelt-codebooks"), "--out", export);
        Assert.True(exit == 0, error);
        var committed = Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "export", "fips-countries.tsv");
        Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(Path.Combine(export, "fips-countries.tsv")));
        var row = File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv"))[1];
        Assert.Contains(row, File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv")));
    }
}
