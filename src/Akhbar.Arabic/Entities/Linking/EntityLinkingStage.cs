using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Adds the linked-entities layer: the name mentions of the entity stage clustered into entities with names,
/// roles, countries, CAMEO codes and places (<see cref="EntityLinker"/>). The publication date picks the
/// actor code valid that day; without one, the current (open-ended) code is used. The publication's source or URL gives its
/// country (<see cref="PressCountry"/>), which some rules read as a reader of that paper would.
/// </summary>
public sealed class EntityLinkingStage : IPipelineStage
{
    private readonly EntityLinker _linker;

    /// <summary>Whether the linker's tables are those the entity stage scans for listed names (<see cref="Document.ListedNames"/>).</summary>
    private readonly bool _sharesListedNames;

    public EntityLinkingStage(LinkingResources? resources = null)
    {
        _linker = new EntityLinker(resources ?? LinkingResources.Default);
        _sharesListedNames = resources is null || ReferenceEquals(resources, LinkingResources.Default);
    }

    public string Name => "entity-linking";

    public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Tokens, LayerNames.Entities];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.LinkedEntities];

    public void Process(Document document)
    {
        var date = document.Raw.Published is { } p ? (p.Date.Year * 10_000) + (p.Date.Month * 100) + p.Date.Day : 0;
        var listed = _sharesListedNames && document.HasListedNames ? document.ListedNames : null;
        document.LinkedEntities = _linker.Link(document.Text, document.Tokens, document.Entities, date, listed, PressCountry.Of(document.Raw.Source, document.Raw.Url), document.IsSportPage);
    }
}
