using System.Text.Json;
using System.Text.Json.Nodes;
using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Pipeline;

/// <summary>Issue 22: a run removes only the stale outputs of its own folder (regular files inside it, links resolved), and shards share
/// it.</summary>
public class OutputFolderTests
{
    private static GenerateOptions Options(string data, string outRoot) =>
        new() { DataDir = data, OutRoot = outRoot, TemplatesDir = Repo.Templates, SkipPdf = true, SkipWorkbook = true };

    // The manifest as a hand edit would leave it: one more output, at the path given.
    private static void ListInManifest(string outDir, string path, string manifestName = "manifest.json")
    {
        var file = Path.Combine(outDir, manifestName);
        var manifest = JsonNode.Parse(File.ReadAllText(file))!;
        manifest["outputs"]!.AsArray().Add(new JsonObject { ["path"] = path, ["sha256"] = "0", ["bytes"] = 1 });
        File.WriteAllText(file, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task A_stale_output_reached_through_a_folder_link_is_never_deleted()
    {
        using var dir = new TempDir().Minimal();
        var outRoot = Path.Combine(dir.Path, "out");
        var first = await new GenerateRunner(Options(dir.Path, outRoot), NullProgress.Instance).RunAsync();
        var outside = Directory.CreateDirectory(Path.Combine(dir.Path, "elsewhere")).FullName;
        var precious = Path.Combine(outside, "precious.txt");
        File.WriteAllText(precious, "keep me");
        Directory.CreateSymbolicLink(Path.Combine(first.OutDir, "sub"), outside);
        File.CreateSymbolicLink(Path.Combine(first.OutDir, "linked.txt"), precious);
        ListInManifest(first.OutDir, "sub/precious.txt");
        ListInManifest(first.OutDir, "linked.txt");

        await new GenerateRunner(Options(dir.Path, outRoot), NullProgress.Instance).RunAsync();
        Assert.Equal("keep me", File.ReadAllText(precious));
        Assert.True(File.Exists(Path.Combine(first.OutDir, "linked.txt")));
    }

    [Fact]
    public async Task A_stale_output_of_the_folder_itself_is_removed()
    {
        using var dir = new TempDir().Minimal();
        var outRoot = Path.Combine(dir.Path, "out");
        var first = await new GenerateRunner(Options(dir.Path, outRoot), NullProgress.Instance).RunAsync();
        var stale = Path.Combine(first.OutDir, "account-plans", "gone.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "old plan");
        ListInManifest(first.OutDir, "account-plans/gone.pdf");
        var second = await new GenerateRunner(Options(dir.Path, outRoot), NullProgress.Instance).RunAsync();
        Assert.False(File.Exists(stale));
        Assert.Contains(second.Warnings, w => w.StartsWith("removed account-plans/gone.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_shards_started_together_into_one_folder_both_complete_with_a_manifest_each()
    {
        using var dir = new TempDir().Minimal();
        var outRoot = Path.Combine(dir.Path, "out");
        var runs = await Task.WhenAll(new[] { (1, 2), (2, 2) }.Select(shard =>
            Task.Run(() => new GenerateRunner(Options(dir.Path, outRoot) with { Shard = shard }, NullProgress.Instance).RunAsync())));
        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        var outDir = runs[0].OutDir;
        Assert.True(File.Exists(Path.Combine(outDir, "manifest.shard-1-of-2.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "manifest.shard-2-of-2.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "kpis.csv"))); // shard 1's
    }

    [Fact]
    public async Task A_shard_never_removes_a_document_another_shard_now_owns()
    {
        // The review's case: an account added later moves plans from one shard to the other; shard 1 removed shard 2's fresh plans.
        using var dir = new TempDir().Minimal();
        var outRoot = Path.Combine(dir.Path, "out");
        var first = await new GenerateRunner(Options(dir.Path, outRoot) with { Shard = (1, 2) }, NullProgress.Instance).RunAsync();
        var plan = Path.Combine(first.OutDir, "account-plans", "A2-beta.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(plan)!);
        File.WriteAllText(plan, "shard 2's plan");
        ListInManifest(first.OutDir, "account-plans/A2-beta.pdf", "manifest.shard-1-of-2.json");
        await new GenerateRunner(Options(dir.Path, outRoot) with { Shard = (1, 2) }, NullProgress.Instance).RunAsync();
        Assert.True(File.Exists(plan));
    }
}
