using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Pipeline;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Akhbar.Bench;

/// <summary>
/// Akhbar's cleaning, sentences, tokens and clitic segments against Lucene.NET's ArabicAnalyzer (standard
/// tokenizer, lower-casing, stop words, Arabic normalization, light stemming) over the same real articles,
/// one thread each. Lucene is the baseline, so the Ratio column is Akhbar's time over Lucene's.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private BenchCorpus _corpus = null!;
    private AnalysisPipeline _pipeline = null!;
    private ArabicAnalyzer _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Default ?? throw new InvalidOperationException("../shared is absent");
        // The stages that compare with an analyzer chain: cleaning and segmentation (the default pipeline also
        // tags entities and times, which Lucene does not do).
        _pipeline = new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Build();
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>Clean text, paragraphs, sentences, tokens with folded keys, and clitic segments of every article.</summary>
    [Benchmark(Description = "Akhbar: clean + sentences + tokens + clitics")]
    public long Akhbar()
    {
        long segments = 0;
        foreach (var article in _corpus.Articles)
        {
            var doc = _pipeline.Process(article);
            foreach (var token in doc.Tokens)
            {
                segments += token.Segments.Length;
            }
        }

        return segments;
    }

    /// <summary>Cleaning alone (title, paragraphs, removed spans, Unicode folding, offset map): the share of the first benchmark that cleaning takes.</summary>
    [Benchmark(Description = "Akhbar: cleaning only")]
    public int AkhbarCleaningOnly()
    {
        var paragraphs = 0;
        foreach (var article in _corpus.Articles)
        {
            paragraphs += _pipeline.Cleaner.Clean(article).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>Every token of every article through the whole ArabicAnalyzer chain, term text read.</summary>
    [Benchmark(Baseline = true, Description = "Lucene ArabicAnalyzer: tokenize + normalize + stem")]
    public long Lucene()
    {
        long chars = 0;
        foreach (var text in _corpus.Texts)
        {
            using var stream = _lucene.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                chars += term.Length;
            }

            stream.End();
        }

        return chars;
    }
}
