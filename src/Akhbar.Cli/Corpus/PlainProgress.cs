using System.Diagnostics;
using System.Globalization;
using Akhbar.Storage.Ingestion;

namespace Akhbar.Cli.Corpus;

/// <summary>Progress as a plain line every few seconds: for logs, pipes and CI, where a live bar would be noise.</summary>
public sealed class PlainProgress(TextWriter error, TimeSpan every) : IIngestProgress
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;

    public void Report(IngestSummary s, long bytesDone, long bytesTotal)
    {
        if (_watch.Elapsed - _last < every)
        {
            return;
        }

        _last = _watch.Elapsed;
        error.WriteLine(ProgressText.Line(s, bytesDone, bytesTotal, _watch.Elapsed));
    }
}

/// <summary>The words of a progress report, shared by the plain lines and the live bar.</summary>
public static class ProgressText
{
    public static string Line(IngestSummary s, long bytesDone, long bytesTotal, TimeSpan elapsed)
    {
        var rate = s.Read / Math.Max(elapsed.TotalSeconds, 1e-3);
        var eta = bytesTotal > 0 && bytesDone > 0 && bytesDone < bytesTotal
            ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (bytesTotal - bytesDone) / bytesDone).ToString(@"m\:ss", CultureInfo.InvariantCulture)
            : "-";
        var percent = bytesTotal > 0 ? 100.0 * bytesDone / bytesTotal : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"ingest: {s.Read:N0} read, {s.Stored:N0} stored, {s.Duplicates + s.AlreadyStored:N0} skipped, {s.Failed:N0} failed; {rate:F0} articles/s; {percent:F0}% of input; ETA {eta}");
    }
}
