using System.Diagnostics;
using System.Globalization;

namespace Akhbar.Cli;

/// <summary>Throughput of one run: what a whole-corpus measurement reports.</summary>
public sealed record RunStats(long Articles, long Failed, long InputBytes)
{
    public void Print(TextWriter error, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        using var process = Process.GetCurrentProcess();
        var peakMb = process.PeakWorkingSet64 / (1024.0 * 1024.0);

        // CPU time next to wall time: on a shared machine the wall time says as much about the neighbours as about Akhbar.
        var cpuSeconds = process.TotalProcessorTime.TotalSeconds;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stats: {Articles} articles ({Failed} failed), {InputBytes / 1e6:F1} MB in {seconds:F2} s: {Articles / seconds:F0} articles/s, {InputBytes / 1e6 / seconds:F2} MB/s, peak memory {peakMb:F0} MB, CPU time {cpuSeconds:F2} s on {Environment.ProcessorCount} cores"));
    }
}
