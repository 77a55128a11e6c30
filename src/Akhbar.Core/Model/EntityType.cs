namespace Akhbar.Core.Model;

/// <summary>The four name types of the ANERcorp scheme; GPE-like places are <see cref="Location"/>.</summary>
public enum EntityType
{
    Person,
    Location,
    Organization,
    Miscellaneous,
}

/// <summary>The short labels used in gold data and in the JSON record: PERS, LOC, ORG, MISC.</summary>
public static class EntityTypeLabels
{
    public static string Label(this EntityType type) => type switch
    {
        EntityType.Person => "PERS",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        EntityType.Miscellaneous => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool TryParse(string label, out EntityType type)
    {
        switch (label)
        {
            case "PERS":
                type = EntityType.Person;
                return true;
            case "LOC":
                type = EntityType.Location;
                return true;
            case "ORG":
                type = EntityType.Organization;
                return true;
            case "MISC":
                type = EntityType.Miscellaneous;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
