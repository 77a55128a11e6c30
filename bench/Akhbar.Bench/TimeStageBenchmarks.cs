using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Segmentation;
using Akhbar.Arabic.Time;
using Akhbar.Core.Pipeline;
using BenchmarkDotNet.Attributes;

namespace Akhbar.Bench;

/// <summary>
/// What the time stage adds to analysis: the same real articles through cleaning and segmentation, without and
/// with the time stage, in one run, so that the Ratio column is the cost of time extraction (issue 6 allows 10%).
/// </summary>
[MemoryDiagnoser]
public class TimeStageBenchmarks
{
    private BenchCorpus _corpus = null!;
    private AnalysisPipeline _without = null!;
    private AnalysisPipeline _with = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Default ?? throw new InvalidOperationException("../shared is absent");
        _without = new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Build();
        _with = new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Add(new TimeStage()).Build();
    }

    [Benchmark(Baseline = true, Description = "clean + segment")]
    public long Without()
    {
        long tokens = 0;
        foreach (var article in _corpus.Articles)
        {
            tokens += _without.Process(article).Tokens.Count;
        }

        return tokens;
    }

    [Benchmark(Description = "clean + segment + time")]
    public long With()
    {
        long found = 0;
        foreach (var article in _corpus.Articles)
        {
            found += _with.Process(article).Times.Count;
        }

        return found;
    }
}
