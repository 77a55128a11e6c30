using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Segmentation;

/// <summary>
/// Runs every line of Specs/clitics.tsv (hand-checked words) through the segmenter. The accuracy floor is the
/// measured accuracy (596 of 601 on 29 Nov 2026, docs/stages/segmentation.md); a change that loses words fails here.
/// </summary>
public class CliticSpecTests
{
    private const double MeasuredAccuracy = 0.991;

    private static string SpecPath => Path.Combine(SharedData.RepoRoot, "tests", "Akhbar.Tests", "Specs", "clitics.tsv");

    [Fact]
    public void The_spec_has_at_least_400_words_that_spell_their_segments()
    {
        var words = SegmentationSpec.Read(SpecPath);
        Assert.True(words.Count >= 400, $"only {words.Count} spec words");
        Assert.Equal(words.Count, words.Select(w => w.Word).Distinct().Count());
    }

    [Fact]
    public void Accuracy_on_the_spec_does_not_drop_below_the_measured_figure()
    {
        var words = SegmentationSpec.Read(SpecPath);
        var score = new BoundaryScore();
        var scratch = new List<Segment>();
        var wrong = new List<string>();
        foreach (var expected in words)
        {
            var got = SegmentedWord.Predict(CliticSegmenter.Default, expected.Word, scratch);
            if (!score.Add(expected.Boundaries, got.Boundaries))
            {
                wrong.Add($"{expected} got {got}");
            }
        }

        Assert.True(score.Accuracy >= MeasuredAccuracy, $"accuracy {score.Accuracy:P2} below {MeasuredAccuracy:P2}; wrong: {string.Join(", ", wrong)}");
    }

    [SharedFact]
    public void Clitic_boundary_accuracy_on_the_QCRI_WikiNews_gold_does_not_drop()
    {
        // Evaluation only: the gold never shaped the lexicon or the lists. Measured 98.83% (16,023 of 16,212 words).
        var score = new BoundaryScore();
        var scratch = new List<Segment>();
        foreach (var line in File.ReadLines(SharedData.Path("data", "qcri-wikinews-farasa", "WikiNews.pos.ref")).Skip(1))
        {
            if (FarasaGold.ParseLine(line) is { } gold)
            {
                score.Add(gold.Boundaries, SegmentedWord.Predict(CliticSegmenter.Default, gold.Word, scratch).Boundaries);
            }
        }

        Assert.True(score.Words > 15_000, $"only {score.Words} gold words read");
        Assert.True(score.Accuracy >= 0.988, $"word accuracy {score.Accuracy:P2}");
    }
}
