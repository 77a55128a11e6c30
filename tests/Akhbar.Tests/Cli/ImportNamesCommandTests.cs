using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>resources import names</c> on a tiny invented parallel text and English actor dictionary.</summary>
public sealed class ImportNamesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-names-");

    public void Dispose() => _temp.Dispose();

    private (string Parallel, string English) Inputs(string name) => (
        _temp.Folder(name + "-par",
            ("newstest2019-src.eng.txt", "The Northern League met on Monday.\nLeaders of the Northern League said no.\nThe NL wants talks.\nThe Northern League won.\nKarim Salem spoke.\n"),
            ("newstest2019-ref.arb.txt", "اجتمعت الرابطة الشمالية يوم الاثنين.\nقال قادة الرابطة الشمالية لا.\nتريد الرابطة الشمالية محادثات.\nفازت الرابطة الشمالية.\nتحدث كريم سالم.\n")),
        _temp.Folder(name + "-en", ("Phoenix.Countries.actors.txt", "SAMIR_NADER_\n+SAMIR_ABDEL_NADER\n+OMAR_KHALIL\n\t[XAAGOV >100101]\nMINISTRY_OF_FISH_\n\t[XAAGOV]\n")));

    [Fact]
    public void Writes_name_pairs_and_english_names_with_manifest_rows_and_the_same_bytes_twice()
    {
        var (parallel, english) = Inputs("a");
        var data = _temp.Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var (exit, _, error) = CliRunner.Run("resources", "import", "names", "--parallel", parallel, "--cameo-english", english, "--out", data);
        Assert.True(exit == 0, error);
        var pairs = File.ReadAllText(Path.Combine(data, "entities", "name-pairs.tsv"));

        // Four lines agree (the acronym NL counts as the name it abbreviates); the person comes by skeleton.
        Assert.Contains("الرابطه الشماليه\tالرابطة الشمالية\tNorthern League\t4\tlines", pairs, StringComparison.Ordinal);
        Assert.Contains("كريم سالم\tكريم سالم\tKarim Salem\t1\tskeleton", pairs, StringComparison.Ordinal);
        var names = File.ReadAllLines(Path.Combine(data, "entities", "english-names.tsv"));
        Assert.Contains("smrndr\tSamir Nader\tXAA", names);
        Assert.Contains("smrbdlndr\tSamir Nader\tXAA", names);

        // An alias naming someone else and an organization's name are left out.
        Assert.DoesNotContain(names, l => l.Contains("Omar", StringComparison.Ordinal) || l.Contains("Fish", StringComparison.Ordinal));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv")).Length);

        var first = File.ReadAllBytes(Path.Combine(data, "entities", "name-pairs.tsv"));
        (exit, _, error) = CliRunner.Run("resources", "import", "names", "--parallel", parallel, "--cameo-english", english, "--out", data);
        Assert.True(exit == 0, error);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(data, "entities", "name-pairs.tsv")));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv")).Length);
    }

    [Fact]
    public void Texts_that_are_not_line_aligned_are_a_one_line_error()
    {
        var parallel = _temp.Folder("bad", ("newstest2019-src.eng.txt", "One.\nTwo.\n"), ("newstest2019-ref.arb.txt", "واحد.\n"));
        var (_, english) = Inputs("b");
        var data = _temp.Folder("Data2", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var (exit, _, error) = CliRunner.Run("resources", "import", "names", "--parallel", parallel, "--cameo-english", english, "--out", data);
        Assert.NotEqual(0, exit);
        Assert.Contains("line-aligned", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [SharedFact]
    public void The_import_on_shared_reproduces_the_committed_tables()
    {
        var data = _temp.Folder("Data3", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var (exit, _, error) = CliRunner.Run("resources", "import", "names",
            "--parallel", SharedData.Path("data", "ntrex128-arabic"), "--cameo-english", SharedData.Path("data", "cameo-english-petrarch"), "--out", data);
        Assert.True(exit == 0, error);
        foreach (var file in new[] { "name-pairs.tsv", "english-names.tsv" })
        {
            var committed = Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "entities", file);
            Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(Path.Combine(data, "entities", file)));
        }
    }
}
