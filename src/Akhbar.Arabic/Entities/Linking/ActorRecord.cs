namespace Akhbar.Arabic.Entities.Linking;

/// <summary>An Arabic actor of the CAMEO dictionary: its codes with their dates and its aligned English name, if any.</summary>
public sealed record ActorRecord(string Name, IReadOnlyList<ActorCode> Codes, string? NameEn)
{
    /// <summary>The code valid on <paramref name="date"/> (yyyymmdd; 0 when unknown: the latest-starting open code).</summary>
    public string? CodeOn(int date)
    {
        ActorCode? best = null;
        foreach (var c in Codes)
        {
            var fits = date == 0 ? c.To == ActorCode.Open : c.Covers(date);
            if (fits && (best is null || c.From > best.Value.From))
            {
                best = c;
            }
        }

        return best?.Code;
    }
}
