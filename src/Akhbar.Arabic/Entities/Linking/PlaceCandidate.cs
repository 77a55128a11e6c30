namespace Akhbar.Arabic.Entities.Linking;

/// <summary>A GeoNames place that an Arabic name may refer to.</summary>
public sealed record PlaceCandidate(long GeonameId, string NameEn, double Lat, double Lon, string Feature, string Country, long Population);
