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
    /// <summary>Above this many tokens a document's raw token list is not kept for the next one.</summary>
    private const int MaxKeptRawTokens = 1 << 18;

    /// <summary>How many tokens ahead the clitic cache is asked to load a word's slots.</summary>
    private const int PrefetchDistance = 8;

    [ThreadStatic]
    private static List<RawToken>? t_rawTokens;

    [ThreadStatic]
    private static List<Segment>? t_segments;

    [ThreadStatic]
    private static List<(string Key, int SegmentEnd)>? t_drafts;

    /// <summary>
    /// The keys of one-character tokens, by folded character: most of them are punctuation (، " . #), one token in
    /// eight, and they need no string of their own each. Filled as they are met; a race only builds an equal string twice.
    /// </summary>
    private static readonly string?[] SingleCharKeys = new string?[char.MaxValue + 1];

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

        // The raw tokens only live until the Token array is built: one list per thread, kept between documents,
        // instead of one sized for each document (12 bytes a token).
        var raw = t_rawTokens ?? new List<RawToken>(text.Length / 5 + 16);
        t_rawTokens = null;
        raw.Clear();
        foreach (var s in sentences)
        {
            Tokenizer.Tokenize(text, s.Span, raw);
        }

        // Segments go into one list per thread, then into one array that the document's tokens share: a token is a
        // range of it. Each token's key and the end of its range wait in a second list per thread until that array exists.
        var segments = t_segments ?? new List<Segment>(raw.Count * 3 / 2 + 16);
        var drafts = t_drafts ?? new List<(string Key, int SegmentEnd)>(raw.Count + 16);
        (t_segments, t_drafts) = (null, null);
        segments.Clear();
        drafts.Clear();
        var cache = _segmenter.CurrentThreadCache;
        for (var i = 0; i < raw.Count; i++)
        {
            if (i + PrefetchDistance < raw.Count && raw[i + PrefetchDistance] is { Kind: TokenKind.Word, Span: var ahead })
            {
                // Start loading the slot of the word a few tokens ahead, so that memory waits of successive words overlap.
                cache.Prefetch(text.AsSpan(ahead.Start, ahead.Length));
            }

            var (span, kind) = raw[i];
            string key;
            if (kind == TokenKind.Word)
            {
                key = _segmenter.SegmentWord(text, span, segments, cache);
            }
            else
            {
                key = span.Length == 1 ? SingleCharKey(text[span.Start]) : ArabicFolding.Fold(text.AsSpan(span.Start, span.Length));
                segments.Add(new Segment(span, SegmentRole.Stem));
            }

            drafts.Add((key, segments.Count));
        }

        var store = segments.ToArray();
        var tokens = new Token[raw.Count];
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var (key, end) = drafts[i];
            tokens[i] = new Token(raw[i].Span, key, store, first, end - first, raw[i].Kind);
            first = end;
        }

        if (raw.Count <= MaxKeptRawTokens)
        {
            // The keys are dropped so that the kept list holds no strings of this document.
            drafts.Clear();
            (t_rawTokens, t_segments, t_drafts) = (raw, segments, drafts);
        }

        document.Sentences = sentences;
        document.Tokens = tokens;
    }

    /// <summary>What <see cref="ArabicFolding.Fold(ReadOnlySpan{char})"/> gives for one character, shared.</summary>
    private static string SingleCharKey(char c)
    {
        var f = ArabicFolding.FoldChar(c);
        return f == '\0' ? string.Empty : SingleCharKeys[f] ??= f.ToString();
    }
}
