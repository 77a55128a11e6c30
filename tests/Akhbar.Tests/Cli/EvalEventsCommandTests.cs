using Akhbar.Arabic;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>akhbar eval events</c>.</summary>
public sealed class EvalEventsCommandTests
{
    [Fact]
    public void Without_a_reference_it_is_a_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("eval", "events");
        Assert.Equal(2, exit);
        Assert.Contains("--gold, --gsr or --up", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_one_line_and_exit_1()
    {
        var (exit, _, err) = CliRunner.Run("eval", "events", "--gsr", Path.Combine(Path.GetTempPath(), "akhbar-no-such-folder"));
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
    }

    /// <summary>
    /// The gold evaluation scores the 15 annotated articles once the default pipeline codes events; until then it says in
    /// one line that there is nothing to evaluate and exits 1. Both states are checked, whichever the pipeline is in.
    /// </summary>
    [SharedFact]
    public void The_gold_evaluation_scores_triples_or_says_the_pipeline_has_no_event_stage()
    {
        var hasEvents = ArabicPipeline.CreateDefault().Process(new RawArticle { Id = "t", Body = "قال الوزير إن الاجتماع انتهى." }).HasEvents;
        var gold = Path.Combine(SharedData.RepoRoot, "gold", "dev");
        var (exit, output, err) = CliRunner.Run("eval", "events", "--gold", gold, "--shared", SharedData.Root!);
        if (hasEvents)
        {
            Assert.Equal(0, exit);
            Assert.Contains("15 articles with gold events, 93 gold events", output, StringComparison.Ordinal);
            Assert.Contains("triples (source, CAMEO root, target)", output, StringComparison.Ordinal);
            Assert.Contains("triples (source, PLOVER type, target)", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(1, exit);
            Assert.Contains("no event stage", err, StringComparison.Ordinal);
        }
    }
}
