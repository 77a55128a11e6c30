namespace Akhbar.Arabic.Entities;

/// <summary>What a gazetteer entry may be; an entry can carry several (a city that is also a person's name).</summary>
[Flags]
public enum GazetteerTypes : byte
{
    None = 0,
    Person = 1,
    Location = 2,
    Organization = 4,
    Miscellaneous = 8,

    /// <summary>A title or role written before a name: الرئيس، وزير الخارجية، المتحدث باسم.</summary>
    Title = 16,

    /// <summary>
    /// A region, sea, river or state of Data/entities/regions.tsv (الجولان، تكساس، البحر الأحمر) in the rules' gazetteer: a
    /// place for the pipeline's rules only (<see cref="PlaceRule"/>), so that the CAMeL-scored rules stay as measured.
    /// </summary>
    Region = 32,
}
