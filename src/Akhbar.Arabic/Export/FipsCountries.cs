using Akhbar.Resources;

namespace Akhbar.Arabic.Export;

/// <summary>A country as GDELT's geography fields name it: FIPS 10-4 code, with its ISO 3166 codes and English name.</summary>
public sealed record FipsCountry(string Iso3, string Fips, string Iso2, string NameEn);

/// <summary>
/// The FIPS 10-4 crosswalk (export/fips-countries.tsv, made by <c>akhbar resources import fips</c> from GDELT's country
/// table). Akhbar's entities carry ISO 3166 alpha-3 codes; GDELT's geography fields want FIPS codes.
/// </summary>
public sealed class FipsCountries
{
    public const string ResourceName = "export/fips-countries.tsv";

    private static readonly Lazy<FipsCountries> Shipped = new(() => FromResource(TsvResource.Load(ResourceName)));

    private readonly Dictionary<string, FipsCountry> _byIso3;

    private FipsCountries(Dictionary<string, FipsCountry> byIso3) => _byIso3 = byIso3;

    /// <summary>The table that ships in Akhbar.Resources, read once.</summary>
    public static FipsCountries Default => Shipped.Value;

    public int Count => _byIso3.Count;

    /// <summary>The country with ISO 3166 alpha-3 code <paramref name="iso3"/>, or null.</summary>
    public FipsCountry? FindIso3(string? iso3) => iso3 is null ? null : _byIso3.GetValueOrDefault(iso3);

    public static FipsCountries FromResource(TsvResource tsv)
    {
        int iso3 = tsv.Column("iso3"), fips = tsv.Column("fips"), iso2 = tsv.Column("iso2"), name = tsv.Column("name_en");
        var byIso3 = new Dictionary<string, FipsCountry>(StringComparer.Ordinal);
        foreach (var row in tsv.Rows)
        {
            byIso3[row[iso3]] = new FipsCountry(row[iso3], row[fips], row[iso2], row[name]);
        }

        return new FipsCountries(byIso3);
    }
}
