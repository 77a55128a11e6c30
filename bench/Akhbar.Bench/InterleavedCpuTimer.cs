using System.Diagnostics;

namespace Akhbar.Bench;

/// <summary>
/// Runs several single-threaded methods pass by pass, interleaved, and keeps each one's process CPU time per pass and
/// the bytes it allocated: the measuring loop of the `cpu` and `segsteps` modes. Pass 0 warms up the JIT and the caches
/// and is not kept.
/// </summary>
public static class InterleavedCpuTimer
{
    public static (List<double>[] Times, long[] Allocated) Measure(IReadOnlyList<(string Name, Func<long> Run)> methods, int passes)
    {
        var times = methods.Select(_ => new List<double>()).ToArray();
        var allocated = new long[methods.Count];
        for (var pass = 0; pass <= passes; pass++)
        {
            for (var m = 0; m < methods.Count; m++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                methods[m].Run();
                var after = Process.GetCurrentProcess().TotalProcessorTime;

                // Allocation is what drives the GC share of the CPU time, and unlike time it does not move with the load.
                allocated[m] = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                if (pass > 0)
                {
                    times[m].Add((after - before).TotalMilliseconds);
                }
            }
        }

        return (times, allocated);
    }
}
