using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>Words of a token once its leading conjunction or preposition is left out ("ووزير" gives "وزير").</summary>
public static class TokenWords
{
    public static int WordStart(Token token)
    {
        foreach (var s in token.Segments)
        {
            if (s.Role is not (SegmentRole.Conjunction or SegmentRole.Preposition))
            {
                return s.Span.Start;
            }
        }

        return token.Span.Start;
    }

    /// <summary>The folded key of the word from <paramref name="start"/>: the token's own key when nothing was left out, so most words cost no allocation.</summary>
    public static string Key(string text, Token token, int start) =>
        start == token.Span.Start ? token.Key : Core.Text.ArabicFolding.Fold(text.AsSpan(start, token.Span.End - start));
}
