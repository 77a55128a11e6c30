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

    /// <summary>The folded key of the token's word, its leading conjunction or preposition left out.</summary>
    public static string WordKey(string text, Token token) => Key(text, token, WordStart(token));

    /// <summary>The folded key of the word from <paramref name="start"/>: the token's own key when nothing was left out, so most words cost no allocation.</summary>
    public static string Key(string text, Token token, int start) =>
        start == token.Span.Start ? token.Key : Core.Text.ArabicFolding.Fold(text.AsSpan(start, token.Span.End - start));

    /// <summary>
    /// The keys of <paramref name="count"/> tokens from <paramref name="first"/>, joined by single spaces, as dictionaries
    /// of multi-word names are keyed: one token's key is returned as it is, and longer keys are written in one string.
    /// </summary>
    public static string JoinKeys(IReadOnlyList<Token> tokens, int first, int count)
    {
        if (count == 1)
        {
            return tokens[first].Key;
        }

        var length = count - 1;
        for (var k = first; k < first + count; k++)
        {
            length += tokens[k].Key.Length;
        }

        return string.Create(length, (tokens, first, count), static (chars, words) =>
        {
            var at = 0;
            for (var k = words.first; k < words.first + words.count; k++)
            {
                if (k > words.first)
                {
                    chars[at++] = ' ';
                }

                words.tokens[k].Key.CopyTo(chars[at..]);
                at += words.tokens[k].Key.Length;
            }
        });
    }
}
