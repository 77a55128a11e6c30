using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Cleaning;

/// <summary>The lines of article text found in an HTML page, with what was left out.</summary>
public sealed record HtmlExtraction(List<SourceLine> Lines, IReadOnlyList<RemovedSpan> Removed, bool UsedWholePage);

/// <summary>
/// Finds the article body of a news page and returns its blocks (headline, paragraphs, list items) as lines
/// whose raw range is the element in the HTML source. The body is the container with the most paragraph
/// text, after scripts, navigation, headers, footers, asides and forms are set aside.
/// </summary>
public sealed class HtmlTextExtractor
{
    private static readonly string[] NoiseSelectors =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "TD",
    };

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public HtmlExtraction Extract(string html)
    {
        using var doc = _parser.ParseDocument(html);
        var removed = new List<RemovedSpan>();
        var lines = new List<SourceLine>();

        var headline = doc.QuerySelector("h1");
        var headlineText = headline is null ? null : Collapse(headline.TextContent);

        foreach (var selector in NoiseSelectors)
        {
            foreach (var e in doc.QuerySelectorAll(selector).ToList())
            {
                e.Remove();
            }
        }

        var container = FindBodyContainer(doc);
        var usedWholePage = container is null;
        container ??= doc.Body;
        if (container is null)
        {
            return new HtmlExtraction(lines, removed, UsedWholePage: true);
        }

        if (headline is not null && !string.IsNullOrWhiteSpace(headlineText) && !container.Contains(headline))
        {
            AddLine(html, headline, headlineText, lines);
        }

        foreach (var block in Blocks(container))
        {
            var text = Collapse(block.TextContent);
            if (text.Length > 0)
            {
                AddLine(html, block, text, lines);
            }
        }

        return new HtmlExtraction(lines, removed, usedWholePage);
    }

    /// <summary>Block elements in document order, skipping blocks nested in a block already taken.</summary>
    private static IEnumerable<IElement> Blocks(IElement container)
    {
        foreach (var e in container.QuerySelectorAll("*"))
        {
            if (!BlockTags.Contains(e.TagName))
            {
                continue;
            }

            var parent = e.ParentElement;
            var nested = false;
            while (parent is not null && parent != container)
            {
                if (BlockTags.Contains(parent.TagName))
                {
                    nested = true;
                    break;
                }

                parent = parent.ParentElement;
            }

            if (!nested)
            {
                yield return e;
            }
        }
    }

    /// <summary>The element whose direct paragraph children hold the most text: the article body of most news pages.</summary>
    private static IElement? FindBodyContainer(IDocument doc)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var p in doc.QuerySelectorAll("p"))
        {
            var parent = p.ParentElement;
            if (parent is null)
            {
                continue;
            }

            var length = Collapse(p.TextContent).Length;
            if (length < 25)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
        }

        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static void AddLine(string html, IElement element, string text, List<SourceLine> lines)
    {
        var start = element.SourceReference?.Position.Index ?? -1;
        if (start < 0 || start >= html.Length)
        {
            return;
        }

        // The closing tag of a block that cannot nest in itself is the first one after the start tag.
        var closing = html.IndexOf("</" + element.LocalName, start, StringComparison.OrdinalIgnoreCase);
        var end = closing < 0 ? start : html.IndexOf('>', closing) + 1;
        if (end <= start)
        {
            end = Math.Min(html.Length, start + 1);
        }

        lines.Add(new SourceLine(text, 0, text.Length, start, end));
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
