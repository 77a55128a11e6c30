using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Calendars;

namespace Akhbar.Arabic.Time;

/// <summary>TIMEX3-style value strings.</summary>
public static class TimeValues
{
    public static string Date(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}");

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(LocalDate d) =>
        $"{WeekYearRules.Iso.GetWeekYear(d):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(d):D2}";

    public static string Range(LocalDate from, LocalDate to) => Date(from) + "/" + Date(to);

    public static string Clock(Clock c)
    {
        var hour = Hour24(c);
        // TIMEX3 writes a clock time with its minutes even when the text gives the hour alone ("الساعة الثامنة صباحا" is
        // T08:00, as the gold folders mark it); "T08" would be the whole hour, a period.
        var s = new StringBuilder("T").Append(hour.ToString("D2", CultureInfo.InvariantCulture));
        s.Append(':').Append((c.Minute ?? 0).ToString("D2", CultureInfo.InvariantCulture));
        if (c.Second is { } sec)
        {
            s.Append(':').Append(sec.ToString("D2", CultureInfo.InvariantCulture));
        }

        return s.ToString();
    }

    /// <summary>The hour on a 24-hour clock: the evening, the night and the afternoon move 1-11 to 13-23.</summary>
    public static int Hour24(Clock c) => c.Part switch
    {
        "EV" or "AF" when c.Hour < 12 => c.Hour + 12,
        "NI" when c.Hour == 12 => 0,
        "NI" when c.Hour is >= 6 and < 12 => c.Hour + 12,
        "MI" when c.Hour < 6 => c.Hour + 12,
        "MO" when c.Hour == 12 => 0,
        _ => c.Hour == 24 ? 0 : c.Hour,
    };

    /// <summary>"P3Y", "PT48H", "P1Y1M21D", "P20Y" for two decades; a null amount is "X" (a few).</summary>
    public static string Duration(IReadOnlyList<(double? Amount, TimeUnit Unit)> parts)
    {
        var date = new StringBuilder();
        var time = new StringBuilder();
        foreach (var (amount, unit) in parts.OrderByDescending(p => p.Unit))
        {
            var (n, letter, isTime) = unit switch
            {
                TimeUnit.Century => (amount * 100, 'Y', false),
                TimeUnit.Decade => (amount * 10, 'Y', false),
                TimeUnit.Year => (amount, 'Y', false),
                TimeUnit.Month => (amount, 'M', false),
                TimeUnit.Week => (amount, 'W', false),
                TimeUnit.Day => (amount, 'D', false),
                TimeUnit.Hour => (amount, 'H', true),
                TimeUnit.Minute => (amount, 'M', true),
                _ => (amount, 'S', true),
            };
            if (n is { } thirds && Math.Abs((thirds * 100) - Math.Round(thirds * 100)) > 1e-6 && Smaller(letter, isTime) is { } next)
            {
                // A third ("ثلث ساعة", "ساعة وثلث", "ثلث قرن") has no short decimal: whole units and the rest in the next smaller unit.
                var whole = Math.Floor(thirds);
                if (whole > 0)
                {
                    (isTime ? time : date).Append(whole.ToString("0", CultureInfo.InvariantCulture)).Append(letter);
                }

                var rest = Math.Round((thirds - whole) * next.Factor);
                (next.IsTime ? time : date).Append(rest.ToString("0", CultureInfo.InvariantCulture)).Append(next.Letter);
                continue;
            }

            var text = n is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "X";
            (isTime ? time : date).Append(text).Append(letter);
        }

        return "P" + date + (time.Length > 0 ? "T" + time : "");
    }

    /// <summary>The next smaller unit of a duration letter and how many of it make one.</summary>
    private static (char Letter, bool IsTime, int Factor)? Smaller(char letter, bool isTime) => (letter, isTime) switch
    {
        ('Y', false) => ('M', false, 12),
        ('M', false) => ('D', false, 30),
        ('W', false) => ('D', false, 7),
        ('D', false) => ('H', true, 24),
        ('H', true) => ('M', true, 60),
        ('M', true) => ('S', true, 60),
        _ => null,
    };
}
