using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>akhbar eval time</c> and <c>akhbar resources import cldr-time</c>.</summary>
public sealed class EvalTimeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SharedFact]
    public void Eval_time_scores_the_public_test_sets_and_lists_what_is_out_of_scope()
    {
        var (exit, output, _) = CliRunner.Run("eval", "time", "--shared", SharedData.Root!);
        Assert.Equal(0, exit);
        Assert.Contains("all in-scope cases", output, StringComparison.Ordinal);
        Assert.Contains("duckling / day", output, StringComparison.Ordinal);
        Assert.Contains("Out of scope:", output, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Eval_time_scores_the_gold_folder()
    {
        var gold = Path.Combine(SharedData.RepoRoot, "gold", "dev");
        var (exit, output, _) = CliRunner.Run("eval", "time", "--shared", SharedData.Root!, "--gold", gold);
        Assert.Equal(0, exit);
        Assert.Contains("lenient", output, StringComparison.Ordinal);
        Assert.Contains("value accuracy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_folder_is_one_line_and_exit_1()
    {
        var (exit, _, err) = CliRunner.Run("eval", "time", "--gold", Path.Combine(_dir, "nope"));
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void A_gold_file_that_is_not_gold_is_one_line_and_exit_1()
    {
        File.WriteAllText(Path.Combine(_dir, "x.json"), "{\"id\": 3}");
        var (exit, _, err) = CliRunner.Run("eval", "time", "--gold", _dir);
        Assert.Equal(1, exit);
        Assert.Contains("not a gold file", err, StringComparison.Ordinal);
    }

    [SharedFact]
    public void The_cldr_import_reproduces_the_embedded_names()
    {
        var data = Path.Combine(_dir, "Data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "MANIFEST.tsv"), "file\tsource\tlicense\tderivation\n");
        var (exit, output, _) = CliRunner.Run("resources", "import", "cldr-time", "--cldr", SharedData.Path("data", "cldr-arabic"), "--data", data);
        Assert.Equal(0, exit);
        Assert.Contains("names", output, StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(data, "time", "cldr-names.tsv"));
        var shipped = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "time", "cldr-names.tsv"));
        Assert.Equal(shipped, written);
        Assert.Contains("جانفي\tmonth\t1\tar-DZ,ar-TN", written, StringComparison.Ordinal);
        Assert.Contains("time/cldr-names.tsv\t", File.ReadAllText(Path.Combine(data, "MANIFEST.tsv")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cldr_import_without_its_source_is_one_line_and_exit_1()
    {
        var (exit, _, err) = CliRunner.Run("resources", "import", "cldr-time", "--cldr", _dir, "--data", _dir);
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
    }
}
