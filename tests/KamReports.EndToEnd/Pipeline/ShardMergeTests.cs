using KamReports.EndToEnd.Support;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Pipeline;

/// <summary>Issue 27 (slice): two shards into one folder, <c>kam merge</c> joins their manifests and <c>kam verify</c> passes on the
/// result; a missing shard is named.</summary>
public class ShardMergeTests
{
    [Fact]
    public void Two_shards_merged_make_one_verified_run_and_a_missing_shard_is_named()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 12, Seed: 5)).Write(data);
        var first = KamProcess.Run(dir.Path, "generate", "--data", data, "--out", "out", "--shard", "1/2", "--no-workbook");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var folder = Directory.GetDirectories(Path.Combine(dir.Path, "out")).Single();
        var early = KamProcess.Run(dir.Path, "merge", folder);
        Assert.Equal(1, early.ExitCode);
        Assert.Contains("shard(s) 2 of 2 have not written their manifest", early.Stdout + early.Stderr);

        var second = KamProcess.Run(dir.Path, "generate", "--data", data, "--out", "out", "--shard", "2/2", "--no-workbook");
        Assert.True(second.ExitCode == 0, second.Stderr);
        var merge = KamProcess.Run(dir.Path, "merge", folder);
        Assert.True(merge.ExitCode == 0, merge.Stdout + merge.Stderr);
        Assert.Contains("Merged 2 shard manifests", merge.Stdout);
        var verify = KamProcess.Run(dir.Path, "verify", folder);
        Assert.True(verify.ExitCode == 0, verify.Stdout + verify.Stderr);
        // Every account plan of both shards is in the merged manifest.
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));
        foreach (var plan in Directory.GetFiles(Path.Combine(folder, "account-plans"), "*.pdf"))
            Assert.Contains("account-plans/" + Path.GetFileName(plan), manifest);
    }
}
