using System.Diagnostics;
using Akhbar.Arabic;

namespace Akhbar.Bench;

/// <summary>
/// <c>stages</c>: the time each stage of the default pipeline takes over the benchmark sample, in one thread, stage by
/// stage on the same documents. On a shared machine two whole runs (with and without a stage) differ by more than a
/// cheap stage costs; timing the stages inside one run shares the load between them, so their ratio holds.
/// </summary>
/// <remarks>
/// A warm-up over the first <see cref="WarmUpArticles"/> articles, untimed, comes first: without it the first timed pass
/// also paid for compiling every method of the pipeline, and a stage with much code of its own (the event stage's two
/// hundred rules) paid more of that than the others, which a run over the whole corpus pays once and forgets.
/// </remarks>
public static class StageTimings
{
    /// <summary>Articles analyzed, untimed, before the timed passes (docs/PERFORMANCE.md, "Time per stage").</summary>
    public const int WarmUpArticles = 200;

    public static int Run(BenchCorpus corpus, int passes, bool eventFilter = false)
    {
        var pipeline = ArabicPipeline.CreateDefault(eventFilter);
        var stages = pipeline.Stages;
        var ticks = new long[stages.Count];
        var allocated = new long[stages.Count];
        var cpu = new long[stages.Count];
        long cleaning = 0, cpuCleaning = 0;
        foreach (var article in corpus.Articles.Take(WarmUpArticles))
        {
            pipeline.Process(article);
        }

        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var article in corpus.Articles)
            {
                var cleaningCpu = ThreadCpuClock.Nanoseconds();
                var watch = Stopwatch.StartNew();
                var document = pipeline.Cleaner.Clean(article);
                cleaning += watch.ElapsedTicks;
                cpuCleaning += ThreadCpuClock.Nanoseconds() - cleaningCpu;
                for (var s = 0; s < stages.Count; s++)
                {
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var cpuBefore = ThreadCpuClock.Nanoseconds();
                    watch.Restart();
                    stages[s].Process(document);
                    ticks[s] += watch.ElapsedTicks;
                    cpu[s] += ThreadCpuClock.Nanoseconds() - cpuBefore;
                    allocated[s] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                }
            }
        }

        var total = cleaning + ticks.Sum();
        Console.WriteLine($"{corpus.Articles.Count:N0} articles x {passes} passes after a warm-up over {Math.Min(WarmUpArticles, corpus.Articles.Count):N0}, {total * 1000.0 / Stopwatch.Frequency:F0} ms in all{(eventFilter ? " (event filter on)" : "")}");
        Console.WriteLine($"  {"cleaning",-24} {cleaning * 1000.0 / Stopwatch.Frequency,9:F0} ms  {100.0 * cleaning / total,5:F1}%");
        for (var s = 0; s < stages.Count; s++)
        {
            var name = stages[s].GetType().Name;
            Console.WriteLine($"  {name,-24} {ticks[s] * 1000.0 / Stopwatch.Frequency,9:F0} ms  {100.0 * ticks[s] / total,5:F1}%  (+{100.0 * ticks[s] / (total - ticks[s]),4:F1}% over the rest)  {allocated[s] / 1e6 / passes,5:F0} MB allocated per pass");
        }

        if (ThreadCpuClock.Available)
        {
            // The same shares in the thread's own CPU time, without the waits for a core.
            var cpuTotal = cpuCleaning + cpu.Sum();
            Console.WriteLine($"  thread CPU time: {cpuTotal / 1e6:F0} ms in all");
            Console.WriteLine($"  {"cleaning",-24} {cpuCleaning / 1e6,9:F0} ms CPU  {100.0 * cpuCleaning / cpuTotal,5:F1}%");
            for (var s = 0; s < stages.Count; s++)
            {
                Console.WriteLine($"  {stages[s].GetType().Name,-24} {cpu[s] / 1e6,9:F0} ms CPU  {100.0 * cpu[s] / cpuTotal,5:F1}%  (+{100.0 * cpu[s] / (cpuTotal - cpu[s]),4:F1}% over the rest)");
            }
        }

        return 0;
    }
}
