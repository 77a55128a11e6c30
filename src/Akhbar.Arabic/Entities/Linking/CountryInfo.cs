namespace Akhbar.Arabic.Entities.Linking;

/// <summary>A country: ISO 3166 alpha-3 code, English name, GeoNames id and the CLDR Arabic name.</summary>
public sealed record CountryInfo(string Iso3, string NameEn, long GeonameId, string Name);
