using System.Globalization;
using Akhbar.Resources;

namespace Akhbar.Arabic.Export;

/// <summary>The first-order administrative division of a place: its GeoNames admin1 code and English name.</summary>
public sealed record Admin1(string CountryIso2, string Code, string Name);

/// <summary>
/// The admin1 division of every place the entity linker can link (export/place-admin1.tsv, made by
/// <c>akhbar resources import admin1</c> from GeoNames), looked up by GeoNames id.
/// </summary>
public sealed class PlaceAdmin1
{
    public const string ResourceName = "export/place-admin1.tsv";

    private static readonly Lazy<PlaceAdmin1> Shipped = new(() => FromResource(TsvResource.Load(ResourceName)));

    private readonly Dictionary<long, Admin1> _byPlace;

    private PlaceAdmin1(Dictionary<long, Admin1> byPlace) => _byPlace = byPlace;

    /// <summary>The table that ships in Akhbar.Resources, read once.</summary>
    public static PlaceAdmin1 Default => Shipped.Value;

    public Admin1? Find(long geonameId) => _byPlace.GetValueOrDefault(geonameId);

    public static PlaceAdmin1 FromResource(TsvResource tsv)
    {
        int id = tsv.Column("geonameid"), country = tsv.Column("country_iso2"), code = tsv.Column("admin1"), name = tsv.Column("admin1_name");
        var byPlace = new Dictionary<long, Admin1>();
        foreach (var row in tsv.Rows)
        {
            byPlace[long.Parse(row[id], NumberStyles.None, CultureInfo.InvariantCulture)] = new Admin1(row[country], row[code], row[name]);
        }

        return new PlaceAdmin1(byPlace);
    }
}
