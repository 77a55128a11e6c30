namespace Akhbar.Storage.Ingestion;

/// <summary>What one ingest did: counts, and every failure with its location and reason.</summary>
public sealed class IngestSummary
{
    private readonly List<(string Location, string Reason)> _failures = [];

    public long Read { get; internal set; }

    public long Stored { get; internal set; }

    /// <summary>Stored, and linked to an earlier copy of the same story.</summary>
    public long NearDuplicates { get; internal set; }

    /// <summary>Not stored: the same content is already in the store under another id.</summary>
    public long Duplicates { get; internal set; }

    /// <summary>Not stored again: this id with this content was stored by an earlier ingest.</summary>
    public long AlreadyStored { get; internal set; }

    public long Failed => _failures.Count;

    public long InputBytes { get; internal set; }

    public IReadOnlyList<(string Location, string Reason)> Failures => _failures;

    internal void Fail(string location, string reason) => _failures.Add((location, reason));
}
