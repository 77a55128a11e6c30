using Akhbar.Cli.Commands;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.RealText;

/// <summary>
/// Cleaning on real scraped news (../shared): leftover removal on the articles listed in residue-ids.tsv
/// and text kept on unlisted ones, measured by <c>akhbar eval clean</c>. The floors are the figures that
/// command printed when the rules were last tuned (docs/stages/cleaning.md), less a small margin.
/// </summary>
public class CleaningResidueTests
{
    private const int Sample = 2000;

    private static readonly Lazy<EvalCleanCommand.Result> Measured = new(() => EvalCleanCommand.Measure(SharedData.Root!, Sample));

    private static readonly (string Corpus, string Residue, double Floor)[] RecallFloors =
    [
        (EvalCleanCommand.AntCorpus, "agency_credit_line", 0.98),
        (EvalCleanCommand.AntCorpus, "app_promo", 0.98),
        (EvalCleanCommand.AntCorpus, "click_here", 0.95),
        (EvalCleanCommand.AntCorpus, "cnn_verification_disclaimer", 0.95),
        (EvalCleanCommand.AntCorpus, "opinion_disclaimer", 0.98),
        (EvalCleanCommand.AntCorpus, "related_story_teasers", 0.42),
        (EvalCleanCommand.SaudiCorpus, "click_here", 0.98),
        (EvalCleanCommand.SaudiCorpus, "email_or_url", 0.96),
        (EvalCleanCommand.SaudiCorpus, "read_more", 0.98),
        (EvalCleanCommand.SaudiCorpus, "share_widget", 0.98),
        (EvalCleanCommand.SaudiCorpus, "sms_subscription", 0.98),
    ];

    private static readonly (string Corpus, double LinesFloor, double CharsFloor)[] ContentFloors =
    [
        (EvalCleanCommand.AntCorpus, 0.999, 0.9995),
        (EvalCleanCommand.SaudiCorpus, 0.99, 0.997),
    ];

    [SharedFact]
    public void Leftovers_of_each_residue_type_are_removed()
    {
        var failures = new List<string>();
        foreach (var (corpus, residue, floor) in RecallFloors)
        {
            var row = Assert.Single(Measured.Value.Residues, r => r.Corpus == corpus && r.Residue == residue);
            if (row.Leftovers == 0 || row.Recall < floor)
            {
                failures.Add($"{corpus} {residue}: removed {row.Removed} of {row.Leftovers} ({row.Recall:P1}), floor {floor:P0}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    [SharedFact]
    public void Articles_without_listed_leftovers_keep_their_text()
    {
        var failures = new List<string>();
        foreach (var (corpus, linesFloor, charsFloor) in ContentFloors)
        {
            var row = Assert.Single(Measured.Value.Content, c => c.Corpus == corpus);
            Assert.Equal(Sample, row.Articles);
            if (row.LinesKept < linesFloor || row.CharsKept < charsFloor)
            {
                failures.Add($"{corpus}: {row.LinesKept:P2} of lines and {row.CharsKept:P2} of characters kept, floors {linesFloor:P2} and {charsFloor:P2}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    [SharedFact]
    public void Cleaning_the_clean_text_again_changes_nothing_on_every_article_measured()
    {
        Assert.True(Measured.Value.Cleaned > 8000);
        Assert.Empty(Measured.Value.NotIdempotent);
    }

    [SharedFact]
    public void The_cnn_page_gives_the_expected_article_text()
    {
        var dir = SharedData.Path("data", "news", "cnn-arabic-html");
        var score = EvalHtmlCommand.Measure(File.ReadAllText(Path.Combine(dir, EvalHtmlCommand.PageFile)), File.ReadAllText(Path.Combine(dir, EvalHtmlCommand.ExpectedFile)));
        Assert.True(score.CharPrecision >= 0.98, $"character precision {score.CharPrecision:P1}");
        Assert.True(score.CharRecall >= 0.98, $"character recall {score.CharRecall:P1}");
        Assert.True(score.LineRecall >= 0.95, $"line recall {score.LineRecall:P1}");
    }
}
