namespace Akhbar.Storage.Model;

/// <summary>What <c>akhbar top</c> ranks.</summary>
public enum TopKind
{
    Entities,
    Places,
    People,
    Organizations,
    Speakers,
    Events,
}
