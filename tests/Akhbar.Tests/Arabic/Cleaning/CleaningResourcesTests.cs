using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Text;
using Akhbar.Resources;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Cleaning;

/// <summary>The cleaning data files: clean text, no duplicates, and a provenance row each in MANIFEST.tsv.</summary>
public class CleaningResourcesTests
{
    private static readonly string[] Files = ["cleaning/line-rules.tsv", "cleaning/function-words.tsv"];

    [Fact]
    public void Every_cleaning_file_is_free_of_controls_and_presentation_forms()
    {
        foreach (var name in Files)
        {
            var tsv = TsvResource.Load(name);
            foreach (var field in tsv.Rows.SelectMany(r => r))
            {
                Assert.False(field.Any(ArabicChars.IsInvisibleControl), $"{name}: invisible control in '{field}'");
                Assert.False(field.Any(ArabicChars.IsPresentationForm), $"{name}: presentation form in '{field}'");
            }
        }
    }

    [Fact]
    public void Rule_names_are_unique()
    {
        var names = LineRules.Default.Rules.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Function_words_are_unique_after_folding()
    {
        var tsv = TsvResource.Load("cleaning/function-words.tsv");
        var column = tsv.Column("word");
        var folded = tsv.Rows.Select(r => ArabicFolding.Fold(r[column])).ToList();
        Assert.NotEmpty(folded);
        Assert.Equal(folded.Count, folded.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_cleaning_file_has_a_manifest_row()
    {
        var manifest = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv"))
            .Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(TsvResource.All().Where(n => n.StartsWith("cleaning/", StringComparison.Ordinal)), n => Assert.Contains(n, manifest));
        Assert.All(Files, n => Assert.Contains(n, TsvResource.All()));
    }
}
