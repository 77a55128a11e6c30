namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A noun that heads a place name written in full (Data/entities/place-heads.tsv): an administrative unit
/// ("محافظة"), clustered with the bare name, or a feature ("مطار", "نهر"), an entity of its own whose English
/// name is <see cref="NameEn"/> with {0} for the English name of the place after it. <see cref="TakesPerson"/>:
/// a person's name after the noun names the place ("مطار شارل ديغول").
/// </summary>
public sealed record PlaceHead(bool IsUnit, string? NameEn, bool TakesPerson)
{
    /// <summary>The English name of the whole, given the English name of the place the noun heads.</summary>
    public string? EnglishOf(string placeNameEn) => NameEn?.Replace("{0}", placeNameEn, StringComparison.Ordinal);
}
