namespace Akhbar.Arabic.Export;

/// <summary>
/// How an export is written: what offsets count from, and whether negated and hypothetical events ("لم يهاجم",
/// "قد يهاجم") are exported; by default they are not, because a GDELT event row states that something happened.
/// </summary>
public sealed record ExportSettings(OffsetBase Offsets = OffsetBase.Raw, bool IncludeNegated = false)
{
    public static ExportSettings Default { get; } = new();
}
