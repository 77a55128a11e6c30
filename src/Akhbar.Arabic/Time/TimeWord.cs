namespace Akhbar.Arabic.Time;

/// <summary>What a word means to the time recognizer (the "kind" column of time/words.tsv and time/cldr-names.tsv).</summary>
public enum TimeWordKind
{
    RelDay,
    Unit,
    Modifier,
    This,
    Part,
    Set,
    Decade,
    Number,
    Ordinal,
    Hundred,
    Thousand,
    Fraction,
    HijriMarker,
    GregorianMarker,
    Clock,
    From,
    To,
    Between,
    And,
    Ago,
    Since,
    After,
    During,
    Every,
    Few,
    MonthWord,
    Century,
    FutureCue,
    Month,
    HijriMonth,
    Weekday,
    WeekdayStem,
    Ambiguous,
    In,
    Edge,
    Throughout,
    Approx,
    NotFuture,
    NameStart,

    /// <summary>منتصف: with الليل or النهار after it, midnight or noon (a clock time); otherwise only an edge of a period.</summary>
    Midpoint,

    /// <summary>أكثر، أقل، أزيد، يقرب ("أكثر من 2000", "ما يقرب من ألف"): the number after them is a count, never a year.</summary>
    Comparative,

    /// <summary>الربع، الثلاثي (Q, four to a year), النصف، السداسي (H, two): a part of a year when an ordinal and a year follow.</summary>
    YearPart,
}

/// <summary>Units of durations and relative expressions.</summary>
public enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>One meaning of a word: its kind, a number (offset, month, weekday, count...) and a text value (part of day, set).</summary>
public readonly record struct TimeWord(TimeWordKind Kind, double Number, string Text, TimeUnit Unit = TimeUnit.Day);
