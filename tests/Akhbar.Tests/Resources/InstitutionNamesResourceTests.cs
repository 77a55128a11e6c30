using Akhbar.Resources;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Resources;

/// <summary>Checks the proper names of state institutions (Data/entities/institution-names.tsv) against the Phoenix dictionaries they come from.</summary>
public sealed class InstitutionNamesResourceTests
{
    [SharedFact]
    public void Every_name_is_a_phoenix_country_actor_entry_with_underscores_as_spaces()
    {
        var phoenix = Path.Combine(SharedData.Path("data", "cameo-english-petrarch"), "Phoenix.Countries.actors.txt");
        var entries = File.ReadLines(phoenix, System.Text.Encoding.Latin1)
            .Select(l => l.Split('#')[0].Trim().TrimStart('+').TrimEnd('_'))
            .Where(l => l.Length > 0 && !l.StartsWith('['))
            .ToHashSet(StringComparer.Ordinal);
        var tsv = TsvResource.Load("entities/institution-names.tsv");
        int nameEn = tsv.Column("name_en"), entry = tsv.Column("phoenix");
        Assert.NotEmpty(tsv.Rows);
        foreach (var row in tsv.Rows)
        {
            Assert.True(entries.Contains(row[entry]), $"{row[entry]} is no entry of Phoenix.Countries.actors.txt");
            Assert.Equal(row[entry].Replace('_', ' '), row[nameEn], StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_table_has_its_manifest_row_and_every_gloss_is_one_of_the_institution_table()
    {
        var manifest = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv"));
        Assert.Contains(manifest, l => l.StartsWith("entities/institution-names.tsv\t", StringComparison.Ordinal));
        var institutions = TsvResource.Load("entities/institutions.tsv");
        var glosses = institutions.Rows.Select(r => r[institutions.Column("gloss")]).ToHashSet(StringComparer.Ordinal);
        var tsv = TsvResource.Load("entities/institution-names.tsv");
        Assert.All(tsv.Rows, r => Assert.Contains(r[tsv.Column("gloss")], glosses));
    }
}
