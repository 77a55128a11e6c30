using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A consonant skeleton of a Latin name for comparing a transliterated Arabic name with an English one:
/// vowels, h, w, y and apostrophes are dropped and letters that Arabic cannot tell apart are merged (p and b,
/// v and f, g, j, q, k and c), so "Lavrov" and the transliteration "Lafruf" of لافروف both give "lfrf".
/// </summary>
public static class NameSkeleton
{
    public static string Of(string latin)
    {
        var chars = new List<char>(latin.Length);
        foreach (var raw in latin.ToLowerInvariant())
        {
            char? c = raw switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h' or '\'' or '-' or '.' or ' ' or '_' => null,
                'p' => 'b',
                'v' => 'f',
                'g' or 'j' or 'q' or 'c' or 'x' => 'k',
                'z' => 's',
                _ when raw is >= 'a' and <= 'z' => raw,
                _ => null,
            };
            if (c is { } ch && (chars.Count == 0 || chars[^1] != ch))
            {
                chars.Add(ch);
            }
        }

        return new string([.. chars]);
    }

    /// <summary>1 minus the edit distance over the longer length: 1 for equal skeletons, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        return 1.0 - (double)EditDistance.Between(a, b) / Math.Max(a.Length, b.Length);
    }
}
