using System.Text.Json;

namespace KamReports.Pipeline;

/// <summary>
/// The outputs a run has finished so far, one JSON line each, written as each document is done (<c>.kam.journal.NAME.jsonl</c> beside
/// the manifest it will become). A run that is killed leaves it behind: the next run of that folder (or shard) takes its lines as
/// newer than the manifest, so what was printed before the kill is neither printed again nor counted as missing. The manifest's
/// write removes it.
/// </summary>
public sealed class ManifestJournal : IDisposable
{
    private static readonly JsonSerializerOptions OneLine = new(Manifest.Json) { WriteIndented = false };
    private readonly object _lock = new();
    private readonly StreamWriter _writer;

    private ManifestJournal(string path)
    {
        Path = path;
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new System.Text.UTF8Encoding(false));
    }

    public string Path { get; }

    public static string PathFor(string outDir, string manifestName) =>
        System.IO.Path.Combine(outDir, ".kam.journal." + System.IO.Path.GetFileNameWithoutExtension(manifestName) + ".jsonl");

    /// <summary>The outputs a killed run finished, in the order written (a later line for a path wins); empty when there is none. A
    /// line cut by the kill is skipped.</summary>
    public static List<ManifestOutput> Read(string path)
    {
        var outputs = new List<ManifestOutput>();
        if (!File.Exists(path) || !SafePath.HasContent(path)) return outputs;
        foreach (var line in File.ReadLines(path))
        {
            try
            {
                if (JsonSerializer.Deserialize<ManifestOutput>(line, Manifest.Json) is { Path.Length: > 0 } o) outputs.Add(o);
            }
            catch (JsonException)
            {
                // The last line of a killed run may be half written: that document is printed again.
            }
        }
        return outputs;
    }

    public static ManifestJournal Open(string path) => new(path);

    /// <summary>Appends finished outputs and flushes them to the file before returning (a kill after this keeps them).</summary>
    public void Add(params ManifestOutput[] outputs)
    {
        lock (_lock)
        {
            foreach (var o in outputs) _writer.WriteLine(JsonSerializer.Serialize(o, OneLine));
            _writer.Flush();
        }
    }

    /// <summary>The run wrote its manifest: the journal is done with.</summary>
    public void Complete()
    {
        Dispose();
        File.Delete(Path);
    }

    public void Dispose() => _writer.Dispose();
}
