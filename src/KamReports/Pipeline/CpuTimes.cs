using System.Globalization;

namespace KamReports.Pipeline;

/// <summary>Machine-wide CPU time from /proc/stat (Linux), to report how busy all cores were during rendering.</summary>
public readonly record struct CpuTimes(long Busy, long Total)
{
    public static CpuTimes? Read()
    {
        try
        {
            var first = File.ReadLines("/proc/stat").First();
            var v = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            var idle = v[3] + v[4];
            var total = v.Sum();
            return new CpuTimes(total - idle, total);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    public static double? BusyPercent(CpuTimes? before, CpuTimes? after) =>
        before is { } b && after is { } a && a.Total > b.Total ? 100.0 * (a.Busy - b.Busy) / (a.Total - b.Total) : null;
}
