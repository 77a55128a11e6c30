using Akhbar.Arabic.Entities;
using Akhbar.Resources;

namespace Akhbar.Tests.Resources;

/// <summary>Lints the gazetteer TSVs that the NER tagger and later stages read.</summary>
public class GazetteerResourceTests
{
    public static TheoryData<string> Files() => [.. TsvResource.All().Where(n => n.StartsWith("gazetteers/", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Keys_are_the_folded_names_without_duplicates(string file)
    {
        var tsv = TsvResource.Load(file);
        int name = tsv.Column("name"), key = tsv.Column("key"), type = tsv.Column("type");
        Assert.NotEmpty(tsv.Rows);
        var seen = new HashSet<(string, string)>();
        foreach (var row in tsv.Rows)
        {
            Assert.Equal(string.Join(' ', NerResources.KeysOf(row[name])), row[key]);
            NerResources.ParseType(row[type]);
            Assert.True(seen.Add((row[key], row[type])), $"{file}: duplicate {row[key]} {row[type]}");
            Assert.DoesNotContain(row[name], c => c is >= '\uFB50' and <= '\uFEFF' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E');
        }
    }

    [Fact]
    public void Every_gazetteer_has_its_manifest_row()
    {
        var manifest = File.ReadAllLines(Path.Combine(Support.SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv"));
        foreach (var file in Files())
        {
            Assert.Contains(manifest, l => l.StartsWith(file + "\t", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_shipped_gazetteer_knows_countries_and_cities()
    {
        Assert.Equal(GazetteerTypes.Location, NerResources.Gazetteer.Lookup(NerResources.KeysOf("سوريا")) & GazetteerTypes.Location);
        Assert.Equal(GazetteerTypes.Location, NerResources.Gazetteer.Lookup(NerResources.KeysOf("الموصل")) & GazetteerTypes.Location);
    }
}
