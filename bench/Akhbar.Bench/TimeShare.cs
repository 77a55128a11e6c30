using System.Diagnostics;
using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Arabic.Quotes;
using Akhbar.Arabic.Segmentation;
using Akhbar.Arabic.Time;
using Akhbar.Core.Pipeline;

namespace Akhbar.Bench;

/// <summary>
/// <c>timeshare</c>: what the time stage adds to analysis, measured article by article in one process. Each article
/// goes through a pipeline without the time stage, then the time stage alone runs on the same document, timed
/// separately; over several rounds the smallest time of each article is kept, so that the other processes of a
/// shared machine (which only ever add time) mostly drop out. Two baselines: cleaning and segmentation (the
/// stages the time stage reads), and the whole default analysis (entities, links and quotes as well).
/// </summary>
public static class TimeShare
{
    public static int Run(BenchCorpus corpus, int rounds)
    {
        var segmentOnly = new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Build();
        // The default pipeline (ArabicPipeline.CreateDefault) without its time stage: nothing after it reads times.
        var analysis = new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Add(new EntityStage())
            .Add(new EntityLinkingStage()).Add(new QuoteStage()).Build();
        var stage = new TimeStage();
        Console.WriteLine($"timeshare: {corpus.Articles.Count:N0} articles, {rounds} rounds (the first one warms up), smallest time per article.");
        Measure("clean + segment", segmentOnly, stage, corpus, rounds);
        Measure("default analysis without time", analysis, stage, corpus, rounds);
        return 0;
    }

    private static void Measure(string name, AnalysisPipeline pipeline, TimeStage stage, BenchCorpus corpus, int rounds)
    {
        var n = corpus.Articles.Count;
        var baseline = new long[n];
        var time = new long[n];
        Array.Fill(baseline, long.MaxValue);
        Array.Fill(time, long.MaxValue);
        long found = 0;
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < n; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                var doc = pipeline.Process(corpus.Articles[i]);
                var t1 = Stopwatch.GetTimestamp();
                stage.Process(doc);
                var t2 = Stopwatch.GetTimestamp();
                found += doc.Times.Count;
                if (r > 0)
                {
                    baseline[i] = Math.Min(baseline[i], t1 - t0);
                    time[i] = Math.Min(time[i], t2 - t1);
                }
            }
        }

        double b = baseline.Sum() / (double)Stopwatch.Frequency, t = time.Sum() / (double)Stopwatch.Frequency;
        Console.WriteLine($"  {name,-32} {b,8:F3} s; time stage {t,6:F3} s; time adds {100 * t / b,5:F1}%  ({found / rounds:N0} expressions per round)");
    }
}
