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
        var a = Skeleton(title);
        var b = Skeleton(line);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
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

    private static string Skeleton(string s)
    {
        var folded = ArabicFolding.Fold(s);
        var chars = new char[folded.Length];
        var n = 0;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }
}
