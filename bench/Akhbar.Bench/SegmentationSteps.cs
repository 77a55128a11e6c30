using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;

namespace Akhbar.Bench;

/// <summary>
/// <c>segsteps</c>: where the segmentation stage spends its CPU time. The sample is cleaned once; each pass then
/// times, on fresh copies of the same clean documents, sentence splitting alone, sentences and tokens, the same with
/// the keys and clitic segments of the words, and the whole stage (the token array and the keys of the other tokens as
/// well), interleaved like <see cref="CpuTimings"/>. Each step's cost is its difference with the one before.
/// </summary>
public static class SegmentationSteps
{
    public static int Run(BenchCorpus corpus, int passes)
    {
        var cleaner = new ArticleCleaner();
        var clean = corpus.Articles.Select(cleaner.Clean).ToArray();
        var stage = new SegmentationStage();
        var sentences = new List<Sentence>();
        var raw = new List<RawToken>();

        long SentencesOnly()
        {
            long n = 0;
            foreach (var d in clean)
            {
                sentences.Clear();
                Split(d, sentences);
                n += sentences.Count;
            }

            return n;
        }

        // Fills sentences and raw with the document's sentences and their tokens.
        void SplitAndTokenize(Document d)
        {
            sentences.Clear();
            Split(d, sentences);
            raw.Clear();
            foreach (var s in sentences)
            {
                Tokenizer.Tokenize(d.Text, s.Span, raw);
            }
        }

        long SentencesAndTokens()
        {
            long n = 0;
            foreach (var d in clean)
            {
                SplitAndTokenize(d);

                n += raw.Count;
            }

            return n;
        }

        var segs = new List<Segment>();
        var segmenter = CliticSegmenter.Default;
        long TokensAndSegments()
        {
            long n = 0;
            foreach (var d in clean)
            {
                SplitAndTokenize(d);

                segs.Clear();
                foreach (var (span, kind) in raw)
                {
                    if (kind == TokenKind.Word)
                    {
                        n += segmenter.SegmentWord(d.Text, span, segs).Length;
                    }
                }
            }

            return n;
        }

        long WholeStage()
        {
            long n = 0;
            foreach (var d in clean)
            {
                var copy = new Document(d.Raw, d.Text, d.Offsets, d.Title, d.Paragraphs, d.Removed);
                stage.Process(copy);
                n += copy.Tokens.Count;
            }

            return n;
        }

        var methods = new (string Name, Func<long> Run)[]
        {
            ("sentences", SentencesOnly),
            ("sentences + tokens", SentencesAndTokens),
            ("sentences + tokens + word keys and segments", TokensAndSegments),
            ("whole segmentation stage", WholeStage),
        };
        var (times, allocated) = InterleavedCpuTimer.Measure(methods, passes);

        Console.WriteLine($"Segmentation steps, CPU time per pass over {clean.Length:N0} clean documents, median of {passes} interleaved passes (load average at start: {CpuTimings.LoadAverage()})");
        for (var m = 0; m < methods.Length; m++)
        {
            Console.WriteLine($"{methods[m].Name,-44} {CpuTimings.Median(times[m]),8:F0} ms  {allocated[m] / 1e6,7:F1} MB allocated");
        }

        return 0;
    }

    private static void Split(Document d, List<Sentence> output)
    {
        if (d.Title is { } title)
        {
            SentenceSplitter.Split(d.Text, title, -1, output);
        }

        for (var p = 0; p < d.Paragraphs.Count; p++)
        {
            SentenceSplitter.Split(d.Text, d.Paragraphs[p].Span, p, output);
        }
    }
}
