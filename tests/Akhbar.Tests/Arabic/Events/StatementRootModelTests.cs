using Akhbar.Arabic.Events;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The learned statement-root classifier (StatementRootModel, EventFinder.StatementRoots, <c>akhbar train
/// statement-roots</c>): deterministic training, a model file that reads back as written, a statement recoded by a small
/// model trained here, and the cross-validation command on gold folders.
/// </summary>
public sealed class StatementRootModelTests
{
    /// <summary>
    /// Statements made up for the tests: statements whose cue is اعتبر ("considered") and whose words name another actor
    /// are criticism (111) in this toy data, statements with قال are plain ones, and a few of each break the pattern.
    /// </summary>
    private static List<StatementInstance> ToyInstances()
    {
        var instances = new List<StatementInstance>();
        for (var i = 0; i < 24; i++)
        {
            var group = "folder" + (i % 4);
            var judged = i % 2 == 0;
            var label = judged ? (i % 12 == 0 ? "01" : "11") : (i % 11 == 1 ? "11" : "01");
            string[] features = judged
                ? ["actor", "basis=quote", "bias", "code=010", "cue=اعتبر", "speaker=Person"]
                : ["basis=quote", "bias", "code=010", "cue=قال", "no-actor", i % 3 == 0 ? "speaker=Organization" : "speaker=Person"];
            var recoded = new bool[StatementRootModel.Roots.Length];
            recoded[Array.IndexOf(StatementRootModel.Roots, "11")] = label == "11";
            instances.Add(new StatementInstance(group, label, label == "11" ? "111" : "010", features, label == "01", recoded));
        }

        return instances;
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var first = StatementRootTraining.Model(ToyInstances(), 0.001, 0.6, ["toy"]);
        var second = StatementRootTraining.Model(ToyInstances(), 0.001, 0.6, ["toy"]);
        Assert.Equal(Written(first), Written(second));
        Assert.Equal(StatementRootTraining.Choose(ToyInstances()), StatementRootTraining.Choose(ToyInstances()));
    }

    [Fact]
    public void The_model_file_reads_back_as_written()
    {
        var model = StatementRootTraining.Model(ToyInstances(), 0.001, 0.55, ["toy data", "second note"]);
        var text = Written(model);
        var read = StatementRootModel.Read(new StringReader(text));
        Assert.Equal(0.55, read.Threshold);
        Assert.Equal(["toy data", "second note"], read.Notes);
        Assert.Equal("111", read.Codes["11"]);
        Assert.Equal(model.Weights["11"].Count, read.Weights["11"].Count);
        Assert.Equal(text, Written(read));
    }

    [Fact]
    public void The_shipped_model_has_a_regression_for_every_root()
    {
        var model = StatementRootModel.Default;
        Assert.All(StatementRootModel.Roots, root => Assert.NotEmpty(model.Weights[root]));
        Assert.InRange(model.Threshold, 0.2, 1.01);
        Assert.Contains(model.Notes, n => n.Contains("leave-one-folder-out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_with_words_that_judge_another_side_is_recoded_by_a_trained_model()
    {
        // The toy model learns that a statement introduced by اعتبر whose words name another actor is criticism.
        var model = StatementRootTraining.Model(ToyInstances(), 0.001, 0.6, []);
        var doc = Analyze.Text("واعتبر وزير الخارجية الألماني هايكو ماس أن سياسة إيران في سوريا لا تساعد على إيجاد حل.", id: "stmt-roots");
        var cue = doc.Text.IndexOf("واعتبر", StringComparison.Ordinal);

        var plain = new EventStage().Find(doc).Single(e => e.Trigger.Start == cue);
        Assert.Equal("010", plain.Cameo);
        Assert.Null(plain.Target);

        var recoded = new EventStage(statementRoots: model).Find(doc).Single(e => e.Trigger.Start == cue);
        Assert.Equal("111", recoded.Cameo);
        Assert.Equal("إيران", doc.Slice(recoded.Target!.Span));
        Assert.Equal(plain.Source, recoded.Source);
    }

    [Fact]
    public void A_plain_statement_the_model_is_unsure_of_stays_plain()
    {
        var model = StatementRootTraining.Model(ToyInstances(), 0.001, 0.6, []);
        var doc = Analyze.Text("وقال المتحدث باسم الحكومة إن الاجتماع المقبل سيعقد في العاصمة الأسبوع المقبل.", id: "stmt-roots-plain");
        var cue = doc.Text.IndexOf("وقال", StringComparison.Ordinal);
        Assert.Equal("010", new EventStage(statementRoots: model).Find(doc).Single(e => e.Trigger.Start == cue).Cameo);
    }

    [SharedFact]
    public void The_cross_validation_command_runs_on_two_small_gold_folders()
    {
        var folders = new[] { "events-test13", "events-test14" }.Select(f => Path.Combine(SharedData.RepoRoot, "gold", f)).ToArray();
        var (exit, output, err) = CliRunner.Run(["train", "statement-roots", "--gold", .. folders, "--shared", SharedData.Root!, "--cv"]);
        Assert.True(exit == 0, err);
        Assert.Contains("held out events-test13", output, StringComparison.Ordinal);
        Assert.Contains("leave-one-folder-out, rules alone: gold", output, StringComparison.Ordinal);
        Assert.Contains("leave-one-folder-out, rules + classifier: gold", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_needs_two_folders_and_an_output()
    {
        var (exit, _, err) = CliRunner.Run("train", "statement-roots", "--gold", "gold/dev");
        Assert.Equal(2, exit);
        Assert.Contains("two or more --gold folders", err, StringComparison.Ordinal);
    }

    private static string Written(StatementRootModel model)
    {
        var writer = new StringWriter();
        model.Write(writer, ["header"]);
        return writer.ToString();
    }
}
