using System.Diagnostics;
using System.Globalization;
using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Arabic.Events;
using Akhbar.Arabic.Quotes;
using Akhbar.Arabic.Segmentation;
using Akhbar.Arabic.Time;
using Akhbar.Core.Model;
using Akhbar.Core.Output;
using Akhbar.Core.Pipeline;

namespace Akhbar.Bench;

/// <summary>
/// What named-entity tagging costs the whole analysis (pipeline and JSON record, as `akhbar analyze` does
/// per article): the default pipeline against the same pipeline whose entity stage finds no names, over the
/// benchmark articles, on this thread; in between, the default pipeline without entity linking, to show
/// which part costs what. Timed in CPU time of the process (the machine is shared, so wall time would
/// measure the neighbours), alternately, and the median of <see cref="Runs"/> runs is reported with the
/// ratio the NER issue asks to keep at 2 or less.
/// </summary>
public static class NerCostTimings
{
    private const int Runs = 3;

    private static readonly RecordOptions Options = new();

    /// <summary>The three pipelines, in the order they are run: for <c>--only</c>.</summary>
    private static readonly string[] Names = ["baseline", "no-linking", "default"];

    /// <summary>
    /// With <paramref name="compareModel"/>, a fourth pipeline, the default one with that model file instead
    /// of the shipped model, is timed in the same runs, so that two models are compared side by side.
    /// </summary>
    /// <param name="only">With one of <see cref="Names"/>, only that pipeline is run, <paramref name="passes"/> times, for a profiler.</param>
    public static int Run(BenchCorpus corpus, string? compareModel = null, string? only = null, int passes = 10)
    {
        AnalysisPipeline[] pipelines = [Build(new NoNamesStage(), linking: true), Build(new EntityStage(), linking: false), Build(new EntityStage(), linking: true)];
        if (compareModel is not null)
        {
            pipelines = [.. pipelines, Build(new EntityStage(new NerTagger(NerModel.Load(compareModel))), linking: true)];
        }

        var words = Measure(pipelines[0], corpus, out _);
        if (only is not null)
        {
            // For a profiler: one pipeline, many passes, nothing else in the process's samples.
            var index = Array.IndexOf(Names, only);
            if (index < 0)
            {
                Console.Error.WriteLine($"akhbar-bench ner-cost: --only takes one of {string.Join(", ", Names)}");
                return 2;
            }

            var seconds = new List<double>();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var collections = GC.CollectionCount(0);
            for (var pass = 0; pass < passes; pass++)
            {
                Measure(pipelines[index], corpus, out var s);
                seconds.Add(s);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / passes:F0} MB per pass, {(GC.CollectionCount(0) - collections) / (double)passes:F1} gen-0 collections per pass, GC pause {GC.GetTotalPauseDuration().TotalSeconds:F2} s in all"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner-cost --only {only}: {passes} passes, CPU seconds {string.Join(" ", seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}"));
            return 0;
        }

        var times = pipelines.Select(_ => new List<double>()).ToArray();
        for (var run = 0; run <= Runs; run++)
        {
            for (var p = 0; p < pipelines.Length; p++)
            {
                Measure(pipelines[p], corpus, out var seconds);
                if (run > 0)
                {
                    // Run 0 warms up (JIT, the model's first load).
                    times[p].Add(seconds);
                }
            }
        }

        var median = times.Select(t => t.Order().ElementAt(Runs / 2)).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"akhbar-bench ner-cost: {corpus.Articles.Count:N0} articles, {words:N0} tokens, median of {Runs} runs, CPU seconds on one thread, pipeline + JSON record"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without NER (entity stage finds nothing): {median[0]:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with NER, without entity linking: {median[1]:F2} s ({(median[1] - median[0]) / words * 1e6:F2} µs per token for the entity stage)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with NER (default pipeline): {median[2]:F2} s; ratio {median[2] / median[0]:F2}"));
        if (compareModel is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with NER, model {compareModel}: {median[3]:F2} s; ratio {median[3] / median[0]:F2}"));
        }

        return 0;
    }

    private static AnalysisPipeline Build(IPipelineStage entities, bool linking)
    {
        var builder = new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Add(entities);
        // Without linking, the event stage (which reads linked entities) sees none, as in the baseline.
        builder.Add(linking ? new EntityLinkingStage() : new NoLinkedEntitiesStage());

        // The rest is the default pipeline's (ArabicPipeline.CreateDefault), event stage included: the issue's
        // ratio is that of the whole analysis.
        return builder.Add(new TimeStage()).Add(new QuoteStage()).Add(new EventStage()).Build();
    }

    private static long Measure(AnalysisPipeline pipeline, BenchCorpus corpus, out double cpuSeconds)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.TotalProcessorTime;
        long tokens = 0;
        foreach (var article in corpus.Articles)
        {
            var doc = pipeline.Process(article);
            tokens += doc.Tokens.Count;
            ArticleRecordWriter.ToUtf8(doc, Options);
        }

        process.Refresh();
        cpuSeconds = (process.TotalProcessorTime - start).TotalSeconds;
        return tokens;
    }

    /// <summary>The baseline's entity stage: it provides the layer the later stages need, with no names in it.</summary>
    private sealed class NoNamesStage : IPipelineStage
    {
        public string Name => "entities";

        public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Sentences, LayerNames.Tokens];

        public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Entities];

        public void Process(Document document) => document.Entities = [];
    }

    /// <summary>The middle pipeline's linking stage: the layer the event stage needs, with no entities in it.</summary>
    private sealed class NoLinkedEntitiesStage : IPipelineStage
    {
        public string Name => "entity-linking";

        public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Tokens, LayerNames.Entities];

        public IReadOnlyCollection<string> Provides { get; } = [LayerNames.LinkedEntities];

        public void Process(Document document) => document.LinkedEntities = [];
    }
}
