using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Time;

/// <summary>
/// A token as the time recognizer sees it: its time meanings (looked up on the whole folded key, then without the
/// conjunction or preposition, then on the stem without the article) and where the matched form starts, so that
/// "وأمس" yields an expression starting at أمس.
/// </summary>
public readonly record struct TimeToken(int Start, int End, string Key, string Bare, TokenKind Kind, bool Conj, bool Article, TimeWord[] Words)
{
    public static TimeToken[] From(string text, IReadOnlyList<Token> tokens, TimeLexicon lexicon)
    {
        var result = new TimeToken[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var bareStart = t.Span.Start;
            var stem = t.Stem.Span;
            var conj = false;
            var article = false;
            foreach (var s in t.Segments)
            {
                article |= s.Role == SegmentRole.Article;
            }

            foreach (var s in t.Segments)
            {
                if (s.Role is SegmentRole.Conjunction or SegmentRole.Preposition)
                {
                    conj |= s.Role == SegmentRole.Conjunction;
                    bareStart = s.Span.End;
                }
                else
                {
                    break;
                }
            }

            var words = lexicon.Lookup(t.Key);
            var start = t.Span.Start;
            var bare = bareStart > t.Span.Start ? ArabicFolding.Fold(text.AsSpan(bareStart, t.Span.End - bareStart)) : t.Key;
            if (words.Length == 0 && t.Kind == TokenKind.Word && bareStart > t.Span.Start)
            {
                words = lexicon.Lookup(bare);
                start = bareStart;
            }

            if (words.Length == 0 && t.Kind == TokenKind.Word && stem.Start > bareStart)
            {
                words = lexicon.Lookup(ArabicFolding.Fold(text.AsSpan(stem.Start, stem.Length)));
                start = bareStart;
            }

            // ل، ب، ك glued to a short word the segmenter keeps whole ("لسنة 2016", "بيوم واحد", "ليوم كامل").
            if (words.Length == 0 && t.Kind == TokenKind.Word && t.Key.Length >= 3 && t.Key[0] is 'ل' or 'ب' or 'ك' && t.Segments.Length == 1
                && ArabicFolding.FoldChar(text[t.Span.Start]) == t.Key[0] && t.Span.Length == t.Key.Length)
            {
                words = lexicon.Lookup(t.Key[1..]);
                if (words.Length > 0)
                {
                    start = t.Span.Start + 1;
                    bare = t.Key[1..];
                }
            }

            result[i] = new TimeToken(start, t.Span.End, t.Key, bare, t.Kind, conj && start > t.Span.Start, article, words);
        }

        return result;
    }

    public bool Has(TimeWordKind kind) => Find(kind) is not null;

    public TimeWord? Find(TimeWordKind kind)
    {
        foreach (var w in Words)
        {
            if (w.Kind == kind)
            {
                return w;
            }
        }

        return null;
    }

    public bool IsPunct(char c) => Kind is TokenKind.Punctuation or TokenKind.Symbol && Key.Length == 1 && Key[0] == c;
}
