using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Cleaning;

/// <summary>The lines of article text found in an HTML page, with what was left out.</summary>
public sealed record HtmlExtraction(List<SourceLine> Lines, IReadOnlyList<RemovedSpan> Removed, bool UsedWholePage);

/// <summary>
/// Finds the article body of a news page and returns its blocks (headline, paragraphs, list items) as lines
/// whose raw range is the element in the HTML source. Scripts, navigation, headers, footers, asides, forms
/// and frames are set aside first. The body is the element with the most paragraph text, counting the text
/// of its own paragraphs in full and that of its children's paragraphs at half (so paragraphs wrapped one
/// by one in a div still find their common parent). Only blocks that belong to the body itself are taken:
/// reached through inline and list elements, or through a wrapper that holds nothing but that block; a
/// group of paragraphs in a box of its own inside the body (a comment policy, a related-links box) is left
/// out. The headline is the longest h1 of the page (a logo is often an h1 too).
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

    /// <summary>Elements that do not make a box of their own: text formatting, links and lists.</summary>
    private static readonly HashSet<string> PassThroughTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "B", "I", "EM", "STRONG", "SPAN", "FONT", "A", "U", "SMALL", "BIG", "SUB", "SUP", "MARK", "CENTER", "UL", "OL", "DL",
    };

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public HtmlExtraction Extract(string html)
    {
        using var doc = _parser.ParseDocument(html);
        var removed = new List<RemovedSpan>();
        var lines = new List<SourceLine>();

        var headline = doc.QuerySelectorAll("h1").MaxBy(h => Collapse(h.TextContent).Length);
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

    /// <summary>Block elements of the body in document order, skipping blocks nested in a block already taken and blocks boxed apart.</summary>
    private static IEnumerable<IElement> Blocks(IElement container)
    {
        foreach (var e in container.QuerySelectorAll("*"))
        {
            if (BlockTags.Contains(e.TagName) && BelongsTo(e, container))
            {
                yield return e;
            }
        }
    }

    /// <summary>Whether every element between the block and the body is inline, a list, or a wrapper of this block alone.</summary>
    private static bool BelongsTo(IElement block, IElement container)
    {
        var parent = block.ParentElement;
        while (parent is not null && parent != container)
        {
            if (BlockTags.Contains(parent.TagName))
            {
                return false;
            }

            if (!PassThroughTags.Contains(parent.TagName) && parent.Children.Length > 1)
            {
                return false;
            }

            parent = parent.ParentElement;
        }

        return parent is not null;
    }

    /// <summary>The element whose paragraphs hold the most text: its own in full, its children's at half.</summary>
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
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2);
            }
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
