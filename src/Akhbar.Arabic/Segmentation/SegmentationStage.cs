using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Adds sentences, tokens and clitic segments to a document. Sentences come from each paragraph and the
/// title; tokens from each sentence, so that no token crosses a sentence boundary.
/// </summary>
public sealed class SegmentationStage : IPipelineStage
{
    // Stages are shared across threads; each thread keeps its own word cache and scratch lists.
    [ThreadStatic]
    private static WordCache? t_cache;

    private readonly CliticSegmenter _segmenter;

    public SegmentationStage(CliticSegmenter? segmenter = null) => _segmenter = segmenter ?? CliticSegmenter.Default;

    public string Name => "segmentation";

    public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Text];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Sentences, LayerNames.Tokens];

    public void Process(Document document)
    {
        var text = document.Text;
        var sentences = new List<Sentence>();
        if (document.Title is { } title)
        {
            SentenceSplitter.Split(text, title, -1, sentences);
        }

        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            SentenceSplitter.Split(text, document.Paragraphs[p].Span, p, sentences);
        }

        var cache = t_cache;
        if (cache is null || !ReferenceEquals(cache.Segmenter, _segmenter))
        {
            cache = t_cache = new WordCache(_segmenter);
        }

        var raw = cache.Tokens;
        raw.Clear();
        foreach (var s in sentences)
        {
            Tokenizer.Tokenize(text, s.Span, raw);
        }

        var tokens = new Token[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var (span, kind) = raw[i];
            var word = cache.Get(text, span);
            Segment[] segments;
            if (kind == TokenKind.Word)
            {
                var relative = word.RelativeSegments ??= Relative(text, span, word.Key, cache.Segments);
                segments = new Segment[relative.Length];
                for (var j = 0; j < relative.Length; j++)
                {
                    var r = relative[j];
                    segments[j] = new Segment(new TextSpan(span.Start + r.Span.Start, span.Start + r.Span.End), r.Role);
                }
            }
            else
            {
                segments = [new Segment(span, SegmentRole.Stem)];
            }

            tokens[i] = new Token(span, word.Key, segments, kind);
        }

        raw.Clear();
        document.Sentences = sentences;
        document.Tokens = tokens;
    }

    /// <summary>The clitic segments of one word, with offsets from the start of the word.</summary>
    private Segment[] Relative(string text, TextSpan span, string key, List<Segment> scratch)
    {
        scratch.Clear();
        _segmenter.Segment(text, span, key, scratch);
        var relative = new Segment[scratch.Count];
        for (var j = 0; j < scratch.Count; j++)
        {
            var s = scratch[j];
            relative[j] = new Segment(new TextSpan(s.Span.Start - span.Start, s.Span.End - span.Start), s.Role);
        }

        return relative;
    }
}
