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
    /// written twice on purpose: one generic body would reach the array through the interface again.
    /// </summary>
    public static int AtOrBefore(Token[] tokens, int offset)
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
