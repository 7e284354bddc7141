using System.Text.Json;
using System.Text.RegularExpressions;
using KamReports.Output;

namespace KamReports.Pipeline;

/// <summary>
/// <c>kam merge OUT</c>: the manifests of a sharded run (<c>manifest.shard-K-of-N.json</c>, one per shard) joined into the folder's
/// <c>manifest.json</c>, so <c>kam verify</c>, <c>kam send</c> and the next incremental run see one run. Every shard of N must be
/// there; an output two shards name is the later shard's.
/// </summary>
public static partial class ShardMerge
{
    [GeneratedRegex(@"^manifest\.shard-(\d+)-of-(\d+)\.json$")]
    private static partial Regex ShardFile();

    public sealed record Result(string Folder, int Shards, int Outputs, IReadOnlyList<string> Failed);

    public static Result Run(string folder)
    {
        var outDir = Verification.Verifier.Folder(folder, requireManifest: false);
        var shards = Directory.GetFiles(outDir, "manifest.shard-*.json")
            .Select(f => (Path: f, M: ShardFile().Match(Path.GetFileName(f))))
            .Where(x => x.M.Success)
            .Select(x => (x.Path, K: int.Parse(x.M.Groups[1].Value), N: int.Parse(x.M.Groups[2].Value)))
            .OrderBy(x => x.K).ToArray();
        if (shards.Length == 0) throw new KamException($"{outDir}: no shard manifests (manifest.shard-K-of-N.json) to merge", ExitCodes.Usage);
        var counts = shards.Select(s => s.N).Distinct().ToArray();
        if (counts.Length > 1)
            throw new KamException($"{outDir}: shard manifests of different runs ({string.Join(", ", counts.Select(n => "of " + n))}): "
                + "remove the old ones", ExitCodes.Failed);
        var n = counts[0];
        var missing = Enumerable.Range(1, n).Except(shards.Select(s => s.K)).ToArray();
        if (missing.Length > 0)
            throw new KamException($"{outDir}: shard(s) {string.Join(", ", missing)} of {n} have not written their manifest: run them "
                + "(kam generate --shard K/N) before merging", ExitCodes.Failed);
        var manifests = shards.Select(s => Manifest.TryRead(s.Path)
            ?? throw new KamException($"{s.Path}: cannot be read", ExitCodes.Failed)).ToArray();
        return Join(outDir, n, manifests);
    }

    /// <summary>
    /// The merge a shard does when it finishes: when every shard of <paramref name="count"/> has written its manifest from the same
    /// inputs, config, templates and build as <paramref name="mine"/>, they are joined into manifest.json; otherwise (a shard still
    /// running, or an older run's manifest) nothing is written and null returned.
    /// </summary>
    public static Result? MergeIfComplete(string outDir, int count, Manifest mine)
    {
        var manifests = new Manifest[count];
        for (var k = 1; k <= count; k++)
        {
            if (Manifest.TryRead(Path.Combine(outDir, $"manifest.shard-{k}-of-{count}.json")) is not { } m || !SameRun(m, mine)) return null;
            manifests[k - 1] = m;
        }
        return Join(outDir, count, manifests);
    }

    private static bool SameRun(Manifest a, Manifest b) =>
        a.Version == b.Version && a.Period == b.Period && a.ConfigSha256 == b.ConfigSha256 && a.TemplatesSha256 == b.TemplatesSha256
        && a.Inputs.Select(i => (i.Role, i.Sha256)).SequenceEqual(b.Inputs.Select(i => (i.Role, i.Sha256)));

    private static Result Join(string outDir, int n, Manifest[] manifests)
    {
        var outputs = new Dictionary<string, ManifestOutput>(StringComparer.Ordinal);
        foreach (var o in manifests.SelectMany(m => m.Outputs)) outputs[o.Path] = o;
        var first = manifests[0];
        var merged = first with
        {
            Outputs = outputs.Values.OrderBy(o => o.Path, StringComparer.Ordinal).ToList(),
            Warnings = manifests.SelectMany(m => m.Warnings).Distinct(StringComparer.Ordinal).ToList(),
            TimingsMs = new Dictionary<string, double>(first.TimingsMs) { ["shards"] = n },
        };
        AtomicFile.WriteAllText(Path.Combine(outDir, "manifest.json"), JsonSerializer.Serialize(merged, Manifest.Json));
        var failed = merged.Outputs.Where(o => o.Check?.Status == DocumentCheck.Failed).Select(o => o.Path).ToArray();
        return new Result(outDir, n, merged.Outputs.Count, failed);
    }
}
