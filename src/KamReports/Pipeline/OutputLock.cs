namespace KamReports.Pipeline;

/// <summary>
/// The lock on an output folder, held for the whole run, so two runs into the same folder cannot mix their outputs; the second
/// fails at once with a clear message. A whole run holds <c>.kam.lock</c> alone. Shards of one run share it (so no whole run can
/// start beside them) and each holds its own <c>.kam.shard-K-of-N.lock</c> alone: shards run side by side into one folder, and a
/// shard started twice fails.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".kam.lock";
    private readonly FileStream[] _streams;

    private OutputLock(params FileStream[] streams) => _streams = streams;

    public static OutputLock Take(string outDir, (int Index, int Count)? shard = null)
    {
        if (shard is not { } s) return new OutputLock(Open(outDir, FileName, FileShare.None, "another kam run is writing to"));
        var folder = Open(outDir, FileName, FileShare.ReadWrite, "a whole (unsharded) kam run is writing to");
        try
        {
            return new OutputLock(folder, Open(outDir, $".kam.shard-{s.Index}-of-{s.Count}.lock", FileShare.None,
                $"shard {s.Index}/{s.Count} is already running into"));
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    private static FileStream Open(string outDir, string name, FileShare share, string busy)
    {
        var path = Path.Combine(outDir, name);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
            if (share == FileShare.None)
            {
                stream.SetLength(0);
                using var w = new StreamWriter(stream, leaveOpen: true);
                w.Write(Environment.ProcessId);
            }
            return stream;
        }
        catch (IOException)
        {
            throw new KamException($"{busy} {outDir}; wait for it to finish (or use another --out)", ExitCodes.Failed);
        }
    }

    public void Dispose()
    {
        foreach (var s in _streams) s.Dispose();
    }
}
