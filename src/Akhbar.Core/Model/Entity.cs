namespace Akhbar.Core.Model;

/// <summary>
/// One real person, place, organization or other named thing of an article: its mentions clustered
/// together, with a canonical Arabic name (the fullest form in the article), an English name, the country it
/// belongs to (ISO 3166 alpha-3), roles taken from appositions, a CAMEO actor code and, for places, a
/// GeoNames link. <see cref="Id"/> is "e1", "e2" ... in order of first mention.
/// </summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    string? NameEn,
    string? Country,
    IReadOnlyList<string> Roles,
    string? Cameo,
    GeoLink? Geo,
    IReadOnlyList<LinkedMention> Mentions)
{
    /// <summary>
    /// Whether the article only describes this organization, by a common noun and a nisba ("الحكومة الروسية", "القوات
    /// التركية") and bare nouns referring back to it, and never names it. Such an entity is kept, since events take it as
    /// an actor (RUSGOV), but it is no name: the gold folders leave those phrases out, and so does the entity scoring.
    /// </summary>
    public bool Descriptive { get; init; }
}
