using NodaTime;

namespace Akhbar.Arabic.Time.Evaluation;

/// <summary>
/// One normalization test case from a public test set: the input, its reference day, where the expected
/// expression is in the input, and every value (in Akhbar's notation) that counts as exactly right.
/// <see cref="OutOfScope"/> says why a case is not scored, or is null.
/// </summary>
public sealed record TimeCase(
    string Source,
    string Family,
    string Input,
    LocalDate? Reference,
    int ExpectedStart,
    int ExpectedEnd,
    IReadOnlyList<string> Accepted,
    string? OutOfScope)
{
    /// <summary>The reference time of day, when the test set gives one.</summary>
    public LocalTime? ReferenceTime { get; init; }
}
