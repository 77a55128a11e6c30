namespace Akhbar.Core.Model;

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimeType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A time expression of the clean text with its normalized value in TIMEX3 style ("2018-09-14", "2017-05",
/// "2018-W38", "P3Y", "2018-09-14TEV", "T10:30", a range "2017-05-04/2017-05-07"). Coordinated days
/// ("4 و 5 مايو") carry one value per day in <see cref="Values"/>; <see cref="Value"/> then joins them with
/// commas. <see cref="Anchored"/> is true when the value depended on the article's date.
/// <see cref="IsDateline"/> marks the expression that gave the article its date when the input had none.
/// </summary>
public sealed record TimeExpression(TextSpan Span, TimeType Type, string Value, bool Anchored)
{
    public IReadOnlyList<string>? Values { get; init; }

    public bool IsDateline { get; init; }

    public static string TypeName(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        TimeType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
