namespace Akhbar.Storage.Model;

/// <summary>
/// An analyzed article ready to be stored: its identity, the record the pipeline made for it (the
/// <c>akhbar.article/1</c> JSON), the search terms and the signature that near-duplicate grouping uses.
/// </summary>
public sealed record StoredArticle
{
    public required string ContentHash { get; init; }

    public required string Source { get; init; }

    public required string ExternalId { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>The publication day, <c>yyyy-mm-dd</c>, or null.</summary>
    public string? Published { get; init; }

    public required string Text { get; init; }

    /// <summary>The whole record as UTF-8 JSON; the store keeps it compressed and reads its layers.</summary>
    public required byte[] RecordJson { get; init; }

    /// <summary>The record compressed for storage, made by ingest workers in parallel (null: the store compresses it).</summary>
    public byte[]? CompressedRecord { get; init; }

    /// <summary>Folded search terms, one per word, with conjunction and preposition clitics removed.</summary>
    public required string Terms { get; init; }

    /// <summary>Folded stems (article and pronoun removed too), for the light-stemming search option.</summary>
    public required string Stems { get; init; }

    /// <summary>MinHash signature of the body's word shingles, or null when the body is too short to compare.</summary>
    public uint[]? Signature { get; init; }
}
