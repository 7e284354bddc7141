using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Pipeline;

/// <summary>Issue 10: one run at a time per output folder.</summary>
public class OutputLockTests
{
    [Fact]
    public void A_second_run_into_the_same_output_folder_fails_at_once_while_the_first_holds_it()
    {
        using var tmp = new TempDir();
        using var held = OutputLock.Take(tmp.Path);
        var e = Assert.Throws<KamException>(() => OutputLock.Take(tmp.Path));
        Assert.Contains("another kam run is writing to", e.Message);
    }

    [Fact]
    public void The_lock_names_the_holding_process_and_frees_the_folder_when_released()
    {
        using var tmp = new TempDir();
        OutputLock.Take(tmp.Path).Dispose();
        var holder = File.ReadAllText(Path.Combine(tmp.Path, OutputLock.FileName));
        Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), holder);
        using var second = OutputLock.Take(tmp.Path); // would throw while the first still held it
    }

    [Fact]
    public void Shards_of_one_run_share_the_folder_and_a_shard_started_twice_fails()
    {
        // Issue 22: --shard 1/2 and --shard 2/2 run side by side into one --out.
        using var tmp = new TempDir();
        using var one = OutputLock.Take(tmp.Path, (1, 2));
        using var two = OutputLock.Take(tmp.Path, (2, 2));
        Assert.Contains("shard 2/2 is already running into", Assert.Throws<KamException>(() => OutputLock.Take(tmp.Path, (2, 2))).Message);
        Assert.Contains("another kam run is writing to", Assert.Throws<KamException>(() => OutputLock.Take(tmp.Path)).Message);
    }

    [Fact]
    public void No_shard_starts_beside_a_whole_run()
    {
        using var tmp = new TempDir();
        using var whole = OutputLock.Take(tmp.Path);
        Assert.Contains("a whole (unsharded) kam run is writing to", Assert.Throws<KamException>(() => OutputLock.Take(tmp.Path, (1, 2)))
            .Message);
    }
}
