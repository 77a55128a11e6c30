using System.Globalization;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وذلك بعد يوم من اندلاع اشتباكات"، "ويأتي هذا التطور بعد يوم واحد على إسقاط طائرة"، "قبل يومين من الانتخابات": an event
/// named right after a counted number of days or weeks before or after something took place that many days from the
/// report's own day (the day the sentence gives, else the publication day), not on it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The day of the event whose trigger (or the verbal noun before it: "من اندلاع اشتباكات") follows "بعد|قبل + a counted
    /// duration + من|على", counted back or forward from <paramref name="anchor"/>; null when no such phrase stands there or
    /// the anchor is no full day.
    /// </summary>
    private (string Day, TextSpan Span)? CountedFrom(TextSpan trigger, string? anchor)
    {
        if (anchor is null || !IsDay(anchor) || !_doc.HasTimes)
        {
            return null;
        }

        var k = ArticleActors.TokenAt(_tokens, trigger.Start);
        var j = k - 1;
        if (j >= 1 && !IsFromOrOn(j) && IsFromOrOn(j - 1) && _tokens[j].Kind == TokenKind.Word)
        {
            j--;
        }

        if (j < 2 || !IsFromOrOn(j))
        {
            return null;
        }

        foreach (var t in _doc.Times)
        {
            if (t.Type != TimeType.Duration || t.Span.End != _tokens[j - 1].Span.End || CountedDays(t.Value) is not { } days)
            {
                continue;
            }

            var before = ArticleActors.TokenAt(_tokens, t.Span.Start) - 1;
            var sign = before >= 0 ? ArticleActors.WithoutConjunction(_tokens[before].Key) switch
            {
                "بعد" => -1,
                "قبل" => 1,
                _ => 0,
            } : 0;
            if (sign == 0)
            {
                return null;
            }

            var day = DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(sign * days);
            return (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Span);
        }

        return null;
    }

    private bool IsFromOrOn(int j) => _tokens[j].Kind == TokenKind.Word && _tokens[j].Key is "من" or "علي";

    /// <summary>The days of a duration of whole days or weeks ("P1D", "P2D", "P1W"), or null for any other (hours, a vague "أيام").</summary>
    private static int? CountedDays(string value)
    {
        if (value.Length < 3 || value[0] != 'P' || !int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 60)
        {
            return null;
        }

        return value[^1] switch
        {
            'D' => n,
            'W' => 7 * n,
            _ => null,
        };
    }
}
