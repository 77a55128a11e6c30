using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Cleaning;

/// <summary>
/// Cleans scraped news text into a <see cref="Document"/>: the headline once as the title, one paragraph per
/// non-empty line, ad placeholders, shortcodes and scraper boilerplate removed with a reason, Unicode folded
/// (<see cref="UnicodeCleaner"/>), and an offset map back to the raw body. Nothing else is dropped.
/// </summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    /// <summary>How many kept body lines after the headline a repeat of it may follow (some pages print it twice, or a subtitle then the headline).</summary>
    private const int TitleRepeatWindow = 2;

    private readonly LineRules _rules;
    private readonly HtmlTextExtractor _html;
    private readonly TailTeaserDetector _teasers;

    /// <summary>Above this many characters an article's builders are not kept for the next one.</summary>
    private const int MaxScratchChars = 1 << 20;

    /// <summary>
    /// The builders of the article being cleaned, kept per thread between articles so that their buffers are
    /// allocated once rather than grown again for every article (the cleaner is shared by the batch's threads).
    /// </summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>The rule name recorded for paragraphs removed as teasers of other stories.</summary>
    public const string TailTeaserRule = "tail-teaser";

    public ArticleCleaner(LineRules? rules = null, TailTeaserDetector? teasers = null)
    {
        _rules = rules ?? LineRules.Default;
        _teasers = teasers ?? TailTeaserDetector.Default;
        _html = new HtmlTextExtractor();
    }

    public Document Clean(RawArticle raw)
    {
        if (raw.Format == RawFormat.Html)
        {
            return CleanLines(raw, _html.Extract(raw.Body));
        }

        return CleanLines(raw, SplitLines(raw.Body), alreadyRemoved: null);
    }

    /// <summary>Raw line ranges of plain text: split at LF (a CR before it is dropped as white space).</summary>
    private static List<SourceLine> SplitLines(string body)
    {
        // A vectorized search for the three breaks: a news line is a paragraph of a few hundred characters, which a
        // loop testing each character for all three walked one by one.
        var lines = new List<SourceLine>();
        var start = 0;
        while (true)
        {
            var at = body.AsSpan(start).IndexOfAny('\n', '\u2029', '\u2028');
            var i = at < 0 ? body.Length : start + at;
            lines.Add(new SourceLine(body, start, i, start, i));
            if (at < 0)
            {
                return lines;
            }

            start = i + 1;
        }
    }

    private Document CleanLines(RawArticle raw, HtmlExtraction extraction)
    {
        var doc = CleanLines(raw, extraction.Lines, extraction.Removed);
        if (extraction.UsedWholePage)
        {
            doc.AddDiagnostic(DiagnosticCodes.NoArticleBody, "no article body was recognized in the HTML page; the text of the whole page was used.");
        }

        return doc;
    }

    private Document CleanLines(RawArticle raw, List<SourceLine> lines, IReadOnlyList<RemovedSpan>? alreadyRemoved)
    {
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var doc = CleanLines(raw, lines, alreadyRemoved, scratch);

        // The builders keep their capacity for the next article, unless this one was so long that keeping it would
        // hold that much memory for the thread's lifetime.
        if (scratch.Lines.Length + scratch.Output.Length <= MaxScratchChars)
        {
            t_scratch = scratch;
        }

        return doc;
    }

    private Document CleanLines(RawArticle raw, List<SourceLine> lines, IReadOnlyList<RemovedSpan>? alreadyRemoved, Scratch scratch)
    {
        var body = raw.Body;
        var removed = new List<RemovedSpan>(alreadyRemoved ?? []);
        var output = scratch.Output;
        output.Clear();
        var cleanLines = scratch.Lines;
        cleanLines.Clear();
        var kept = new List<KeptLine>();
        var paragraphs = new List<TextSpan>();
        TextSpan? title = null;
        string? titleText = null;
        var lastKeptRawEnd = -1;
        var bodyLinesSeen = 0;

        if (!string.IsNullOrWhiteSpace(raw.Title))
        {
            titleText = UnicodeCleaner.Normalize(raw.Title.Replace('\n', ' ').Replace('\r', ' '));
            if (titleText.Length > 0)
            {
                output.Insert(titleText);
                title = new TextSpan(0, titleText.Length);
            }
            else
            {
                titleText = null;
            }
        }

        foreach (var source in lines)
        {
            var cleaned = CleanLine(body, source, removed, cleanLines, scratch.LineRemoved);
            if (cleaned is null)
            {
                continue;
            }

            var line = cleaned.Value;
            if (titleText is null)
            {
                // Plain text: the first non-empty line is the headline.
                titleText = line.Text;
                title = new TextSpan(0, line.Text.Length);
                output.AppendRange(cleanLines, line.CleanStart, line.CleanEnd);
                removed.AddRange(line.Removed);
                lastKeptRawEnd = line.RawEnd;
                continue;
            }

            if (bodyLinesSeen < TitleRepeatWindow && TitleMatcher.IsRepeat(titleText, line.Text))
            {
                // A removed repeat does not use up the window, as a line another rule removes does not: the window then
                // counts the same lines when the cleaned text is cleaned again (cleaning is idempotent).
                removed.Add(new RemovedSpan(line.RawStart, line.RawEnd, RemovalReason.DuplicateTitle, body[line.RawStart..line.RawEnd]));
                continue;
            }

            var rule = _rules.Match(line.Text);
            if (rule is not null)
            {
                removed.Add(new RemovedSpan(line.RawStart, line.RawEnd, rule.Reason, body[line.RawStart..line.RawEnd], rule.Name));
                continue;
            }

            bodyLinesSeen++;
            kept.Add(line);
        }

        var teasers = _teasers.CountTeasers(titleText, kept.Select(k => k.Text).ToList());
        for (var i = kept.Count - teasers; i < kept.Count; i++)
        {
            removed.Add(new RemovedSpan(kept[i].RawStart, kept[i].RawEnd, RemovalReason.Boilerplate, body[kept[i].RawStart..kept[i].RawEnd], TailTeaserRule));
        }

        foreach (var line in kept.Take(kept.Count - teasers))
        {
            if (output.Length > 0)
            {
                if (lastKeptRawEnd >= 0)
                {
                    output.Replace(lastKeptRawEnd, line.RawStart - lastKeptRawEnd, "\n\n");
                }
                else
                {
                    output.Insert("\n\n");
                }
            }

            var paragraphStart = output.Length;
            output.AppendRange(cleanLines, line.CleanStart, line.CleanEnd);
            paragraphs.Add(new TextSpan(paragraphStart, output.Length));
            removed.AddRange(line.Removed);
            lastKeptRawEnd = line.RawEnd;
        }

        var (cleanText, map) = output.Build();
        removed.Sort((a, b) => a.RawStart != b.RawStart ? a.RawStart.CompareTo(b.RawStart) : a.RawEnd.CompareTo(b.RawEnd));
        var paragraphRecords = paragraphs.Select(p =>
        {
            var r = map.ToRaw(p);
            return new Paragraph(p, r?.Start, r?.End);
        }).ToList();

        var doc = new Document(raw, cleanText, map, title, paragraphRecords, removed);
        foreach (var d in raw.InputDiagnostics)
        {
            doc.AddDiagnostic(d.Code, d.Message);
        }

        if (paragraphRecords.Count == 0)
        {
            doc.AddDiagnostic(DiagnosticCodes.EmptyAfterCleaning, title is null
                ? "the article has no text left after cleaning."
                : "the article has a title but no body text after cleaning.");
        }

        return doc;
    }

    /// <summary>
    /// The folded text of one source line with its raw content range, after a prefix rule (a share widget
    /// glued to the first sentence) has cut what it matched; null when nothing is left of the line.
    /// </summary>
    private KeptLine? CleanLine(string body, SourceLine source, List<RemovedSpan> removed, CleanTextBuilder clean, List<RemovedSpan> lineRemoved)
    {
        var verbatim = ReferenceEquals(source.Text, body);
        var start = source.Start;

        // Every line of the article is cleaned into the one builder, each from a run boundary, and the kept ones are
        // later copied into the output by range: one builder instead of one per line.
        clean.CloseRuns();
        var before = clean.Length;
        while (true)
        {
            lineRemoved.Clear();
            UnicodeCleaner.Append(source.Text, start, source.End, clean, verbatim ? lineRemoved : null, out var appendedText);
            if (clean.Length == before)
            {
                removed.AddRange(lineRemoved);
                return null;
            }

            var text = appendedText ?? clean.Slice(before);
            if (!verbatim)
            {
                // Text decoded from markup maps onto its element as a whole: entities and tags have no character-level match.
                clean.Truncate(before);
                clean.Replace(source.RawStart, source.RawEnd - source.RawStart, text);
                return new KeptLine(before, clean.Length, text, source.RawStart, source.RawEnd, ToArray(lineRemoved));
            }

            var (contentStart, contentEnd) = TrimmedRange(body, start, source.End);
            var prefix = _rules.MatchPrefix(text);
            if (prefix is null)
            {
                return new KeptLine(before, clean.Length, text, contentStart, contentEnd, ToArray(lineRemoved));
            }

            // Folding trims a line, so the cut is found for the match without its trailing spaces.
            var length = prefix.Value.Length;
            while (length > 0 && char.IsWhiteSpace(text[length - 1]))
            {
                length--;
            }

            var cut = RawCut(body, contentStart, contentEnd, length);
            removed.Add(new RemovedSpan(contentStart, cut, prefix.Value.Rule.Reason, body[contentStart..cut], prefix.Value.Rule.Name));
            start = cut;
            clean.Truncate(before);
        }
    }

    /// <summary>Most lines remove nothing: they share the empty array.</summary>
    private static RemovedSpan[] ToArray(List<RemovedSpan> spans) => spans.Count == 0 ? [] : [.. spans];

    /// <summary>The raw position where the first <paramref name="cleanLength"/> characters of the folded line end.</summary>
    private static int RawCut(string body, int start, int end, int cleanLength)
    {
        // Folding never lengthens text, so the cut is at least cleanLength raw characters in.
        var cut = Math.Min(end, start + cleanLength);
        while (cut < end && UnicodeCleaner.Normalize(body[start..cut]).Length < cleanLength)
        {
            cut++;
        }

        return cut;
    }

    /// <summary>The raw range of a line without leading and trailing white space and invisible controls.</summary>
    private static (int Start, int End) TrimmedRange(string body, int start, int end)
    {
        while (start < end && IsTrimmable(body[start]))
        {
            start++;
        }

        var lineEnd = end;
        while (end > start && IsTrimmable(body[end - 1]))
        {
            end--;
        }

        // Characters dropped right after the last word (the tatweel of a closing هـ) belong to it, as in the offset map.
        while (end > start && end < lineEnd && CleanCharClass.Of(body[end]) == CleanCharClass.Removed)
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || Core.Text.ArabicChars.IsInvisibleControl(c) || c == Core.Text.ArabicChars.Tatweel || char.IsControl(c);

    /// <summary>The reusable buffers of the cleaner: every line's folded text, the document's text, and one line's removed controls.</summary>
    private sealed class Scratch
    {
        public CleanTextBuilder Lines { get; } = new();

        public CleanTextBuilder Output { get; } = new();

        public List<RemovedSpan> LineRemoved { get; } = [];
    }
}

/// <summary>
/// One line to clean: <c>Text[Start..End)</c>, which came from <c>[RawStart, RawEnd)</c> of the raw body.
/// For plain text <see cref="Text"/> is the body itself; for HTML it is the decoded text of an element.
/// </summary>
public readonly record struct SourceLine(string Text, int Start, int End, int RawStart, int RawEnd);

/// <summary>
/// A cleaned line on its way into the document: where its folded text lies in the article's line builder, the text
/// itself, its raw offsets, and the controls folding dropped from it.
/// </summary>
internal readonly record struct KeptLine(int CleanStart, int CleanEnd, string Text, int RawStart, int RawEnd, RemovedSpan[] Removed);
