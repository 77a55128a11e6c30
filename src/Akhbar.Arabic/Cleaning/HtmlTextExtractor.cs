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
/// out. The headline is the longest h1 of the page (a logo is often an h1 too). Readable text left out
/// (navigation, footers, asides, forms, blocks outside the body or boxed apart in it) is recorded as removed
/// boilerplate with the element's range in the source; scripts, styles and graphics are not.
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

    /// <summary>Set aside without being recorded: code and graphics, not text anyone reads.</summary>
    private static readonly HashSet<string> CodeTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG",
    };

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public HtmlExtraction Extract(string html)
    {
        using var doc = _parser.ParseDocument(html);
        var removed = new List<RemovedSpan>();
        var lines = new List<SourceLine>();

        var headline = doc.QuerySelectorAll("h1").MaxBy(h => Collapse(h.TextContent).Length);
        var headlineText = headline is null ? null : Collapse(headline.TextContent);

        var noise = doc.QuerySelectorAll(string.Join(',', NoiseSelectors)).ToList();
        foreach (var e in noise)
        {
            // Record the outermost piece of page furniture that people can read; code (scripts, styles) is not text.
            if (!CodeTags.Contains(e.TagName) && (headline is null || !e.Contains(headline)) && !HasAncestorIn(e, noise))
            {
                Record(html, e, "html-" + e.LocalName, removed);
            }
        }

        foreach (var e in noise)
        {
            e.Remove();
        }

        var container = FindBodyContainer(doc);
        var usedWholePage = container is null;
        container ??= doc.Body;
        if (container is null)
        {
            return new HtmlExtraction(lines, removed, UsedWholePage: true);
        }

        if (doc.Body is { } page)
        {
            // Text blocks left out, outside the body or boxed apart inside it, are recorded with their element.
            foreach (var block in page.QuerySelectorAll("*").Where(e => BlockTags.Contains(e.TagName) && !InBlock(e) && e != headline))
            {
                if (!container.Contains(block))
                {
                    Record(html, block, "html-outside-body", removed);
                }
                else if (!BelongsTo(block, container))
                {
                    Record(html, block, "html-boxed", removed);
                }
            }
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

    private static bool InBlock(IElement e)
    {
        for (var parent = e.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (BlockTags.Contains(parent.TagName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAncestorIn(IElement e, List<IElement> set)
    {
        for (var parent = e.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (set.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records an element with readable text as removed boilerplate, its raw range being the element in the source.</summary>
    private static void Record(string html, IElement element, string rule, List<RemovedSpan> removed)
    {
        var text = Collapse(element.TextContent);
        var start = element.SourceReference?.Position.Index ?? -1;
        if (text.Length == 0 || start < 0 || start >= html.Length)
        {
            return;
        }

        removed.Add(new RemovedSpan(start, ElementEnd(html, element, start), RemovalReason.Boilerplate, text, rule));
    }

    /// <summary>
    /// Where an element ends in the source: after its matching end tag, counting nested elements of the same
    /// name, or after its start tag when it has no end tag.
    /// </summary>
    private static int ElementEnd(string html, IElement element, int start)
    {
        var name = element.LocalName;
        var tagEnd = html.IndexOf('>', start);
        if (tagEnd < 0)
        {
            return Math.Min(html.Length, start + 1);
        }

        var depth = 1;
        var i = tagEnd + 1;
        while (true)
        {
            var next = html.IndexOf('<', i);
            if (next < 0)
            {
                return tagEnd + 1;
            }

            var closing = next + 1 < html.Length && html[next + 1] == '/';
            var nameAt = next + (closing ? 2 : 1);
            if (IsTagName(html, nameAt, name))
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    var close = html.IndexOf('>', nameAt);
                    return close < 0 ? html.Length : close + 1;
                }
            }

            i = next + 1;
        }
    }

    private static bool IsTagName(string html, int at, string name) =>
        at + name.Length <= html.Length
        && string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + name.Length == html.Length || html[at + name.Length] is '>' or '/' || char.IsWhiteSpace(html[at + name.Length]));

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
