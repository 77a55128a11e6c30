using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Akhbar.Arabic.Export;

/// <summary>
/// A calendar date as GDELT's date fields see it, read from a TIMEX3 value: a day ("2018-09-14", also with a time part
/// such as "2018-09-14TEV"), a month ("2017-05"), a year ("2017"), or a day without a year ("XXXX-09-14").
/// <see cref="Resolution"/> is the GKG's: 3 full day, 2 month and year, 1 year, 4 month and day without year.
/// Unknown parts are 0.
/// </summary>
public sealed record GdeltDate(int Resolution, int Year, int Month, int Day)
{
    /// <summary>The date a TIMEX3 value names, or null for anything else (weeks, durations, sets, relative values).</summary>
    public static GdeltDate? Parse(string? timex)
    {
        if (string.IsNullOrEmpty(timex))
        {
            return null;
        }

        var t = timex.IndexOf('T', StringComparison.Ordinal);
        var date = t >= 0 ? timex[..t] : timex;
        var parts = date.Split('-');
        if (parts.Length is < 1 or > 3)
        {
            return null;
        }

        var year = parts[0] == "XXXX" ? 0 : Number(parts[0], 4);
        var month = parts.Length > 1 ? Number(parts[1], 2) : 0;
        var day = parts.Length > 2 ? Number(parts[2], 2) : 0;
        if (year < 0 || month < 0 || day < 0 || month > 12 || day > 31)
        {
            return null;
        }

        return (year, month, day) switch
        {
            ( > 0, > 0, > 0) when IsDay(year, month, day) => new GdeltDate(3, year, month, day),
            ( > 0, > 0, 0) when parts.Length == 2 => new GdeltDate(2, year, month, 0),
            ( > 0, 0, 0) when parts.Length == 1 => new GdeltDate(1, year, 0, 0),
            (0, > 0, > 0) when parts.Length == 3 && day <= DateTime.DaysInMonth(2000, month) => new GdeltDate(4, 0, month, day),
            _ => null,
        };
    }

    /// <summary>
    /// The month or year a longer stretch of time lies wholly within, as a date of that resolution: an ISO week ("2018-W19",
    /// its weekend "2018-W19-WE") whose seven days fall in one month gives the month (2), in one year the year (1); a quarter
    /// or half ("2018-Q4", "2017-H2") gives its year. Null for anything else, a decade ("199") among them, and for a week
    /// that straddles two years. For the event table only: the GKG's dates name a day, a month or a year, not a week.
    /// </summary>
    public static GdeltDate? Within(string? timex)
    {
        if (string.IsNullOrEmpty(timex) || timex.Length < 7 || timex[4] != '-')
        {
            return null;
        }

        var year = Number(timex[..4], 4);
        var rest = timex[5..];
        if (year < 1)
        {
            return null;
        }

        if (rest.Length == 2 && ((rest[0] == 'Q' && rest[1] is >= '1' and <= '4') || (rest[0] == 'H' && rest[1] is '1' or '2')))
        {
            return new GdeltDate(1, year, 0, 0);
        }

        if (rest.Length < 3 || rest[0] != 'W' || (rest.Length != 3 && rest != rest[..3] + "-WE"))
        {
            return null;
        }

        var week = Number(rest[1..3], 2);
        if (week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            return null;
        }

        // The whole week, weekend or not: which days a weekend is differs between countries.
        var monday = WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday);
        var sunday = monday.PlusDays(6);
        return monday.Year != sunday.Year ? null
            : monday.Month == sunday.Month ? new GdeltDate(2, monday.Year, monday.Month, 0)
            : new GdeltDate(1, monday.Year, 0, 0);
    }

    /// <summary>YYYYMMDD for a full day, else null.</summary>
    public string? DayNumber => Resolution == 3 ? $"{Year:D4}{Month:D2}{Day:D2}" : null;

    /// <summary>YYYYMM when the year and month are known, else null.</summary>
    public string? MonthYear => Resolution is 2 or 3 ? $"{Year:D4}{Month:D2}" : null;

    /// <summary>YYYY when the year is known, else null.</summary>
    public string? YearNumber => Resolution is 1 or 2 or 3 ? Year.ToString("D4", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// GDELT's FractionDate, YYYY + (MONTH * 30 + DAY) / 365 with four decimals (the codebook's approximation, kept as is
    /// so that our values sort with GDELT's), for a full day; else null.
    /// </summary>
    public string? FractionDate => Resolution == 3
        ? (Year + (Month * 30 + Day) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture)
        : null;

    private static bool IsDay(int year, int month, int day) => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The value of exactly <paramref name="digits"/> ASCII digits, or -1.</summary>
    private static int Number(string text, int digits) =>
        text.Length == digits && text.All(char.IsAsciiDigit) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : -1;
}
