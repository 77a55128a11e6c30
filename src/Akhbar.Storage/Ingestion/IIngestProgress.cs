namespace Akhbar.Storage.Ingestion;

/// <summary>Receives progress from a running ingest, on the ingest thread, after each stored batch.</summary>
public interface IIngestProgress
{
    void Report(IngestSummary summary, long bytesDone, long bytesTotal);
}
