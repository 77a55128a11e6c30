using System.Globalization;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Export;

/// <summary>
/// A geocoded place in GDELT's terms, made from an entity's GeoNames link: the match type (1 country, 2 US state,
/// 3 US city or landmark, 4 world city or landmark, 5 world first-order division), a full name, the FIPS 10-4 country
/// code, the ADM1 code, the point and the feature id. What Akhbar does not know stays null: ADM2 (GAUL) codes, country
/// centroids, and the ADM1 code of a place GeoNames gives no first-order division.
/// </summary>
public sealed record GdeltLocation(int Type, string FullName, string? CountryFips, string? Adm1, double? Lat, double? Lon, string? FeatureId)
{
    /// <summary>
    /// The location of <paramref name="entity"/>, or null when it has no GeoNames link. Countries take their FIPS code as
    /// ADM1 and feature id, as GDELT writes country matches. Places take "City, Division, Country" as full name, the FIPS
    /// country code followed by the GeoNames admin1 code as ADM1, and their GeoNames id as feature id (GDELT uses GNS
    /// ids, a different numbering: see docs/stages/export.md).
    /// </summary>
    public static GdeltLocation? Of(Entity entity, GdeltGazetteer gazetteer)
    {
        if (entity.Geo is not { } geo)
        {
            return null;
        }

        var country = gazetteer.Countries.FindIso3(geo.Country);
        var name = Name(entity);
        if (geo.Feature.StartsWith("PCL", StringComparison.Ordinal))
        {
            return new GdeltLocation(1, country?.NameEn ?? name, country?.Fips, country?.Fips, geo.Lat, geo.Lon, country?.Fips);
        }

        var division = gazetteer.Admin1.Find(geo.GeonameId) is { } a && country is not null && a.CountryIso2 == country.Iso2 ? a : null;
        var adm1 = division is null ? null : country!.Fips + division.Code;
        var inUs = geo.Country == "USA";
        if (geo.Feature == "ADM1")
        {
            return new GdeltLocation(inUs ? 2 : 5, Join(name, country?.NameEn), country?.Fips, adm1, geo.Lat, geo.Lon, adm1);
        }

        var fullName = Join(Join(name, division?.Name), country?.NameEn);
        return new GdeltLocation(inUs ? 3 : 4, fullName, country?.Fips, adm1, geo.Lat, geo.Lon, geo.GeonameId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The fields as GDELT's Event table writes them: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.</summary>
    public IEnumerable<string> EventFields() => Fields(withAdm2: true, "");

    /// <summary>A V1LOCATIONS block of the GKG: Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID.</summary>
    public string V1Block() => string.Join('#', Fields(withAdm2: false, "#;"));

    /// <summary>A V2ENHANCEDLOCATIONS block of the GKG: the V1 fields with ADM2Code after ADM1Code and the offset at the end.</summary>
    public string V2Block(int offset) => string.Join('#', Fields(withAdm2: true, "#;")) + "#" + offset.ToString(CultureInfo.InvariantCulture);

    /// <summary>The eight empty fields of an event row without a location.</summary>
    public static IEnumerable<string> NoEventFields => Enumerable.Repeat("", 8);

    private IEnumerable<string> Fields(bool withAdm2, string reserved)
    {
        yield return Type.ToString(CultureInfo.InvariantCulture);
        yield return TsvField.Clean(FullName, reserved);
        yield return CountryFips ?? "";
        yield return Adm1 ?? "";
        if (withAdm2)
        {
            // GAUL ADM2 codes are not shipped.
            yield return "";
        }

        yield return Number(Lat);
        yield return Number(Lon);
        yield return FeatureId ?? "";
    }

    private static string Number(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture) ?? "";

    private static string Join(string name, string? larger) => string.IsNullOrEmpty(larger) ? name : $"{name}, {larger}";

    private static string Name(Entity entity) => string.IsNullOrWhiteSpace(entity.NameEn) ? entity.Name : entity.NameEn;
}
