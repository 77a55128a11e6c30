using Akhbar.Arabic;
using Akhbar.Arabic.Events;
using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Model;
using Akhbar.Storage.Ingestion;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events.Evaluation;

/// <summary>
/// The dev gold (and the blind test gold) scored against predictions copied from itself must be perfect: every gold trigger lies in a sentence of
/// the pipeline's segmentation (none in text the cleaner removes), and the matching rules accept what the gold says.
/// </summary>
public sealed class GoldAgainstItselfTests
{
    [SharedFact]
    public void Copied_gold_scores_100_on_every_measure() => ScoreCopiedGold("dev", 93);

    [SharedFact]
    public void Copied_blind_test_gold_scores_100_on_every_measure() => ScoreCopiedGold("events-test", 89);

    [SharedFact]
    public void Copied_second_annotation_scores_100_on_every_measure() => ScoreCopiedGold(Path.Combine("agreement", "events-test4-b"), 71);

    private static void ScoreCopiedGold(string folder, int expectedEvents)
    {
        var pipeline = ArabicPipeline.CreateDefault();
        var news = SharedData.Path("data", "news");
        var cache = new GoldRecordCache(CorpusReader.ReadArticles);
        var score = new EventScore(CameoCodes.Default);
        foreach (var path in Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "gold", folder), "*.json"))
        {
            var file = EventGoldFile.Load(path);
            if (!file.Annotated)
            {
                continue;
            }

            var raw = GoldArticle.Load(path).ReadRecord(news, cache);
            var doc = pipeline.Process(raw);
            var copied = GoldAsPrediction.Events(file, PredictedEvents.RawSentences(doc));
            score.Add(GoldArticle.Load(path).Id, raw.Body, file, copied);
        }

        Assert.Equal(expectedEvents, score.Gold);
        Assert.Empty(score.Errors);
        Assert.Equal(score.Gold, score.RootMatched);
        Assert.Equal(score.Gold, score.PloverMatched);
        Assert.Equal(score.Gold, score.TriggerMatched);
        Assert.Equal(score.Where.Total, score.Where.Right);
        Assert.Equal(score.When.Total, score.When.Right);
    }
}
