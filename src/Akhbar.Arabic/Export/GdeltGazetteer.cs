namespace Akhbar.Arabic.Export;

/// <summary>What the GDELT writers look places up in: the FIPS country crosswalk and the admin1 divisions of places.</summary>
public sealed record GdeltGazetteer(FipsCountries Countries, PlaceAdmin1 Admin1)
{
    /// <summary>The shipped tables.</summary>
    public static GdeltGazetteer Default => new(FipsCountries.Default, PlaceAdmin1.Default);
}
