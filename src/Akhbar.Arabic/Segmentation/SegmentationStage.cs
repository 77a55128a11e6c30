using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Adds sentences, tokens and clitic segments to a document. Sentences come from each paragraph and the
/// title; tokens from each sentence, so that no token crosses a sentence boundary.
/// </summary>
public sealed class SegmentationStage : IPipelineStage
{
    private readonly CliticSegmenter _segmenter;

    public SegmentationStage(CliticSegmenter? segmenter = null) => _segmenter = segmenter ?? CliticSegmenter.Default;

    public string Name => "segmentation";

    public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Text];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Sentences, LayerNames.Tokens];

    public void Process(Document document)
    {
        var text = document.Text;

        // Both lists are sized from the text so that they rarely grow: ant-multisource has 1.2 sentences per
        // paragraph and a token every 5.3 characters.
        var sentences = new List<Sentence>(document.Paragraphs.Count * 5 / 4 + 4);
        if (document.Title is { } title)
        {
            SentenceSplitter.Split(text, title, -1, sentences);
        }

        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            SentenceSplitter.Split(text, document.Paragraphs[p].Span, p, sentences);
        }

        var raw = new List<RawToken>(text.Length / 5 + 16);
        foreach (var s in sentences)
        {
            Tokenizer.Tokenize(text, s.Span, raw);
        }

        var tokens = new Token[raw.Count];
        var segments = new List<Segment>(4);
        for (var i = 0; i < raw.Count; i++)
        {
            var (span, kind) = raw[i];
            segments.Clear();
            string key;
            if (kind == TokenKind.Word)
            {
                key = _segmenter.SegmentWord(text, span, segments);
            }
            else
            {
                key = ArabicFolding.Fold(text.AsSpan(span.Start, span.Length));
                segments.Add(new Segment(span, SegmentRole.Stem));
            }

            tokens[i] = new Token(span, key, [.. segments], kind);
        }

        document.Sentences = sentences;
        document.Tokens = tokens;
    }
}
