namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A noun of Data/entities/institutions.tsv that names a state institution ("الشرطة") or a ministry's field
/// ("الخارجية" after "وزارة"): its English gloss, the CAMEO role code added to the country code, and whether the
/// nisba after it is feminine ("الشرطة التركية", not "التركي"), which keeps "وزير الخارجية الروسي" out.
/// <see cref="Descriptive"/>: the noun and its nisba describe the country's body rather than name it ("الحكومة الروسية").
/// </summary>
public sealed record InstitutionNoun(string Gloss, string Cameo, bool Feminine, bool Descriptive = false);
