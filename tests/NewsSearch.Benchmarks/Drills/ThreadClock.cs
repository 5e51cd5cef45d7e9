using System.Runtime.InteropServices;

namespace NewsSearch.Benchmarks.Drills;

/// <summary>The CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what a query costs a core,
/// whatever else the machine is doing meanwhile.</summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static TimeSpan Now()
    {
        _ = ClockGetTime(ThreadCpuTime, out var time);
        return TimeSpan.FromTicks((time.Seconds * 1_000_000_000 + time.Nanoseconds) / 100);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
