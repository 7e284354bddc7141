using System.Runtime.InteropServices;

namespace KamReports.TestSupport;

/// <summary>Named pipes for tests of inputs that must never be opened (reading one blocks for ever).</summary>
public static class Fifo
{
    /// <summary>Makes a named pipe with mkfifo(3) from the C library, without starting a process.</summary>
    public static void Make(string path)
    {
        if (MakeFifo(path,
            Convert.ToUInt32("644", 8)) != 0) throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);
}
