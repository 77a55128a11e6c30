using System.Text;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Storage.Search;

/// <summary>
/// The words the full-text index holds for an article and looks for in a query, made the same way on both
/// sides: the folded word or number without its conjunction, preposition and future clitics (so
/// "والاتفاق" and "الإتفاق" both index as "الاتفاق"), and, for light stemming, the folded stem alone
/// (article and pronoun removed too). Stems are only searched when the user asks for them, so names are
/// never stemmed by default.
/// </summary>
public static class SearchTerms
{
    /// <summary>
    /// The index terms and stems of all tokens, and the terms of the tokens from <paramref name="wordsFrom"/> on
    /// (the body, for near-duplicate signatures), computed in one pass.
    /// </summary>
    public static (string Terms, string Stems, List<string> Words) Of(string text, IReadOnlyList<Token> tokens, int wordsFrom = 0)
    {
        var terms = new StringBuilder(text.Length);
        var stems = new StringBuilder(text.Length);
        var words = new List<string>(tokens.Count);
        foreach (var t in tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var term = Term(text, t);
            if (t.Span.Start >= wordsFrom)
            {
                // A lone clitic (و) counts as a word of the signature, as it always has, but is not indexed.
                words.Add(term);
            }

            if (term.Length == 0)
            {
                continue;
            }

            terms.Append(term).Append(' ');
            stems.Append(Stem(text, t)).Append(' ');
        }

        return (terms.ToString(), stems.ToString(), words);
    }

    /// <summary>The folded token without its leading conjunction, preposition and future segments.</summary>
    public static string Term(string text, Token t)
    {
        var start = t.Span.Start;
        foreach (var s in t.Segments)
        {
            if (s.Role is SegmentRole.Conjunction or SegmentRole.Preposition or SegmentRole.Future)
            {
                start = s.Span.End;
            }
            else
            {
                break;
            }
        }

        return start == t.Span.Start ? t.Key : ArabicFolding.Fold(text.AsSpan(start, t.Span.End - start));
    }

    /// <summary>The folded stem segment.</summary>
    public static string Stem(string text, Token t)
    {
        var stem = t.Stem.Span;
        return stem == t.Span ? t.Key : ArabicFolding.Fold(text.AsSpan(stem.Start, stem.Length));
    }
}
