using Akhbar.Core.Model;
using NodaTime;

namespace Akhbar.Arabic.Time;

/// <summary>
/// Days that the text says are one day: "يوم الأحد الموافق 8 ذو القعدة، الموافق 23 أغسطس 2015م", "الجمعة الموافق
/// 18/8/1436", "6 أغسطس 2012، الموافق 17 رمضان". Saudi and Gulf papers give most dates so (189 الموافق in 4,926
/// SaudiNewsNet records). The conventions keep each its own expression (gold/README.md, "How the times were annotated"),
/// but they name the same day, so the vaguer one takes its day from the more exact one: a bare weekday, which news reads
/// as the latest such day before the publication, is the weekday of the written date beside it; a day and month without
/// a year ("17 رمضان") falls in the year of the full date beside it.
/// </summary>
internal static class EquivalentDates
{
    /// <summary>A recognized expression with its value, as the stage keeps it before writing the record.</summary>
    internal sealed class Entry(TimeMention mention, NormalizedTime normalized)
    {
        public TimeMention Mention { get; } = mention;

        public NormalizedTime Normalized { get; set; } = normalized;

        /// <summary>How exactly the expression gives its day (see <see cref="RankOf"/>), raised when it takes a day from a neighbour.</summary>
        public int Rank { get; set; } = RankOf(mention.Meaning, normalized);
    }

    // Ranks: a Gregorian day with its year is the most exact (the writer converted to it or from it); then a Hijri day
    // with its year (Um al-Qura may differ from the announced month by a day); then a day and month without a year; then
    // a weekday or a relative day. A weekday takes the day of any of them; a relative day, a yearless day and a Hijri day
    // with its year only a day near their own.
    private const int NotADay = 0;
    private const int Weak = 1;
    private const int Yearless = 2;
    private const int HijriFull = 3;
    private const int GregorianFull = 4;

    /// <summary>
    /// Gives each weekday, relative day or yearless day linked by الموافق to a more exact day that day. Runs to a fixed
    /// point, so a chain ("الأحد الموافق 8 ذو القعدة، الموافق 23 أغسطس") is settled whichever end is exact.
    /// </summary>
    public static void Align(List<Entry> entries, TimeToken[] tokens)
    {
        for (var round = 0; round < entries.Count; round++)
        {
            var changed = false;
            for (var k = 0; k + 1 < entries.Count; k++)
            {
                var (a, b) = (entries[k], entries[k + 1]);
                if (a.Rank == b.Rank || a.Rank == NotADay || b.Rank == NotADay || !Linked(tokens, a.Mention.LastToken + 1, b.Mention.FirstToken))
                {
                    continue;
                }

                var (weak, strong) = a.Rank < b.Rank ? (a, b) : (b, a);
                if (strong.Normalized.Day is { } day && TakeDay(weak, day, strong.Normalized.Anchored))
                {
                    weak.Rank = strong.Rank;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to before <paramref name="to"/> are a الموافق and punctuation.</summary>
    private static bool Linked(TimeToken[] tokens, int from, int to)
    {
        var link = false;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol && t.Key is "،" or "," or "(" or ")" or "-" or "–")
            {
                continue;
            }

            // Not الموافقة, the approval ("الموافقة على").
            if (!link && t.Key is "الموافق" or "والموافق")
            {
                link = true;
                continue;
            }

            // "الموافق لـ 20 رمضان".
            if (link && t.Key == "ل" && i == to - 1)
            {
                continue;
            }

            return false;
        }

        return link;
    }

    private static int RankOf(TimeMeaning meaning, NormalizedTime n)
    {
        if (meaning is not DayMeaning { Day: var d } || n.Day is null)
        {
            return NotADay;
        }

        return d switch
        {
            { Year: not null, Month: not null, Day: not null, Nth: null } => d.Hijri ? HijriFull : GregorianFull,
            { Year: null, Month: not null, Day: not null, Nth: null } => Yearless,
            { Year: null, Month: null, Day: null, Nth: null, DayAfter: false } when d.Weekday is not null || d.Offset is not null => Weak,
            _ => NotADay,
        };
    }

    /// <summary>Gives the weak expression the day of its exact neighbour; false when the two are too far apart to be one day.</summary>
    private static bool TakeDay(Entry weak, LocalDate day, bool dayAnchored)
    {
        var meaning = (DayMeaning)weak.Mention.Meaning;
        var own = weak.Normalized.Day!.Value;
        LocalDate target;
        if (weak.Rank == Yearless)
        {
            // "8 ذو القعدة المقبل": its modifier has already chosen the year.
            if (meaning.Day.Relation != 0)
            {
                return false;
            }

            // The yearless day read against the exact one: the same year, or the next or last across the new year.
            if (TimeNormalizer.Normalize(meaning, day, TimeDirection.Past) is not { Day: { } near })
            {
                return false;
            }

            target = near;
        }
        else if (meaning.Day.Weekday is { } weekday)
        {
            // The named weekday nearest the exact day: the day itself when they agree, one off when a Hijri month began a
            // day earlier or later than Um al-Qura says.
            target = TimeNormalizer.NearestWeekday(day, weekday);
        }
        else
        {
            // A relative day ("اليوم"): the publication date runs late or early, the written date does not. A Hijri day with
            // its year beside a Gregorian one ("الإثنين 2 ربيع الأول 1373 الموافق 9 نوفمبر 1953"): the month began a day
            // off the Um al-Qura table, and the writer's Gregorian day is the one meant.
            target = day;
        }

        // A weekday or a yearless day read against the publication may be anywhere; a relative day or a full Hijri day must be near.
        int? limit = weak.Rank == HijriFull ? 1 : meaning.Day.Offset is not null ? 3 : null;
        if ((limit is { } most && Math.Abs(Period.DaysBetween(own, target)) > most) || Math.Abs(Period.DaysBetween(day, target)) > 3)
        {
            return false;
        }

        var written = new DayRef { Year = target.Year, Month = target.Month, Day = target.Day };
        if (TimeNormalizer.Normalize(new DayMeaning(written, null, meaning.Part, meaning.Clock), null, TimeDirection.Past) is not { } n)
        {
            return false;
        }

        // The value now depends on the publication date only if the exact day did.
        weak.Normalized = n with { Anchored = dayAnchored, Day = target };
        return true;
    }
}
