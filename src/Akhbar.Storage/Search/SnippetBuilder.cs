using Akhbar.Storage.Model;

namespace Akhbar.Storage.Search;

/// <summary>
/// Cuts a snippet around the first matched word of an article and marks every matched word in it. Matching
/// is on the same folded terms the index uses, so the marks land on the words as the article spells them.
/// </summary>
public sealed class SnippetBuilder(QueryTerms queryTerms)
{
    private const int Before = 60;
    private const int After = 160;

    public Snippet Build(string text, IReadOnlyCollection<string> wanted, bool stem)
    {
        var (clean, tokens) = queryTerms.Tokenize(text);
        var matches = new List<(int Start, int End)>();
        foreach (var t in tokens)
        {
            var term = stem ? SearchTerms.Stem(clean, t) : SearchTerms.Term(clean, t);
            if (wanted.Contains(term))
            {
                matches.Add((t.Span.Start, t.Span.End));
            }
        }

        if (matches.Count == 0)
        {
            var head = clean[..Math.Min(clean.Length, Before + After)];
            return new Snippet(head, []);
        }

        var first = matches[0].Start;
        var start = WordBoundary(clean, Math.Max(0, first - Before), forward: true);
        var end = WordBoundary(clean, Math.Min(clean.Length, first + After), forward: false);
        if (end <= start)
        {
            end = Math.Min(clean.Length, first + After);
        }

        var highlights = matches
            .Where(m => m.Start >= start && m.End <= end)
            .Select(m => (m.Start - start, m.End - start))
            .ToList();
        var snippet = clean[start..end].Replace("\n\n", " ¶ ", StringComparison.Ordinal);
        if (snippet.Length != end - start)
        {
            // Paragraph marks change the length; recompute the highlights on the marked text.
            return Remark(clean[start..end], highlights);
        }

        return new Snippet(snippet, highlights);
    }

    private static Snippet Remark(string piece, List<(int Start, int End)> highlights)
    {
        var shifted = new List<(int, int)>(highlights.Count);
        foreach (var (s, e) in highlights)
        {
            var before = Count(piece, s);
            shifted.Add((s + before, e + before));
        }

        return new Snippet(piece.Replace("\n\n", " ¶ ", StringComparison.Ordinal), shifted);

        static int Count(string p, int upTo)
        {
            var n = 0;
            for (var i = p.IndexOf("\n\n", StringComparison.Ordinal); i >= 0 && i < upTo; i = p.IndexOf("\n\n", i + 2, StringComparison.Ordinal))
            {
                n++;
            }

            return n;
        }
    }

    private static int WordBoundary(string text, int i, bool forward)
    {
        if (i <= 0 || i >= text.Length)
        {
            return Math.Clamp(i, 0, text.Length);
        }

        if (forward)
        {
            while (i < text.Length && !char.IsWhiteSpace(text[i - 1]))
            {
                i++;
            }
        }
        else
        {
            while (i > 0 && !char.IsWhiteSpace(text[i]))
            {
                i--;
            }
        }

        return i;
    }
}
