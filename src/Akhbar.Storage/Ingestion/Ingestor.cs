using Akhbar.Core.Model;
using Akhbar.Core.Output;
using Akhbar.Core.Pipeline;
using Akhbar.Storage.Dedup;
using Akhbar.Storage.Model;
using Akhbar.Storage.Search;

namespace Akhbar.Storage.Ingestion;

/// <summary>
/// Runs the pipeline over a stream of articles on all cores and stores the results in batches. What an earlier
/// ingest stored (same source id, same content) is skipped before analysis, so re-running a finished or
/// interrupted ingest only does the missing work. One thread talks to the store; analysis overlaps it.
/// </summary>
public sealed class Ingestor(AnalysisPipeline pipeline, IArticleStore store)
{
    /// <summary>Articles per transaction: large enough to amortize commits, small enough to lose little on a crash.</summary>
    public int BatchSize { get; init; } = 256;

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Fewer words than this give an unreliable signature: such articles are only deduplicated exactly.</summary>
    public const int MinWordsForNearDuplicate = 30;

    public IngestSummary Run(CorpusReader reader, IIngestProgress? progress = null)
    {
        var files = reader.Plan();
        var summary = new IngestSummary();
        var stored = store.StoredIdentities();
        var pending = new List<StoredArticle>(BatchSize);

        IEnumerable<Work> Unstored()
        {
            foreach (var item in reader.Read(files))
            {
                summary.Read++;
                if (item.Article is null)
                {
                    yield return new Work(item, null);
                    continue;
                }

                summary.InputBytes += item.Article.Body.Length;
                var hash = ContentHash.Of(item.Article);
                if (stored.TryGetValue((item.Article.Source!, item.Article.Id), out var storedHash) && storedHash == hash)
                {
                    summary.AlreadyStored++;
                    continue;
                }

                yield return new Work(item, hash);
            }
        }

        // Analysis runs on a background thread (and its workers) while this thread writes the previous batch,
        // so the single-threaded database work overlaps the parallel analysis instead of adding to it.
        using var analyzed = new System.Collections.Concurrent.BlockingCollection<Analyzed>(BatchSize * 4);
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var result in OrderedParallel.Map(Unstored(), Analyze, Threads, BatchSize))
                {
                    analyzed.Add(result);
                }
            }
            finally
            {
                analyzed.CompleteAdding();
            }
        });

        foreach (var result in analyzed.GetConsumingEnumerable())
        {
            if (result.Error is not null)
            {
                summary.Fail(result.Location, result.Error);
                continue;
            }

            pending.Add(result.Article!);
            if (pending.Count >= BatchSize)
            {
                Flush(pending, summary);
                progress?.Report(summary, reader.BytesDone, reader.TotalBytes);
            }
        }

        producer.GetAwaiter().GetResult();
        Flush(pending, summary);
        progress?.Report(summary, reader.TotalBytes, reader.TotalBytes);
        return summary;
    }

    private void Flush(List<StoredArticle> pending, IngestSummary summary)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var r = store.Store(pending);
        summary.Stored += r.Stored;
        summary.NearDuplicates += r.NearDuplicates;
        summary.Duplicates += r.Duplicates;
        summary.AlreadyStored += r.AlreadyStored;
        pending.Clear();
    }

    private Analyzed Analyze(Work work)
    {
        var (item, hash) = work;
        if (item.Article is null)
        {
            return new Analyzed(item.Location, null, item.Error);
        }

        Document doc;
        try
        {
            doc = pipeline.Process(item.Article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on one article must not lose the batch: report it with the location and go on.
            return new Analyzed(item.Location, null, $"internal error while analyzing ({e.GetType().Name}: {e.Message})");
        }

        if (doc.Paragraphs.Count == 0)
        {
            return new Analyzed(item.Location, null, "empty article: no body text after cleaning.");
        }

        using var ms = new MemoryStream();
        ArticleRecordWriter.Write(ms, doc, new RecordOptions());
        var record = ms.ToArray();
        // Republished copies often get a new headline: the signature covers the body only.
        var (terms, stems, words) = SearchTerms.Of(doc.Text, doc.Tokens, wordsFrom: doc.Paragraphs[0].Span.Start);
        var a = item.Article;
        return new Analyzed(item.Location, new StoredArticle
        {
            ContentHash = hash!,
            Source = a.Source!,
            ExternalId = a.Id,
            Url = a.Url,
            Title = doc.Title is { } t ? doc.Slice(t) : null,
            Published = a.Published?.DateText,
            Text = doc.Text,
            RecordJson = record,
            CompressedRecord = Sqlite.SqliteArticleStore.Compress(record),
            Terms = terms,
            Stems = stems,
            Signature = words.Count >= MinWordsForNearDuplicate ? MinHash.Of(words) : null,
        }, null);
    }

    private readonly record struct Work(IngestItem Item, string? Hash);

    private sealed record Analyzed(string Location, StoredArticle? Article, string? Error);
}
