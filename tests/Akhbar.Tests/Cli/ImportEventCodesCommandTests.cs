using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>resources import event-codes</c> on tiny invented inputs in the formats of the GDELT and PLOVER files.</summary>
public sealed class ImportEventCodesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-event-codes-");

    public void Dispose() => _temp.Dispose();

    private string Folder(string name, params (string File, string Content)[] files) => _temp.Folder(name, files);

    private string Gdelt(string goldstein) => Folder("gdelt",
        ("LOOKUP-CAMEO.eventcodes.txt", "CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tMAKE PUBLIC STATEMENT\n010\tMake statement,  not specified below \n04\tCONSULT\n042\tMake a visit\n183\tConduct bombing\n1951\tEmploy precision-guided aerial munitions196:[-9.5] Violate ceasefire\n"),
        ("cameo_codes.json", """
            {
              "01": {"name": "MAKE PUBLIC STATEMENT", "quad_class": 1, "root": true},
              "010": {"name": "Make statement", "parent": "01", "quad_class": 1, "examples": ["x"]},
              "04": {"name": "CONSULT", "quad_class": 1, "root": true},
              "042": {"name": "Make a visit", "parent": "04", "quad_class": 1},
              "1951": {"name": "Employ precision-guided aerial munitions", "parent": "195", "quad_class": 4}
            }
            """),
        ("cameo_goldstein.json", goldstein));

    private const string Goldstein = """
        {"01": {"value": 0.0, "description": "a"}, "010": {"value": 0.0, "description": "b"}, "04": {"value": 1.0, "description": "c"},
         "042": {"value": 1.9, "description": "d"}, "1951": {"value": -10.0, "description": "e"}}
        """;

    private string Plover() => Folder("plover", ("CAMEO2PLOVER-2021.txt",
        "# CAMEO to PLOVER conversion table\n\n04: CONSULT\n042: CONSULT, visit,   # Make a visit\n1951: ASSAULT, aerial, military # Employ precision-guided aerial munitions\n~~~~~\n"));

    [Fact]
    public void Writes_a_row_per_scored_code_and_the_manifest_row()
    {
        var data = Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var events = Path.Combine(data, "events");

        var (exit, output, error) = CliRunner.Run("resources", "import", "event-codes", "--gdelt", Gdelt(Goldstein), "--plover", Plover(), "--out", events);

        Assert.True(exit == 0, error);
        Assert.Contains("wrote 5 CAMEO codes", output, StringComparison.Ordinal);
        Assert.Contains("skipped 1", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(events, "cameo-codes.tsv")).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(
            [
                "code\tlabel\troot\tgoldstein\tquad_class\tplover",
                "01\tMAKE PUBLIC STATEMENT\t01\t0\t1\t",
                "010\tMake statement, not specified below\t01\t0\t1\t",
                "04\tCONSULT\t04\t1\t1\tCONSULT",
                "042\tMake a visit\t04\t1.9\t1\tCONSULT",
                "1951\tEmploy precision-guided aerial munitions\t19\t-10\t4\tASSAULT",
            ],
            rows);
        var manifest = File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv"));
        Assert.Equal(2, manifest.Length);
        Assert.StartsWith("events/cameo-codes.tsv\t", manifest[1], StringComparison.Ordinal);
        Assert.Contains("CC BY-SA 4.0", manifest[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Goldstein_score_off_the_scale_is_a_one_line_error()
    {
        var data = Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var (exit, _, error) = CliRunner.Run("resources", "import", "event-codes",
            "--gdelt", Gdelt("""{"01": {"value": 12.5, "description": "a"}}"""), "--plover", Plover(), "--out", Path.Combine(data, "events"));
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("[-10, 10]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_folder_is_a_one_line_error()
    {
        var data = Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var (exit, _, error) = CliRunner.Run("resources", "import", "event-codes",
            "--gdelt", Path.Combine(_temp.Path, "nowhere"), "--plover", Plover(), "--out", Path.Combine(data, "events"));
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [SharedFact]
    public void The_import_on_shared_reproduces_the_committed_file()
    {
        var data = Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var events = Path.Combine(data, "events");
        var (exit, _, error) = CliRunner.Run("resources", "import", "event-codes",
            "--gdelt", SharedData.Path("data", "gdelt-codebooks"), "--plover", SharedData.Path("data", "plover"), "--out", events);
        Assert.True(exit == 0, error);
        var committed = Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "events", "cameo-codes.tsv");
        Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(Path.Combine(events, "cameo-codes.tsv")));
        var row = File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv"))[1];
        Assert.Contains(row, File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv")));
    }
}
