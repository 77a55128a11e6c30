using Akhbar.Arabic.Time;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A name ends before a weekday written with the article: news puts the day of a statement right after the speaker's name
/// ("قال أيمن الصفدي الجمعة"، "فيليبو غراندي الخميس"), and the tagger often runs the name on over it. A chunk that is only a
/// part of the day and a weekday ("صباح الخميس", read as the given name صباح) is no name at all. In 1,500 ant-multisource
/// articles the tagger ran eight names on over a weekday this way, all of them wrongly. A bare weekday (جمعة) is left alone:
/// it is also a given and family name ("محمد مختار جمعة").
/// </summary>
public static class TrailingWeekdays
{
    /// <summary>
    /// The last word of the chunk <paramref name="first"/>..<paramref name="last"/> (indices into <paramref name="words"/>)
    /// before its trailing weekdays; -1 when what is left is a part of the day alone, so the chunk is no name.
    /// </summary>
    public static int LastNameWord(IReadOnlyList<Token> tokens, IReadOnlyList<int> words, int first, int last)
    {
        var end = last;
        while (end > first && IsWeekdayWithArticle(tokens[words[end]]))
        {
            end--;
        }

        return end < last && end == first && Has(tokens[words[first]].Key, TimeWordKind.Part) ? -1 : end;
    }

    private static bool IsWeekdayWithArticle(Token token) =>
        token.Kind == TokenKind.Word && token.Key.StartsWith("ال", StringComparison.Ordinal) && Has(token.Key, TimeWordKind.Weekday);

    private static bool Has(string key, TimeWordKind kind)
    {
        foreach (var w in TimeLexicon.Default.Lookup(key))
        {
            if (w.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}
