using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The date an event takes from a time expression, at the precision the text gives it, as gold/README.md dates events: a
/// day ("2018-05-14"), a week ("2018-W19", "2018-W10-WE"), a month ("2017-08", "أغسطس من العام الماضي"), a quarter or half,
/// a year ("في 2014") or a decade ("تسعينيات القرن الماضي", "199"). A part of a day ("مساء الخميس", "2018-02-22TEV") dates
/// its event by that day; a range ("بين 8 و10 مايو") by the day it starts. Durations, sets, clock times without a day and
/// values the time stage could not place ("XXXX-09-14", "-P1D") date nothing.
/// </summary>
internal static class EventDates
{
    /// <summary>The calendar value of a DATE or TIME expression, or null when it names no date.</summary>
    public static string? CalendarValue(TimeExpression t)
    {
        if (t.Type is not (TimeType.Date or TimeType.Time))
        {
            return null;
        }

        var value = t.Values is { Count: > 0 } days ? days[0] : t.Value;
        // A range starts its event; a time of day keeps its day.
        var end = value.IndexOfAny(['/', 'T']);
        var date = end >= 0 ? value[..end] : value;
        return IsCalendar(date) ? date : null;
    }

    /// <summary>Whether the value is a year of three or four digits (a decade or a year), perhaps with a month, week, quarter or half after it.</summary>
    private static bool IsCalendar(string date)
    {
        var dash = date.IndexOf('-', StringComparison.Ordinal);
        var year = dash < 0 ? date : date[..dash];
        if (year.Length is < 3 or > 4 || !year.All(char.IsAsciiDigit))
        {
            return false;
        }

        // "2018-05-14", "2018-05", "2018-W19", "2018-W10-WE", "2018-Q4", "2018-H2": digits and the letters TIMEX3 uses there.
        return dash < 0 || (dash == 4 && date.Length > 5 && date.AsSpan(5).IndexOfAnyExcept("0123456789-WEQH") < 0);
    }
}
