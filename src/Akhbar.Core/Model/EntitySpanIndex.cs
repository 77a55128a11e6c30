namespace Akhbar.Core.Model;

/// <summary>
/// The mentions of a document's linked entities sorted by where they start, to answer which entity a span of text
/// belongs to (<see cref="Document.EntityIdAt"/>) without a pass over every mention of every entity: the quote stage
/// asks it for each person mention and each speaker, which made that pass quadratic in the mentions of an article.
/// </summary>
internal sealed class EntitySpanIndex
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <summary>The position of each mention's entity in the entity list (its order of first mention).</summary>
    private readonly int[] _entities;

    /// <summary>The largest end of the mentions up to each one: never decreases, so the first mention that may reach a span is found by halving.</summary>
    private readonly int[] _reach;

    public EntitySpanIndex(IReadOnlyList<Entity> entities)
    {
        var mentions = new List<(int Start, int End, int Entity)>();
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var m in entities[e].Mentions)
            {
                mentions.Add((m.Span.Start, m.Span.End, e));
            }
        }

        mentions.Sort();
        _starts = new int[mentions.Count];
        _ends = new int[mentions.Count];
        _entities = new int[mentions.Count];
        _reach = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            (_starts[i], _ends[i], _entities[i]) = mentions[i];
            _reach[i] = i == 0 ? _ends[i] : Math.Max(_reach[i - 1], _ends[i]);
        }
    }

    /// <summary>
    /// The position of the first entity (in order of first mention) with a mention overlapping <paramref name="span"/>
    /// (<see cref="TextSpan.Overlaps"/>), or -1.
    /// </summary>
    public int FirstOverlapping(TextSpan span)
    {
        // The first mention whose reach passes the span's start: no mention before it ends after the span starts.
        var lo = 0;
        var hi = _reach.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_reach[mid] > span.Start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var first = -1;
        for (var i = lo; i < _starts.Length && _starts[i] < span.End; i++)
        {
            if (_ends[i] > span.Start && (first < 0 || _entities[i] < first))
            {
                first = _entities[i];
            }
        }

        return first;
    }
}
