using System.Runtime.InteropServices;

namespace Akhbar.Bench;

/// <summary>
/// The CPU time of the calling thread, in nanoseconds, on Linux (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>); null
/// elsewhere. The `stages` mode times each stage in wall-clock time and in this: on the shared development machine (load
/// average 20 to 60 on two cores) a stage's wall-clock time also holds whatever time the thread spent waiting for a
/// core, which lands on whichever stage was running and moves the shares by points from run to run; the thread's own CPU
/// time does not hold it.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The calling thread's CPU time so far, in nanoseconds (0 where <see cref="Available"/> is false).</summary>
    public static long Nanoseconds()
    {
        if (!Available || ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
