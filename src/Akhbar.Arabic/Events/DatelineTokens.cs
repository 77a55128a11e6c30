using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The dateline that opens an article's first body paragraph: places set apart by commas, perhaps an agency in brackets,
/// and a dash ("دمشق -"، "دبي، الإمارات العربية المتحدة (CNN)--"، "واشنطن (رويترز) -"). It says where the article was
/// filed, so its places are no subject of the sentence that follows ("دبي، الإمارات العربية المتحدة (CNN)-- هاجم
/// اللاعب ..." is not an attack by the Emirates).
/// </summary>
internal static class DatelineTokens
{
    /// <summary>How many tokens a dateline may take: two or three places, their commas and an agency in brackets.</summary>
    private const int MaxLength = 16;

    /// <summary>How many tokens an agency's name in brackets may take ("(أ ف ب)").</summary>
    private const int MaxAgency = 6;

    /// <summary>
    /// The first and last token of the dateline, or (-1, -1) when the first body paragraph opens with none.
    /// <paramref name="placeAt"/> gives the last token of a place mention starting at a token, else -1.
    /// </summary>
    public static (int First, int Last) Find(Document doc, Func<int, int> placeAt)
    {
        var tokens = doc.Tokens;
        var first = FirstBodyToken(doc);
        if (first < 0)
        {
            return (-1, -1);
        }

        var places = 0;
        var j = first;
        while (j < tokens.Count && j < first + MaxLength)
        {
            if (placeAt(j) is var last and >= 0)
            {
                places++;
                j = last + 1;
            }
            else if (tokens[j].Key is "،" or ",")
            {
                j++;
            }
            else if (tokens[j].Key == "(" && AgencyEnd(tokens, j) is var close and > 0)
            {
                j = close + 1;
            }
            else
            {
                return places > 0 && IsDash(tokens[j].Key) ? (first, j) : (-1, -1);
            }
        }

        return (-1, -1);
    }

    private static int FirstBodyToken(Document doc)
    {
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Paragraph >= 0)
            {
                return Math.Max(0, ArticleActors.TokenAt(doc.Tokens, sentence.Span.Start));
            }
        }

        return -1;
    }

    /// <summary>The token that closes a short bracket opened at <paramref name="open"/>, or -1.</summary>
    private static int AgencyEnd(IReadOnlyList<Token> tokens, int open)
    {
        for (var j = open + 1; j < tokens.Count && j <= open + MaxAgency; j++)
        {
            if (tokens[j].Key == ")")
            {
                return j > open + 1 ? j : -1;
            }
        }

        return -1;
    }

    private static bool IsDash(string key) => key.Length > 0 && key.All(c => c is '-' or '–' or '—');
}
