namespace Akhbar.Arabic;

/// <summary>
/// Nisba adjectives by their ending, on folded keys: "الروسي", "الأفغانية" (folded ...يه), "الشعبيون", "السوريين",
/// "الإسلاميات". Used where a definite word after a noun must be told apart as its adjective or as a new noun phrase.
/// </summary>
public static class NisbaWords
{
    public static bool IsNisba(string key) =>
        key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal)
        || key.EndsWith("يين", StringComparison.Ordinal) || key.EndsWith("يات", StringComparison.Ordinal);
}
