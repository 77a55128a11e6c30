using Akhbar.Arabic.Time;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A month name written beside another month name is the date's second name, not a name: Levantine and Iraqi news give
/// the Syriac month after or before the Gregorian one ("أبريل نيسان", "أبريل/ نيسان", "نيسان (أبريل)"), and the tagger,
/// which knows نيسان as the carmaker, read it as an organization (25 times in 1,500 corpus articles). A month name alone
/// is left to the tagger: it may be the carmaker or part of a person's name (طارق رمضان).
/// </summary>
public static class MonthPairs
{
    /// <summary>Marks that may stand between the two names of one month.</summary>
    private const string Between = "/()-،,";

    /// <summary>Whether the one-word mention <paramref name="token"/> is a month name with another month name next to it.</summary>
    public static bool IsSecondMonthName(string text, IReadOnlyList<Token> tokens, int token) =>
        IsMonth(tokens[token]) && (IsMonth(NextWord(text, tokens, token, -1)) || IsMonth(NextWord(text, tokens, token, 1)));

    private static Token? NextWord(string text, IReadOnlyList<Token> tokens, int token, int step)
    {
        for (int k = token + step, marks = 0; k >= 0 && k < tokens.Count && marks <= 2; k += step, marks++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return tokens[k];
            }

            if (tokens[k].Span.Length != 1 || !Between.Contains(text[tokens[k].Span.Start]))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsMonth(Token? token)
    {
        if (token is not { } t)
        {
            return false;
        }

        foreach (var word in TimeLexicon.Default.Lookup(t.Key))
        {
            if (word.Kind == TimeWordKind.Month)
            {
                return true;
            }
        }

        return false;
    }
}
