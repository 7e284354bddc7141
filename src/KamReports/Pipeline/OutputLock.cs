namespace KamReports.Pipeline;

/// <summary>
/// An exclusive lock on an output folder (<c>.kam.lock</c> inside it), held for the whole run, so two runs
/// into the same folder cannot mix their outputs. The second run fails at once with a clear message.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".kam.lock";
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static OutputLock Take(string outDir)
    {
        var path = Path.Combine(outDir, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var w = new StreamWriter(stream, leaveOpen: true)) w.Write(Environment.ProcessId);
            return new OutputLock(stream);
        }
        catch (IOException)
        {
            throw new KamException($"another kam run is writing to {outDir}; wait for it to finish (or use another --out)",
                ExitCodes.Failed);
        }
    }

    public void Dispose() => _stream.Dispose();
}
