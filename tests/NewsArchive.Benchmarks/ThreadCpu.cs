using System.Diagnostics;
using System.Runtime.InteropServices;

/// <summary>Processor time used by the calling thread (Linux clock_gettime; elsewhere the whole process's time).</summary>
static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0)
            return t.Seconds * 1000.0 + t.Nanoseconds / 1_000_000.0;
        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }
}
