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
    /// <see cref="Key"/> as a part of the token's own key, without a string: the key is the token's text folded character by
    /// character, so the word's key is what is left of it once the folded characters before <paramref name="start"/> are
    /// left out. For the loops that look every token's word up in a table (a string per word with a clitic was most of what
    /// they allocated).
    /// </summary>
    public static ReadOnlySpan<char> KeySpan(string text, Token token, int start)
    {
        return start == token.Span.Start ? token.Key : token.Key.AsSpan(MentionBounds.KeyOffset(text, token.Span, start));
    }

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

    /// <summary>
    /// Looks <see cref="JoinKeys"/> of <paramref name="count"/> tokens from <paramref name="first"/> up in an ordinal
    /// <paramref name="table"/>, the joined key written on the stack when it fits instead of made a string: asked for each
    /// length a name might have, and most joined keys are no name.
    /// </summary>
    public static bool TryGetJoined<TValue>(Dictionary<string, TValue> table, IReadOnlyList<Token> tokens, int first, int count, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        if (count == 1)
        {
            return table.TryGetValue(tokens[first].Key, out value);
        }

        Span<char> buffer = stackalloc char[MaxStackKey];
        var length = count - 1;
        for (var k = first; k < first + count; k++)
        {
            length += tokens[k].Key.Length;
        }

        if (length > buffer.Length)
        {
            return table.TryGetValue(JoinKeys(tokens, first, count), out value);
        }

        var at = 0;
        for (var k = first; k < first + count; k++)
        {
            if (k > first)
            {
                buffer[at++] = ' ';
            }

            tokens[k].Key.CopyTo(buffer[at..]);
            at += tokens[k].Key.Length;
        }

        return table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out value);
    }

    /// <summary>Joined keys up to this length are written on the stack.</summary>
    private const int MaxStackKey = 128;
}
