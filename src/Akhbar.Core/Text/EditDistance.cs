namespace Akhbar.Core.Text;

/// <summary>Levenshtein distance (insertions, deletions and substitutions of one UTF-16 unit each).</summary>
public static class EditDistance
{
    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 as soon as
    /// it is certain to exceed <paramref name="max"/> (callers that only ask "within k?" stop early).
    /// </summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue - 1)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
