using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>resources import event-lexicon</c> on a tiny dictionary written in the format of CAMEO.ar.0.5.txt.</summary>
public sealed class ImportEventLexiconCommandTests : IDisposable
{
    private const string Dictionary = """
        # LAST UPDATED: test
        &CURRENCY
        +دينار_
        --- هاجم [190] ---
        هاجم                 # attack
        صرح                  [111]   # state
        قام+ب بناء           # build
        ظن                   # guess
        - * هجوم [190] # هاجم
        --- رفض [---] ---
        رفض                  [120]  # reject
        رفض                  [1246] # shrug
        رفض                  [128]  # rebuff
        اعترض+على            [111]  # veto

        """;

    private const string Header = "lemma\taction\tcameo\tkind\tprep\tneeds_prep\tnext\tforms\treason\n";

    private readonly TempFolder _temp = new("akhbar-event-lexicon-");

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Output, string Error, string Events) Import(string curation)
    {
        var source = _temp.Folder("up", ("CAMEO.ar.0.5.txt", Dictionary));
        var data = _temp.Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var events = Path.Combine(data, "events");
        Directory.CreateDirectory(events);
        File.WriteAllText(Path.Combine(events, "lexicon-curation.tsv"), Header + curation);
        var (exit, output, error) = CliRunner.Run("resources", "import", "event-lexicon", "--universalpetrarch", source, "--out", events);
        return (exit, output, error, events);
    }

    private static string[] Rows(string events) =>
        File.ReadAllLines(Path.Combine(events, "event-lexicon.tsv")).Skip(1).Where(l => !l.StartsWith('#')).ToArray();

    [Fact]
    public void Keeps_lemmas_with_their_own_code_applies_the_curation_and_writes_every_form()
    {
        var (exit, output, error, events) = Import(
            "صرح\trecode\t010\tverb\t\tno\t\t\ta statement verb\n" +
            "لقاء\tadd\t040\tnoun\tمع\tno\t\tلقاءات\tmeeting\n");

        Assert.True(exit == 0, error);
        Assert.Contains("skipped 1 without a code of their own", output, StringComparison.Ordinal);
        Assert.Contains("1 multi-word", output, StringComparison.Ordinal);
        var rows = Rows(events);
        Assert.Contains("هاجم\tهاجم\tverb\t190\tASSAULT\t\tno\t\tcameo.ar", rows);
        Assert.Contains("يهاجمون\tهاجم\tverb\t190\tASSAULT\t\tno\t\tcameo.ar", rows);
        Assert.Contains("صرحت\tصرح\tverb\t010\t\t\tno\t\tcurated", rows);
        Assert.Contains("لقاءات\tلقاء\tnoun\t040\tCONSULT\tمع\tno\t\tcurated", rows);

        // رفض is listed with three codes once each: the smallest wins, never the order of the file.
        Assert.Contains("رفض\tرفض\tverb\t120\tREJECT\t\tno\t\tcameo.ar", rows);
        Assert.Contains("اعترض\tاعترض\tverb\t111\tACCUSE\tعلي\tno\t\tcameo.ar", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("ظن\t", StringComparison.Ordinal));
        Assert.Equal(rows.Order(StringComparer.Ordinal), rows);
        var manifest = File.ReadAllLines(Path.Combine(events, "..", "MANIFEST.tsv"));
        Assert.StartsWith("events/event-lexicon.tsv\t", manifest[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_verb_leaves_no_form()
    {
        var (exit, _, error, events) = Import("هاجم\tdrop\t\tverb\t\tno\t\t\tnoise\n");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain(Rows(events), r => r.Contains("\tهاجم\t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ظن\trecode\t010\tverb\t\tno\t\t\tnot in the dictionary with a code\n")]
    [InlineData("هاجم\tadd\t190\tverb\t\tno\t\t\talready there\n")]
    [InlineData("هاجم\trecode\t999\tverb\t\tno\t\t\tno such code\n")]
    [InlineData("هاجم\trecode\t190\tverb\t\tno\t\t\t\n")]
    public void A_curation_row_that_does_not_fit_the_dictionary_is_a_one_line_error(string row)
    {
        var (exit, _, error, _) = Import(row);
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [SharedFact]
    public void The_import_on_shared_reproduces_the_committed_file()
    {
        var data = _temp.Folder("Shared", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var events = Path.Combine(data, "events");
        var committed = Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "events");
        var (exit, _, error) = CliRunner.Run("resources", "import", "event-lexicon",
            "--universalpetrarch", SharedData.Path("data", "cameo-arabic-universalpetrarch"), "--out", events,
            "--curation", Path.Combine(committed, "lexicon-curation.tsv"));
        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(committed, "event-lexicon.tsv")), File.ReadAllBytes(Path.Combine(events, "event-lexicon.tsv")));
        var row = File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv"))[1];
        Assert.Contains(row, File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv")));
    }
}
