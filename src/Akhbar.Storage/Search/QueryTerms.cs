using System.Text;
using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;

namespace Akhbar.Storage.Search;

/// <summary>
/// Turns what a user types into an FTS5 query over the folded terms of <see cref="SearchTerms"/>: words are
/// ANDed, text in double quotes is a phrase. Every term is quoted, so FTS5 operators typed by accident
/// cannot break the query.
/// </summary>
public sealed class QueryTerms
{
    private readonly ArticleCleaner _cleaner = new();
    private readonly SegmentationStage _segmentation = new();

    /// <summary>The terms of each part of the query: a phrase, or a single word.</summary>
    public List<List<string>> Parts(string query, bool stem)
    {
        var parts = new List<List<string>>();
        var pieces = query.Split('"');
        for (var i = 0; i < pieces.Length; i++)
        {
            var words = Words(pieces[i], stem);
            if (i % 2 == 1)
            {
                if (words.Count > 0)
                {
                    parts.Add(words);
                }
            }
            else
            {
                parts.AddRange(words.Select(w => new List<string> { w }));
            }
        }

        return parts;
    }

    /// <summary>The FTS5 MATCH expression, or null when the query has no searchable word.</summary>
    public string? ToFts(string query, bool stem)
    {
        var parts = Parts(query, stem);
        if (parts.Count == 0)
        {
            return null;
        }

        var column = stem ? "stems" : "terms";
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0)
            {
                sb.Append(" AND ");
            }

            sb.Append(column).Append(" : \"").Append(string.Join(' ', p)).Append('"');
        }

        return sb.ToString();
    }

    /// <summary>Tokens of a piece of text, as the pipeline makes them (the text is cleaned and segmented first).</summary>
    public (string Text, IReadOnlyList<Token> Tokens) Tokenize(string text)
    {
        var doc = _cleaner.Clean(new RawArticle { Id = "query", Body = text.Replace('\n', ' ') });
        _segmentation.Process(doc);
        return (doc.Text, doc.Tokens);
    }

    private List<string> Words(string piece, bool stem)
    {
        if (string.IsNullOrWhiteSpace(piece))
        {
            return [];
        }

        var (text, tokens) = Tokenize(piece);
        return [.. tokens
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .Select(t => stem ? SearchTerms.Stem(text, t) : SearchTerms.Term(text, t))
            .Where(w => w.Length > 0)
            .Select(w => w.Replace("\"", string.Empty, StringComparison.Ordinal))];
    }
}
