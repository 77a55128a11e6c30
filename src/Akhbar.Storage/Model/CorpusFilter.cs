namespace Akhbar.Storage.Model;

/// <summary>Restrictions shared by search and aggregate queries. Dates are inclusive ISO days.</summary>
public sealed record CorpusFilter
{
    public string? From { get; init; }

    public string? To { get; init; }

    public string? Source { get; init; }

    /// <summary>Articles that mention this entity, in any of its mention forms (matched on folded keys).</summary>
    public string? Entity { get; init; }

    /// <summary>Articles with a quote by this speaker.</summary>
    public string? Speaker { get; init; }

    /// <summary>Articles with an event of this CAMEO code (or its root, as a prefix) or PLOVER type, neither negated nor hypothetical.</summary>
    public string? EventType { get; init; }

    public static CorpusFilter None { get; } = new();
}
