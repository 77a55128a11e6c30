using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The linked entity an argument names, by its id: the rules ask for it once per event or more (its type, its country),
/// and a linear search of the document's entities each time grows with events times entities.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The document's linked entities by id, made at the first lookup; the first entity of an id wins, as a linear search found it.</summary>
    private Dictionary<string, Entity>? _entityById;

    /// <summary>The linked entity whose id is <paramref name="id"/>, or null (no id, or none of the document's).</summary>
    private Entity? EntityById(string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (_entityById is null)
        {
            _entityById = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var e in _doc.LinkedEntities)
            {
                _entityById.TryAdd(e.Id, e);
            }
        }

        return _entityById.GetValueOrDefault(id);
    }
}
