using Akhbar.Resources;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Resources;

/// <summary>Checks the hand-written first-level divisions (Data/entities/governorates.tsv) against GeoNames.</summary>
public sealed class GovernorateResourceTests
{
    [SharedFact]
    public void Every_division_code_is_a_geonames_region_of_the_rows_country()
    {
        var folder = SharedData.Path("data", "geonames-cities15000");
        var iso2 = File.ReadLines(Path.Combine(folder, "countryInfo.tsv")).Where(l => !l.StartsWith('#') && l.Contains('\t'))
            .Select(l => l.Split('\t')).ToDictionary(f => f[1], f => f[0], StringComparer.Ordinal);
        var regions = File.ReadLines(Path.Combine(folder, "regionInfo.tsv")).Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        var tsv = TsvResource.Load("entities/governorates.tsv");
        int name = tsv.Column("name"), country = tsv.Column("country"), admin1 = tsv.Column("admin1");
        Assert.NotEmpty(tsv.Rows);
        foreach (var row in tsv.Rows.Where(r => r[admin1].Length > 0))
        {
            Assert.True(regions.Contains(row[admin1]), $"{row[name]}: {row[admin1]} is no GeoNames region");
            Assert.StartsWith(iso2[row[country]] + ".", row[admin1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_division_table_has_its_manifest_row()
    {
        var manifest = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv"));
        Assert.Contains(manifest, l => l.StartsWith("entities/governorates.tsv\t", StringComparison.Ordinal));
    }
}
