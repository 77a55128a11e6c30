namespace Akhbar.Arabic.Time;

/// <summary>
/// How the words that leave a day open are read. News (the default) reads a bare weekday as the latest one,
/// "الأحد القادم" as the coming Sunday and "سبتمبر الماضي" as the latest September. Test sets written for assistants
/// read them otherwise, and the evaluation scores each set in its own convention as well as in the news one.
/// </summary>
/// <param name="Direction">Where a bare weekday or a month without a year leans when the sentence has no future marker.</param>
/// <param name="ModifierNamesAdjacentUnit">
/// True when المقبل/القادم and الماضي after a weekday name that weekday in the next or previous week ("الأحد القادم"
/// said on a Monday is the Sunday of next week, not the coming one), and after a month that month in the next or
/// previous year ("سبتمبر الماضي" said in November is September of last year): the Recognizers-Text reading.
/// </param>
public sealed record TimeConvention(TimeDirection Direction, bool ModifierNamesAdjacentUnit)
{
    public static TimeConvention News { get; } = new(TimeDirection.Past, false);

    /// <summary>Duckling: a bare weekday is the next one strictly after the reference day.</summary>
    public static TimeConvention Duckling { get; } = new(TimeDirection.Future, false);

    /// <summary>Microsoft Recognizers-Text: modifiers move to the adjacent week or year.</summary>
    public static TimeConvention RecognizersText { get; } = new(TimeDirection.Past, true);
}
