using NodaTime;

namespace Akhbar.Arabic.Time;

/// <summary>
/// The article's own date when the input gives none: a full calendar date in the opening lines (the dateline of
/// agencies and CNN-style pages) or anywhere after a "نشر في" / "تاريخ النشر" / "بتاريخ" cue.
/// </summary>
public static class DatelineFinder
{
    /// <summary>How many tokens from the start of the text count as the dateline area.</summary>
    private const int OpeningTokens = 40;

    /// <summary>The index in <paramref name="mentions"/> of the dateline, or -1.</summary>
    public static int Find(TimeToken[] tokens, IReadOnlyList<TimeMention> mentions, out LocalDate date)
    {
        date = default;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Meaning is not DayMeaning { Day: { Year: not null, Month: not null, Day: not null } day, Part: null, Clock: null } d)
            {
                continue;
            }

            if (mentions[m].FirstToken >= OpeningTokens && !HasCue(tokens, mentions[m].FirstToken))
            {
                continue;
            }

            if (TimeNormalizer.Normalize(d, null, TimeDirection.Past)?.Value is { } value
                && NodaTime.Text.LocalDatePattern.Iso.Parse(value) is { Success: true } parsed)
            {
                date = parsed.Value;
                return m;
            }
        }

        return -1;
    }

    private static bool HasCue(TimeToken[] tokens, int first)
    {
        for (var i = Math.Max(0, first - 3); i < first; i++)
        {
            if (tokens[i].Key is "نشر" or "النشر" or "بتاريخ" or "تاريخ" or "نشرت" or "محدث" or "تحديث")
            {
                return true;
            }
        }

        return false;
    }
}
