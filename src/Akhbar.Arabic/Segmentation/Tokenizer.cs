using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Segmentation;

/// <summary>A token found by <see cref="Tokenizer"/> before clitic segmentation.</summary>
public readonly record struct RawToken(TextSpan Span, TokenKind Kind);

/// <summary>
/// Splits text into words, numbers, URLs and e-mail addresses, and single punctuation marks or symbols.
/// A number keeps its inner separators when a digit follows them (3.5, 1,200, 15/9/2018, 10:30, ٢٠١٨).
/// Words are runs of letters and combining marks of any script that start with a letter; a digit glued to a word
/// starts a new token.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, TextSpan range, List<RawToken> output)
    {
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsUrlStart(text, i, end))
            {
                while (i < end && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                // Trailing punctuation after a URL belongs to the sentence, not the URL.
                while (i > start + 1 && IsTrailingPunctuation(text[i - 1]))
                {
                    i--;
                }

                output.Add(new RawToken(new TextSpan(start, i), TokenKind.Url));
                continue;
            }

            if (ArabicChars.IsAnyDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (ArabicChars.IsAnyDigit(text[i]))
                    {
                        i++;
                    }
                    else if (IsNumberSeparator(text[i]) && i + 1 < end && ArabicChars.IsAnyDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                output.Add(new RawToken(new TextSpan(start, i), TokenKind.Number));
                continue;
            }

            // A word starts at a letter. Marks with no letter before them (a tanwin typed after a space) are a
            // symbol of their own: a word made only of marks, or led by one, has no letters to segment.
            // U+0621..U+064A are all letters (tatweel too, a modifier letter): most words skip the Unicode category lookup.
            if (c is not (>= '\u0621' and <= '\u064A') && !char.IsLetter(c) && ArabicChars.IsWordChar(c))
            {
                i++;
                while (i < end && !char.IsLetter(text[i]) && ArabicChars.IsWordChar(text[i]))
                {
                    i++;
                }

                output.Add(new RawToken(new TextSpan(start, i), TokenKind.Symbol));
                continue;
            }

            if (ArabicChars.IsWordChar(c))
            {
                i++;
                while (i < end)
                {
                    // Arabic letters first, in a loop of their own: nearly every character of a word is one.
                    if (text[i] is >= '\u0621' and <= '\u064A')
                    {
                        i++;
                    }
                    else if (ArabicChars.IsWordChar(text[i]) || IsInnerApostrophe(text, i, end))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (i < end && text[i] == '@' && IsEmailRest(text, i + 1, end, out var emailEnd))
                {
                    output.Add(new RawToken(new TextSpan(start, emailEnd), TokenKind.Url));
                    i = emailEnd;
                    continue;
                }

                output.Add(new RawToken(new TextSpan(start, i), TokenKind.Word));
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end)
            {
                i += 2;
                output.Add(new RawToken(new TextSpan(start, i), TokenKind.Symbol));
                continue;
            }

            // Runs of the same mark (... !!! ؟؟) are one token.
            i++;
            if (c is '.' or '!' or '؟' or '?' or '-' or '_' or '=' or '*')
            {
                while (i < end && text[i] == c)
                {
                    i++;
                }
            }

            output.Add(new RawToken(new TextSpan(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }
    }

    private static bool IsNumberSeparator(char c) => c is '.' or ',' or '/' or ':' or '٫' or '٬' or '-';

    private static bool IsTrailingPunctuation(char c) => c is '.' or ',' or '،' or ')' or ']' or '"' or '”' or '»' or ';' or '؛' or ':' or '!' or '?' or '؟' or '\'';

    /// <summary>An apostrophe inside a Latin word (O'Brien), not a quotation mark next to Arabic.</summary>
    private static bool IsInnerApostrophe(string text, int i, int end) =>
        text[i] is '\'' or '’' && i + 1 < end && text[i - 1] < 0x250 && char.IsLetter(text[i - 1]) && text[i + 1] < 0x250 && char.IsLetter(text[i + 1]);

    private static bool IsUrlStart(string text, int i, int end)
    {
        // Every URL starts with h or w: most tokens are answered by this one test instead of three comparisons.
        if ((text[i] | 0x20) is not ('h' or 'w'))
        {
            return false;
        }

        var rest = text.AsSpan(i, end - i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5 && char.IsLetterOrDigit(rest[4]));
    }

    private static bool IsEmailRest(string text, int i, int end, out int emailEnd)
    {
        emailEnd = i;
        var dots = 0;
        while (emailEnd < end && (char.IsLetterOrDigit(text[emailEnd]) || text[emailEnd] is '.' or '-' or '_'))
        {
            if (text[emailEnd] == '.')
            {
                dots++;
            }

            emailEnd++;
        }

        while (emailEnd > i && text[emailEnd - 1] == '.')
        {
            emailEnd--;
            dots--;
        }

        return dots > 0 && emailEnd > i;
    }
}
