using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>akhbar quotes</c> and <c>akhbar eval quotes</c>.</summary>
public sealed class QuotesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-quotes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Quotes_prints_a_table_and_filters_by_speaker()
    {
        var file = Path.Combine(_dir, "a.txt");
        File.WriteAllText(file, "خبر تجريبي\n\nوقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيء.\n\nوقال مصدر مطلع إن المحادثات متوقفة.\n");
        var (exit, output, _) = CliRunner.Run("quotes", file);
        Assert.Equal(0, exit);
        Assert.Contains("دونالد ترامب\tindirect\tوقال\tالاتفاق سيء", output, StringComparison.Ordinal);
        Assert.Contains("مصدر مطلع", output, StringComparison.Ordinal);

        (exit, output, _) = CliRunner.Run("quotes", file, "--speaker", "ترامب", "--format", "jsonl");
        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"kind\":\"indirect\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain("مصدر", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_on_a_missing_file_is_a_one_line_error()
    {
        var (exit, _, error) = CliRunner.Run("quotes", Path.Combine(_dir, "none.txt"));
        Assert.NotEqual(0, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [SharedFact]
    public void Eval_quotes_scores_the_gold_folder()
    {
        var gold = Path.Combine(SharedData.RepoRoot, "gold", "dev");
        var (exit, output, _) = CliRunner.Run("eval", "quotes", "--shared", SharedData.Root!, "--gold", gold);
        Assert.Equal(0, exit);
        Assert.Contains("detection (overlap >= half of the gold content)", output, StringComparison.Ordinal);
        Assert.Contains("speaker accuracy on matches", output, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Eval_quotes_without_gold_quotes_is_an_error()
    {
        var (exit, _, error) = CliRunner.Run("eval", "quotes", "--shared", SharedData.Root!, "--gold", _dir);
        Assert.NotEqual(0, exit);
        Assert.Contains("no gold file", error, StringComparison.Ordinal);
    }
}
