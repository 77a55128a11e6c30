namespace Akhbar.Bench;

/// <summary>
/// `cpu`: the throughput benchmarks timed by process CPU time instead of wall time, interleaved pass by pass.
/// On a machine shared with other jobs, wall time measures the neighbours as much as the code; CPU time of a
/// single-threaded pass (garbage collection included, since it runs on the process's own threads) moves much
/// less, and interleaving the methods exposes them to the same cache and frequency conditions.
/// </summary>
public static class CpuTimings
{
    public static int Run(BenchCorpus corpus, int passes)
    {
        var bench = new ThroughputBenchmarks();
        bench.Setup();
        var methods = new (string Name, Func<long> Run)[]
        {
            ("Akhbar: clean + sentences + tokens + clitics", bench.Akhbar),
            ("Akhbar: cleaning only", () => bench.AkhbarCleaningOnly()),
            ("Lucene ArabicAnalyzer (baseline)", bench.Lucene),
        };
        var (times, allocated) = InterleavedCpuTimer.Measure(methods, passes);

        bench.Cleanup();
        var baseline = Median(times[^1]);
        Console.WriteLine($"CPU time per pass, median of {passes} interleaved passes (load average at start: {LoadAverage()})");
        for (var m = 0; m < methods.Length; m++)
        {
            var median = Median(times[m]);
            Console.WriteLine($"{methods[m].Name,-48} {median,8:F0} ms  {corpus.Utf8Bytes / 1e6 / (median / 1000),6:F1} MB/s  ratio {median / baseline:F2}  {allocated[m] / 1e6,7:F1} MB allocated");
        }

        return 0;
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
