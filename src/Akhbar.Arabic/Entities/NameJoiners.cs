using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// The marks that social-media style glues to words: a hashtag sign before a word ("إيمانويل #ماكرون") and underscores
/// that join the words of a hashtag ("#قطاع_غزة", "الجيش_الإسرائيلي"). Some sites (Al Arabiya above all: 2,700 of the
/// 31,525 articles of ant-multisource have hashtags, 2,100 underscore joins) write them inside running text, on the very
/// names a reader looks for. They are not words of the sentence: the tagger, trained on text without them, is given the
/// words around them side by side, and a name then runs across them ("إيمانويل #ماكرون" is one person).
/// </summary>
public static class NameJoiners
{
    /// <summary>The indices of the tokens in [<paramref name="first"/>, <paramref name="end"/>) that are words of the sentence, ascending.</summary>
    public static int[] WordsOf(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var joiners = 0;
        for (var k = first; k < end; k++)
        {
            if (IsJoiner(text, tokens, k))
            {
                joiners++;
            }
        }

        var words = new int[end - first - joiners];
        var w = 0;
        for (var k = first; k < end; k++)
        {
            if (joiners == 0 || !IsJoiner(text, tokens, k))
            {
                words[w++] = k;
            }
        }

        return words;
    }

    /// <summary>
    /// A '#' glued to the word after it, or a run of underscores glued to a word on each side. A mark with space around
    /// it stays a token of the sentence.
    /// </summary>
    public static bool IsJoiner(string text, IReadOnlyList<Token> tokens, int k)
    {
        var token = tokens[k];
        var c = text[token.Span.Start];
        if (c is not ('#' or '_') || token.Kind == TokenKind.Word)
        {
            return false;
        }

        var gluedAfter = k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Span.Start == token.Span.End;
        if (c == '#')
        {
            return token.Span.Length == 1 && gluedAfter;
        }

        var gluedBefore = k > 0 && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Span.End == token.Span.Start;
        return gluedBefore && gluedAfter && IsAll(text, token.Span, '_');
    }

    /// <summary>A name as written without its joiners: "إيمانويل #ماكرون" is إيمانويل ماكرون, "قطاع_غزة" is قطاع غزة.</summary>
    public static string Plain(string name) =>
        name.AsSpan().IndexOfAny('#', '_') < 0 ? name : string.Join(' ', name.Replace('_', ' ').Replace("#", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool IsAll(string text, TextSpan span, char c) => text.AsSpan(span.Start, span.Length).IndexOfAnyExcept(c) < 0;

    /// <summary>Whether the text from <paramref name="from"/> to <paramref name="to"/> is one or more underscores and nothing else: the words on both sides are one hashtag.</summary>
    public static bool IsUnderscoresOnly(string text, int from, int to) => to > from && IsAll(text, new TextSpan(from, to), '_');
}
