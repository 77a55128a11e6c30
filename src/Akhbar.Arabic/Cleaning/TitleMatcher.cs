using System.Buffers;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Cleaning;

/// <summary>
/// Decides whether a body line repeats the headline: equal after folding and dropping everything but
/// letters and digits, or nearly so (an edit distance of at most a tenth of the length), as when a
/// scraper copies the headline with a typo fixed or a punctuation mark added.
/// </summary>
public static class TitleMatcher
{
    public static bool IsRepeat(string title, string line)
    {
        // The skeletons are only compared, never kept: they are built in a rented buffer (a body line is often a whole
        // paragraph, and three strings per line compared added up over a corpus).
        var buffer = ArrayPool<char>.Shared.Rent(title.Length + line.Length);
        try
        {
            var a = buffer.AsSpan(0, Skeleton(title, buffer.AsSpan(0, title.Length), int.MaxValue));

            // A line whose skeleton is longer than the title's by more than a ninth cannot be a repeat (see below), so
            // the skeleton of a body paragraph stops a little past the title's length instead of running to its end.
            var limit = (a.Length * 10 / 9) + 1;
            var b = buffer.AsSpan(title.Length, Skeleton(line, buffer.AsSpan(title.Length, line.Length), limit));
            if (a.Length == 0 || b.Length == 0 || b.Length > limit)
            {
                return false;
            }

            if (a.SequenceEqual(b))
            {
                return true;
            }

            var longer = Math.Max(a.Length, b.Length);
            if (Math.Abs(a.Length - b.Length) * 10 > longer)
            {
                return false;
            }

            return EditDistance.Between(a, b, longer / 10) <= longer / 10;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes the letters and digits of the folded text into <paramref name="destination"/> (as long as the text) and
    /// returns their count. Folding drops a character by making it '\0', which is neither, so one pass does both. It
    /// stops once the count is past <paramref name="limit"/>.
    /// </summary>
    private static int Skeleton(string s, Span<char> destination, int limit)
    {
        var n = 0;
        foreach (var c in s)
        {
            var f = ArabicFolding.FoldChar(c);
            if (char.IsLetterOrDigit(f))
            {
                destination[n++] = f;
                if (n > limit)
                {
                    break;
                }
            }
        }

        return n;
    }
}
