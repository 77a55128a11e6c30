using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قصفت طائرة إسرائيلية من دون طيار مشاركين في المسيرة"، "طائرات بدون طيار تابعة للتحالف": Arabic names a drone by the
/// aircraft and "without a pilot" after its adjectives. Those words are part of the aircraft's phrase (gold/events-test10 and
/// -test14 give "طائرة إسرائيلية من دون طيار" as the actor), and when the phrase stopped before them the verb's object after
/// them was never reached.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Aircraft heads that "without a pilot" can follow (folded, without the article).</summary>
    private static readonly HashSet<string> AircraftHeads = new(StringComparer.Ordinal) { "طايره", "طايرات", "طايرتين", "طايرتان" };

    /// <summary>
    /// The last token of an aircraft's phrase first..last taken over "من دون طيار"، "دون طيار" or "بدون طيار" (and "بلا طيار")
    /// right after it, or <paramref name="last"/> when the phrase is no aircraft or no such words follow.
    /// </summary>
    private int PastWithoutPilot(int first, int last, int limit)
    {
        if (!AircraftHeads.Contains(WithoutArticle(_tokens[first])))
        {
            return last;
        }

        var j = last + 1;
        if (j < limit && _tokens[j].Key == "من")
        {
            j++;
        }

        if (j + 1 < limit && _tokens[j].Key is "دون" or "بدون" or "بلا" && _tokens[j + 1].Key == "طيار")
        {
            return GlossEnd(j + 1, limit);
        }

        return last;
    }

    /// <summary>
    /// "من دون طيار "درون""، "(درون)": the end of a word or two of gloss in quotes or brackets right after token j, or j
    /// when none follows.
    /// </summary>
    private int GlossEnd(int j, int limit)
    {
        if (j + 2 >= limit || _tokens[j + 1].Key is not ("\"" or "(" or "«" or "“"))
        {
            return j;
        }

        var close = _tokens[j + 1].Key switch { "(" => ")", "«" => "»", "“" => "”", _ => "\"" };
        for (var i = j + 2; i < limit && i <= j + 4; i++)
        {
            if (_tokens[i].Key == close)
            {
                return i;
            }

            if (_tokens[i].Kind != TokenKind.Word)
            {
                break;
            }
        }

        return j;
    }
}
