namespace Akhbar.Arabic.Time;

/// <summary>
/// A day as the text names it: a calendar day (year may be missing), a day relative to the anchor, or a weekday
/// with the relative week it sits in, when the text says so. <see cref="Relation"/> is -1 for الماضي, +1 for
/// المقبل, 2 for الحالي and 0 when the text says nothing.
/// </summary>
public sealed record DayRef
{
    /// <summary>No day: what a failed match leaves in its out parameter, shared so that trying costs no allocation.</summary>
    public static readonly DayRef None = new();

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public bool Hijri { get; init; }

    public int? Offset { get; init; }

    public int? Weekday { get; init; }

    public int Relation { get; init; }

    public int? WeekOffset { get; init; }

    public int? MonthOffset { get; init; }

    /// <summary>With <see cref="Weekday"/>: the nth such weekday of the month ("الأحد الثاني", "أول جمعة من يوليو").</summary>
    public int? Nth { get; init; }

    /// <summary>
    /// The day after the one described: a night named by its two weekdays ("منتصف ليل الجمعة السبت") is the
    /// midnight that opens the second, counted from the first.
    /// </summary>
    public bool DayAfter { get; init; }
}

/// <summary>A clock time; <see cref="Part"/> (MO, AF, EV, NI, MI) moves the hour to the afternoon when needed.</summary>
public sealed record Clock(int Hour, int? Minute, int? Second, string? Part);

/// <summary>What the recognizer found, before normalization against the anchor.</summary>
public abstract record TimeMeaning;

/// <summary>One day, maybe with a part of day or a clock time, and a weekday the text claims for it.</summary>
public sealed record DayMeaning(DayRef Day, int? ClaimedWeekday, string? Part, Clock? Clock) : TimeMeaning;

/// <summary>Coordinated days: "4 و 5 مايو".</summary>
public sealed record DayListMeaning(IReadOnlyList<DayRef> Days) : TimeMeaning;

/// <summary>A range of days: "من 4 إلى 7 مايو".</summary>
public sealed record DayRangeMeaning(DayRef From, DayRef To) : TimeMeaning;

/// <summary>The week that holds a day ("أسبوع 16 سبتمبر").</summary>
public sealed record WeekOfMeaning(DayRef Day) : TimeMeaning;

/// <summary>A month, absolute or relative ("مايو 2017", "سبتمبر الماضي"); Hijri months become day ranges.</summary>
public sealed record MonthMeaning(int Month, int? Year, bool Hijri, int Relation, int? YearOffset) : TimeMeaning;

/// <summary>A year ("عام 2017"); a Hijri year becomes a day range.</summary>
public sealed record YearMeaning(int Year, bool Hijri) : TimeMeaning;

/// <summary>A range of years ("2014-2018").</summary>
public sealed record YearRangeMeaning(int From, int To) : TimeMeaning;

/// <summary>The week, month, year, decade or century at an offset from the anchor ("الأسبوع الماضي").</summary>
public sealed record PeriodMeaning(TimeUnit Unit, int Offset) : TimeMeaning;

/// <summary>
/// The weekend of the week at <paramref name="WeekOffset"/> from the anchor's ("نهاية الأسبوع الماضي"); null when the text
/// gives no week ("نهاية الأسبوع"): the latest weekend in a report, the coming one ahead.
/// </summary>
public sealed record WeekendMeaning(int? WeekOffset) : TimeMeaning;

/// <summary>
/// The nth quarter (<paramref name="Kind"/> "Q") or half ("H") of a year, absolute (<paramref name="Year"/>) or at
/// <paramref name="YearOffset"/> from the anchor's ("الربع الأول من العام الجاري", "النصف الثاني من 2018").
/// </summary>
public sealed record YearPartMeaning(int? Year, int YearOffset, string Kind, int N) : TimeMeaning;

/// <summary>A clock time without a day.</summary>
public sealed record ClockMeaning(Clock Clock) : TimeMeaning;

/// <summary>A duration made of parts ("عام و 21 يوما"); a null amount means "a few" (PXD).</summary>
public sealed record DurationMeaning(IReadOnlyList<(double? Amount, TimeUnit Unit)> Parts) : TimeMeaning;

/// <summary>A duration counted back (قبل) or forward (بعد) from the anchor.</summary>
public sealed record ShiftMeaning(DurationMeaning Duration, int Sign) : TimeMeaning;

/// <summary>A recurrence, already in TIMEX3 form ("P1D", "XXXX-WXX-1", "TMO").</summary>
public sealed record SetMeaning(string Value) : TimeMeaning;

/// <summary>A decade (century 19, decade 7 = the 1970s); the century is null when the text does not say.</summary>
public sealed record DecadeMeaning(int? Century, int Decade) : TimeMeaning;

/// <summary>A century in TIMEX3 form: 20 is the twenty-first century (the 2000s).</summary>
public sealed record CenturyMeaning(int Value) : TimeMeaning;

/// <summary>A recognized expression: the tokens it covers (the first from <paramref name="Start"/>) and its meaning.</summary>
public sealed record TimeMention(int Start, int End, TimeMeaning Meaning, int FirstToken, int LastToken);
