namespace Akhbar.Arabic.Entities.Linking;

/// <summary>An Arabic actor of the CAMEO dictionary: its codes with their dates and its aligned English name, if any.</summary>
public sealed record ActorRecord(string Name, IReadOnlyList<ActorCode> Codes, string? NameEn)
{
    /// <summary>
    /// The code valid on <paramref name="date"/> (yyyymmdd; 0 when unknown: among the open codes). A
    /// government code wins over the others valid that day: the dictionaries give a leader in office both the
    /// office (TURGOV) and party or elite codes over overlapping ranges (TURPTYELI), and an event coder needs
    /// the office. Among codes of the same rank, the latest-starting wins.
    /// </summary>
    public string? CodeOn(int date)
    {
        ActorCode? best = null;
        foreach (var c in Codes)
        {
            var fits = date == 0 ? c.To == ActorCode.Open : c.Covers(date);
            if (!fits)
            {
                continue;
            }

            if (best is not { } b || IsGovernment(c.Code).CompareTo(IsGovernment(b.Code)) is var rank && (rank > 0 || (rank == 0 && c.From > b.From)))
            {
                best = c;
            }
        }

        return best?.Code;
    }

    /// <summary>A country's government code: three letters of country, then GOV (TURGOV, RUSGOVMIL is not one).</summary>
    private static bool IsGovernment(string code) => code.Length == 6 && code.EndsWith("GOV", StringComparison.Ordinal);
}
