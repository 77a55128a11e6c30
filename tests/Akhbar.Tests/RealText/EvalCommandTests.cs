using Akhbar.Cli;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.RealText;

/// <summary>The <c>akhbar eval clean</c> and <c>akhbar eval html</c> commands as a user runs them.</summary>
public class EvalCommandTests
{
    [Fact]
    public void A_missing_shared_folder_is_a_one_line_error_with_exit_code_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "akhbar-no-such-shared-" + Guid.NewGuid().ToString("N"));
        foreach (var sub in new[] { "clean", "html" })
        {
            var (exit, _, err) = CliRunner.Run("eval", sub, "--shared", missing);
            Assert.Equal(AkhbarCli.BadInput, exit);
            Assert.StartsWith("akhbar: no shared data folder", err, StringComparison.Ordinal);
            Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public void A_sample_below_one_is_a_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("eval", "clean", "--sample", "0");
        Assert.Equal(AkhbarCli.UsageError, exit);
        Assert.Contains("--sample", err, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Eval_html_prints_line_and_character_scores_and_a_summary()
    {
        var (exit, output, err) = CliRunner.Run("eval", "html", "--shared", SharedData.Root!);
        Assert.Equal(AkhbarCli.Ok, exit);
        Assert.Empty(err);
        Assert.Contains("lines:", output, StringComparison.Ordinal);
        Assert.Contains("characters:", output, StringComparison.Ordinal);
        Assert.StartsWith("summary: html extraction character F1 ", output.Trim().Split('\n')[^1], StringComparison.Ordinal);
    }
}
