namespace Akhbar.Core.Model;

/// <summary>
/// Binary searches of a document's tokens, which stand in text order, by character offset of the clean text: one place
/// for the entity, event and quote stages, which all map spans back to tokens.
/// </summary>
public static class TokenSearch
{
    /// <summary>The index of the token that holds the text offset <paramref name="position"/>, or -1 (between tokens or past them).</summary>
    public static int Containing(IReadOnlyList<Token> tokens, int position)
    {
        var (lo, hi) = (0, tokens.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var span = tokens[mid].Span;
            if (position < span.Start)
            {
                hi = mid - 1;
            }
            else if (position >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The index of the token that contains <paramref name="offset"/>, or of the last token before it; -1 before the first.</summary>
    public static int AtOrBefore(IReadOnlyList<Token> tokens, int offset)
    {
        if (tokens is Token[] array)
        {
            return AtOrBefore(array, offset);
        }

        // Another list is searched through its interface: copying it into an array would cost more than the search saves.
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="AtOrBefore(IReadOnlyList{Token}, int)"/> over an array: the event rules ask it for nearly every event and
    /// mention, and a binary search through the list interface pays a dispatched call for each token it reads. The loop is
    /// written twice on purpose: one generic body would reach the array through the interface again. Tokens lie nearly
    /// evenly over the text, so the offset's share of the text first guesses the token, and a few steps from the guess
    /// find it (the event stage asks some hundred times per document); a guess that is far off falls back to the search.
    /// </summary>
    public static int AtOrBefore(Token[] tokens, int offset)
    {
        var count = tokens.Length;
        if (count == 0 || offset < tokens[0].Span.Start)
        {
            return -1;
        }

        int firstStart = tokens[0].Span.Start, lastStart = tokens[count - 1].Span.Start;
        if (offset >= lastStart)
        {
            return count - 1;
        }

        // Here tokens[0] starts at or before the offset and the last token after it.
        var guess = (int)((long)(offset - firstStart) * (count - 1) / (lastStart - firstStart));
        for (var step = 0; step < GuessSteps; step++)
        {
            if (tokens[guess].Span.Start > offset)
            {
                guess--;
            }
            else if (tokens[guess + 1].Span.Start <= offset)
            {
                guess++;
            }
            else
            {
                return guess;
            }
        }

        return BinaryAtOrBefore(tokens, offset);
    }

    /// <summary>How many tokens <see cref="AtOrBefore(Token[], int)"/> steps from its guess before it searches instead.</summary>
    private const int GuessSteps = 8;

    private static int BinaryAtOrBefore(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
