namespace Akhbar.Arabic.Export;

/// <summary>
/// A CAMEO actor code ("RUSGOV", "IGOUNOREFHCR", "SYRMOSSHI") broken out into the attribute fields of a GDELT event
/// row. The code is a run of three-character parts; which kind each part is comes from the CAMEO 1.1b3 manual
/// (chapter 3, tables 3.1-3.3 for roles, international generic codes and regions; chapter 4, table 4.1 for religions).
/// Ethnic codes (chapter 5) are not recognized: <see cref="Ethnic"/> stays empty.
/// </summary>
public sealed record CameoActorParts(
    string? Country,
    string? KnownGroup,
    string? Ethnic,
    string? Religion1,
    string? Religion2,
    string? Type1,
    string? Type2,
    string? Type3)
{
    /// <summary>Role codes (table 3.1 primary, secondary and tertiary, plus PTY) and the international generic codes (table 3.2).</summary>
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
        "MOD", "RAD", "PTY",
        "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS",
    };

    /// <summary>International generic codes after which an organization code names a known group (manual 3.1.9).</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "IGO", "IMG", "INT", "MNC", "NGM", "NGO" };

    /// <summary>Religion codes, first trio (table 4.1).</summary>
    private static readonly HashSet<string> Religions = new(StringComparer.Ordinal)
    {
        "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO",
        "ABR", "ADR", "EAR", "INR", "IRR", "ITR", "NRM",
    };

    /// <summary>International region codes (table 3.3), which GDELT writes in the country field.</summary>
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
        "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
    };

    public static CameoActorParts Empty { get; } = new(null, null, null, null, null, null, null, null);

    /// <summary>
    /// Breaks <paramref name="code"/> into its parts. <paramref name="isCountry"/> says whether a three-letter part
    /// is a country code (CAMEO uses ISO 3166 alpha-3). A code whose length is not a multiple of three is not a
    /// CAMEO actor code and gives <see cref="Empty"/>.
    /// </summary>
    public static CameoActorParts Parse(string? code, Func<string, bool> isCountry)
    {
        if (string.IsNullOrEmpty(code) || code.Length % 3 != 0)
        {
            return Empty;
        }

        string? country = null, knownGroup = null, religion1 = null, religion2 = null;
        var types = new List<string>(3);
        string? previous = null;
        for (var i = 0; i < code.Length; i += 3)
        {
            var part = code.Substring(i, 3);
            if (Types.Contains(part))
            {
                if (types.Count < 3)
                {
                    types.Add(part);
                }
            }
            else if (Religions.Contains(part) && religion1 is null)
            {
                religion1 = part;
            }
            else if (previous is not null && previous == religion1 && religion2 is null)
            {
                // The trio after a religion is its denomination ("MOSSHI": Shia Islam), as GDELT's Religion2Code.
                religion2 = part;
            }
            else if (country is null && (isCountry(part) || Regions.Contains(part)) && (i == 0 || Generic.Contains(previous!)))
            {
                // A country leads a domestic code; after a generic code ("NGOUSA") it is the home country.
                country = part;
            }
            else if (knownGroup is null && previous is not null && Generic.Contains(previous))
            {
                knownGroup = part;
            }

            previous = part;
        }

        return new CameoActorParts(country, knownGroup, null, religion1, religion2,
            types.ElementAtOrDefault(0), types.ElementAtOrDefault(1), types.ElementAtOrDefault(2));
    }
}
