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
        - * &WEAPON خلف [190] # هاجم
        --- قدم [---] ---
        قدم                  # offer
        أعرب+عن              # express
        - * تعزية [018] # قدم
        - * قلق [111] # قدم
        - * قلق [012] # قدم
        - * اتفاق [060] # قدم
        --- رفض [---] ---
        رفض                  [120]  # reject
        رفض                  [1246] # shrug
        رفض                  [128]  # rebuff
        اعترض+على            [111]  # veto

        """;

    private const string Header = "lemma\taction\tcameo\tkind\tprep\tneeds_prep\tnext\tforms\treason\n";

    private const string VerbObjectHeader = "verb\tlink\tobject\taction\tcameo\tprep\tverb_forms\tobject_forms\tverbal_noun\treason\n";

    private readonly TempFolder _temp = new("akhbar-event-lexicon-");

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Output, string Error, string Events) Import(string curation, string verbObjectCuration = "")
    {
        var source = _temp.Folder("up", ("CAMEO.ar.0.5.txt", Dictionary));
        var data = _temp.Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var events = Path.Combine(data, "events");
        Directory.CreateDirectory(events);
        File.WriteAllText(Path.Combine(events, "lexicon-curation.tsv"), Header + curation);
        File.WriteAllText(Path.Combine(events, "verb-object-curation.tsv"), VerbObjectHeader + verbObjectCuration);
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
        Assert.Contains("skipped 3 without a code of their own", output, StringComparison.Ordinal);
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

    private static string[] VerbObjectRows(string events) =>
        File.ReadAllLines(Path.Combine(events, "verb-objects.tsv")).Skip(1).Where(l => !l.StartsWith('#')).ToArray();

    [Fact]
    public void Writes_only_the_verb_object_pairs_the_curation_keeps_recodes_or_adds()
    {
        var (exit, output, error, events) = Import("", """
            قدم		تعزية	keep	018	ل		تعازي	تقديم	condolences
            أعرب	عن	قلق	keep	012					concern
            قدم		قلق	recode	013					a test recode
            ألقى		قبض	add	173	على				arrest
            قدم		اتفاق	drop						noise

            """);

        Assert.True(exit == 0, error);
        Assert.Contains("2 kept, 1 recoded, 1 dropped", output, StringComparison.Ordinal);
        Assert.Contains("1 added", output, StringComparison.Ordinal);
        var rows = VerbObjectRows(events);
        Assert.Equal(4, rows.Length);
        Assert.Contains(rows, r => r.StartsWith("قدم\tقدم قدمت ", StringComparison.Ordinal) && r.EndsWith("\tتقديم\t\tتعزيه\tتعزيه تعازي\t018\t\tل\tcameo.ar", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("اعرب\t", StringComparison.Ordinal) && r.Contains("\tعن\tقلق\tقلق قلقا\t012\t", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("\t\tقلق\tقلق قلقا\t013\t", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("القي\t", StringComparison.Ordinal) && r.EndsWith("\tقبض\tقبض قبضا\t173\tCOERCE\tعلي\tcurated", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("اتفاق", StringComparison.Ordinal));
        Assert.Equal(rows.Order(StringComparer.Ordinal), rows);
        var manifest = File.ReadAllLines(Path.Combine(events, "..", "MANIFEST.tsv"));
        Assert.Contains(manifest, l => l.StartsWith("events/verb-objects.tsv\t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("قدم\t\tهجوم\tkeep\t190\t\t\t\t\tnot a pattern of the verb's block\n")]
    [InlineData("قدم\t\tتعزية\tadd\t018\t\t\t\t\tthe dictionary has it\n")]
    [InlineData("قدم\t\tتعزية\tkeep\t020\t\t\t\t\tnot the dictionary's code\n")]
    [InlineData("قدم\t\tتعزية\trecode\t018\t\t\t\t\tthe dictionary's code\n")]
    [InlineData("قدم\t\tتعزية\tkeep\t018\t\t\t\t\t\n")]
    [InlineData("قدم\t\tتعزية\tkeep\t018\n")]
    public void A_verb_object_row_that_does_not_fit_the_dictionary_is_a_one_line_error(string row)
    {
        var (exit, _, error, _) = Import("", row);
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
        Assert.Equal(File.ReadAllBytes(Path.Combine(committed, "verb-objects.tsv")), File.ReadAllBytes(Path.Combine(events, "verb-objects.tsv")));
        var shipped = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv"));
        var rows = File.ReadAllLines(Path.Combine(data, "MANIFEST.tsv")).Skip(1).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Contains(row, shipped));
    }
}
