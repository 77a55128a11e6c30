namespace Akhbar.Core.Model;

/// <summary>
/// A GeoNames place or country an entity refers to. Countries have no point: <see cref="Lat"/> and
/// <see cref="Lon"/> are null and <see cref="Feature"/> is "PCLI".
/// </summary>
public sealed record GeoLink(long GeonameId, double? Lat, double? Lon, string Feature, string Country);
