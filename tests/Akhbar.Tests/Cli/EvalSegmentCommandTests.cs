using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

public sealed class EvalSegmentCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Scores_a_tiny_gold_file_in_Farasa_scheme()
    {
        // Written for this test: three words right (suffixes merged, لل mapped), one with a boundary the segmenter
        // cannot know (بغداد split on purpose), punctuation skipped.
        var gold = Path.Combine(_dir, "WikiNews.pos.ref");
        File.WriteAllLines(gold,
        [
            "refTok(Farasa)\trefPOS(Farasa)",
            "و+قال\tCONJ+V",
            "ل+ال+مساعد+ات\tPREP+DET+NOUN+NSUFF",
            "حكوم+ت+ه\tNOUN+NSUFF+PRON",
            "ب+غداد\tPREP+NOUN",
            ".\tPUNC",
        ]);
        var (exit, stdout, stderr) = CliRunner.Run("eval", "segment", "--gold", _dir, "--errors", "5");
        Assert.True(exit == 0, stderr);
        Assert.Contains("4 Arabic words scored", stdout, StringComparison.Ordinal);
        Assert.Contains("word accuracy: 75.00% (3 of 4)", stdout, StringComparison.Ordinal);
        Assert.Contains("precision 100.00%, recall 80.00%", stdout, StringComparison.Ordinal);
        Assert.Contains("expected ب+غداد  got بغداد", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_a_spec_file()
    {
        var spec = Path.Combine(_dir, "spec.tsv");
        File.WriteAllLines(spec, ["word\texpected", "# comment", "وقال\tو+قال", "وزير\tوزير"]);
        var (exit, stdout, _) = CliRunner.Run("eval", "segment", "--spec", spec);
        Assert.Equal(0, exit);
        Assert.Contains("word accuracy: 100.00% (2 of 2)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_line_that_does_not_spell_its_word_is_bad_input()
    {
        var spec = Path.Combine(_dir, "spec.tsv");
        File.WriteAllLines(spec, ["وقال\tو+قل"]);
        var (exit, _, stderr) = CliRunner.Run("eval", "segment", "--spec", spec);
        Assert.Equal(1, exit);
        Assert.Contains("spec.tsv:1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_is_bad_input() =>
        Assert.Equal(1, CliRunner.Run("eval", "segment", "--gold", Path.Combine(_dir, "missing")).Exit);
}
