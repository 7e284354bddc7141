using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using KamReports.EndToEnd.Support;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Pipeline;

/// <summary>
/// Issue 27: shards started together into one output folder all finish, the last one merges their manifests, and the folder is the
/// one a single run makes; a shard killed mid-run is completed by <c>--only-failed</c>, which makes exactly what is missing.
/// </summary>
public class ConcurrentShardTests
{
    private const string Period = "2026-Q3";

    [Fact]
    public void Two_and_four_shards_started_together_make_the_single_runs_folder()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 11)).Write(data);
        var single = KamProcess.Run(dir.Path, "generate", "--data", data, "--out", "one", "--period", Period, "--keep-html");
        Assert.True(single.ExitCode == 0, single.Stdout + single.Stderr);
        var expected = Snapshot(Path.Combine(dir.Path, "one", Period));
        Assert.True(expected.Documents.Count > 10, "the single run made " + expected.Documents.Count + " documents");

        foreach (var n in new[] { 2, 4 })
        {
            var results = Enumerable.Range(1, n).AsParallel().WithDegreeOfParallelism(n)
                .Select(k => KamProcess.Run(dir.Path, "generate", "--data", data, "--out", "shards" + n, "--period", Period,
                    "--keep-html", "--jobs", "1", "--shard", $"{k}/{n}"))
                .ToArray();
            foreach (var r in results) Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
            // At least one shard (the last to finish) merged; the merge of shards finishing together is the same file.
            Assert.Contains(results, r => r.Stdout.Contains($"Merged {n} shard manifests into manifest.json"));
            var folder = Path.Combine(dir.Path, "shards" + n, Period);
            var actual = Snapshot(folder);
            Assert.Equal(expected.Documents, actual.Documents);
            Assert.Equal(expected.Html, actual.Html);
            Assert.Equal(expected.Kpis, actual.Kpis);
            Assert.Equal(expected.ManifestPaths, actual.ManifestPaths);
            var verify = KamProcess.Run(dir.Path, "verify", folder);
            Assert.True(verify.ExitCode == 0, verify.Stdout + verify.Stderr);
        }
    }

    [Fact]
    public void A_shard_killed_mid_run_is_completed_by_only_failed_which_makes_exactly_what_is_missing()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 12)).Write(data);
        var folder = Path.Combine(dir.Path, "out", Period);
        string[] Shard(int k, params string[] more) =>
            ["generate", "--data", data, "--out", "out", "--period", Period, "--keep-html", "--jobs", "1", "--shard", $"{k}/2", .. more];

        // Shard 1 is killed (with its browser) as soon as it reports its first finished document.
        var total = KillAfterFirstDocument(dir.Path, Shard(1));
        var journal = Path.Combine(folder, ".kam.journal.manifest.shard-1-of-2.jsonl");
        Assert.True(File.Exists(journal), "the killed shard left no journal");
        Assert.False(File.Exists(Path.Combine(folder, "manifest.shard-1-of-2.json")));
        var finished = File.ReadLines(journal).Count(l => l.Contains(".pdf\"", StringComparison.Ordinal)
            && l.Contains("\"status\":\"passed\"", StringComparison.Ordinal));
        Assert.InRange(finished, 1, total - 1);

        var second = KamProcess.Run(dir.Path, Shard(2));
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.DoesNotContain("Merged", second.Stdout); // shard 1 has not finished
        var rerun = KamProcess.Run(dir.Path, Shard(1, "--only-failed"));
        Assert.True(rerun.ExitCode == 0, rerun.Stdout + rerun.Stderr);
        Assert.Contains($"Rendering {total - finished} documents", rerun.Stdout);
        Assert.Contains("Merged 2 shard manifests into manifest.json", rerun.Stdout);
        Assert.False(File.Exists(journal), "the journal outlived the manifest");

        var single = KamProcess.Run(dir.Path, "generate", "--data", data, "--out", "one", "--period", Period, "--keep-html");
        Assert.True(single.ExitCode == 0, single.Stdout + single.Stderr);
        var expected = Snapshot(Path.Combine(dir.Path, "one", Period));
        var actual = Snapshot(folder);
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Html, actual.Html);
        Assert.Equal(expected.ManifestPaths, actual.ManifestPaths);
        Assert.True(KamProcess.Run(dir.Path, "verify", folder).ExitCode == 0);

        // The manifest marks one plan failed and another plan's file is gone: --only-failed makes those two and nothing else,
        // even though the hashes of everything are unchanged (a plain run would make the gone one only).
        var manifestPath = Path.Combine(folder, "manifest.shard-1-of-2.json");
        var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath)).RootElement.GetProperty("outputs").EnumerateArray()
            .Select(o => o.GetProperty("path").GetString()!).Where(p => p.StartsWith("account-plans/", StringComparison.Ordinal)
                && p.EndsWith(".pdf", StringComparison.Ordinal)).ToArray();
        var text = File.ReadAllText(manifestPath);
        var marked = text.IndexOf($"\"path\": \"{manifest[0]}\"", StringComparison.Ordinal);
        var status = text.IndexOf("\"status\": \"passed\"", marked, StringComparison.Ordinal);
        File.WriteAllText(manifestPath, text[..status] + "\"status\": \"failed\"" + text[(status + "\"status\": \"passed\"".Length)..]);
        File.Delete(Path.Combine(folder, manifest[1]));
        var again = KamProcess.Run(dir.Path, Shard(1, "--only-failed"));
        Assert.True(again.ExitCode == 0, again.Stdout + again.Stderr);
        Assert.Contains("Rendering 2 documents", again.Stdout);
        Assert.True(File.Exists(Path.Combine(folder, manifest[1])));
        Assert.True(KamProcess.Run(dir.Path, "verify", folder).ExitCode == 0);
    }

    /// <summary>Starts kam, waits for its first "documents: 1/N" progress line, kills it and its browser; returns N.</summary>
    private static int KillAfterFirstDocument(string workingDir, string[] args)
    {
        using var p = KamProcess.Start(workingDir, args);
        var stderr = p.StandardError.ReadToEndAsync();
        var seen = new List<string>();
        int? total = null;
        while (p.StandardOutput.ReadLine() is { } line)
        {
            seen.Add(line);
            var at = line.IndexOf("documents: ", StringComparison.Ordinal);
            if (at < 0) continue;
            var counts = line[(at + "documents: ".Length)..].Split(' ')[0].Split('/');
            total = int.Parse(counts[1]);
            p.Kill(entireProcessTree: true);
            break;
        }
        p.WaitForExit();
        Assert.True(total is not null, "kam finished before reporting a document: " + string.Join('\n', seen) + stderr.Result);
        return total!.Value;
    }

    private sealed record FolderSnapshot(List<string> Documents, List<string> Html, string Kpis, List<string> ManifestPaths);

    private static FolderSnapshot Snapshot(string folder)
    {
        string Rel(string f) => Path.GetRelativePath(folder, f).Replace('\\', '/');
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        var documents = files.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Select(Rel).Order(StringComparer.Ordinal).ToList();
        var html = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => Rel(f) + " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))).ToList();
        var paths = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement.GetProperty("outputs")
            .EnumerateArray().Select(o => o.GetProperty("path").GetString()!).Order(StringComparer.Ordinal).ToList();
        return new FolderSnapshot(documents, html, File.ReadAllText(Path.Combine(folder, "kpis.csv")), paths);
    }
}
