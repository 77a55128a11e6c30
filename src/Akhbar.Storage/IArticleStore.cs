using Akhbar.Storage.Model;

namespace Akhbar.Storage;

/// <summary>
/// A corpus of analyzed articles: what ingest writes and what search and aggregates read. The SQLite
/// implementation is the embedded default; a server implementation fits behind the same interface.
/// Implementations are not thread-safe: use one store per thread (ingest writes from one thread).
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Number of stored articles (near-duplicates included, exact duplicates not).</summary>
    long Count();

    /// <summary>Whether this (source, id) was seen before, as an article or as a duplicate of one.</summary>
    bool ContainsId(string source, string externalId);

    /// <summary>
    /// Every stored (source, id) with the content hash of its article, read once when an ingest starts so that
    /// deciding what to skip needs no database round trip while the store is busy writing.
    /// </summary>
    IReadOnlyDictionary<(string Source, string Id), string> StoredIdentities();

    /// <summary>Stores a batch in one transaction: all of it or, after a crash, none of it.</summary>
    StoreResult Store(IReadOnlyList<StoredArticle> batch);

    IReadOnlyList<SearchHit> Search(string query, CorpusFilter filter, int limit, bool stem = false);

    IReadOnlyList<CountRow> Top(TopKind kind, CorpusFilter filter, int limit);

    IReadOnlyList<TimelineRow> Timeline(string entity, CorpusFilter filter, bool byWeek);

    IReadOnlyList<CountRow> Cooccur(string entity, CorpusFilter filter, int limit);
}
