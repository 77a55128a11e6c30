namespace Akhbar.Storage.Model;

/// <summary>A search hit: the article, its BM25 score (lower is better, as SQLite reports it) and a snippet.</summary>
public sealed record SearchHit(long ArticleId, string Source, string ExternalId, string? Title, string? Published, double Score, Snippet Snippet);

/// <summary>A piece of the article text around the matches, with the matched words as spans relative to <see cref="Text"/>.</summary>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int End)> Highlights);

/// <summary>One row of a ranking: a label (the most frequent surface form), its key, a count and the number of articles.</summary>
public sealed record CountRow(string Label, string Key, string? Type, long Count, long Articles);

/// <summary>One period of a timeline: a day (yyyy-mm-dd) or an ISO week (yyyy-Www).</summary>
public sealed record TimelineRow(string Period, long Articles, long Mentions);

/// <summary>What an ingest stored, skipped and refused.</summary>
public sealed record StoreResult(int Stored, int NearDuplicates, int Duplicates, int AlreadyStored);
