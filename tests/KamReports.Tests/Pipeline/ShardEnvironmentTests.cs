using KamReports.Pipeline;

namespace KamReports.Tests.Pipeline;

/// <summary>Issue 27 (slice): <c>--shard auto</c> takes index and count from the scheduler's environment.</summary>
public class ShardEnvironmentTests
{
    private static (int, int) Detect(params (string Key, string Value)[] vars)
    {
        var env = vars.ToDictionary(v => v.Key, v => v.Value);
        return ShardEnvironment.Detect(k => env.GetValueOrDefault(k));
    }

    [Fact]
    public void Kubernetes_slurm_and_aws_batch_give_the_one_based_shard_of_their_count()
    {
        Assert.Equal((1, 4), Detect(("JOB_COMPLETION_INDEX", "0"), ("KAM_SHARD_COUNT", "4")));
        Assert.Equal((4, 4), Detect(("JOB_COMPLETION_INDEX", "3"), ("KAM_SHARD_COUNT", "4")));
        Assert.Equal((2, 4), Detect(("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_COUNT", "4")));
        Assert.Equal((1, 4), Detect(("SLURM_ARRAY_TASK_ID", "5"), ("SLURM_ARRAY_TASK_MIN", "5"), ("SLURM_ARRAY_TASK_COUNT", "4")));
        // --array=0-6:2: tasks 0, 2, 4, 6 are shards 1..4 (found by scripts/slurm-check on a real cluster).
        Assert.Equal((4, 4), Detect(("SLURM_ARRAY_TASK_ID", "6"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_STEP", "2"),
            ("SLURM_ARRAY_TASK_COUNT", "4")));
        var off = Assert.Throws<KamException>(() => Detect(("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "0"),
            ("SLURM_ARRAY_TASK_STEP", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")));
        Assert.Contains("not on the array's step 2", off.Message);
        Assert.Equal((3, 3), Detect(("AWS_BATCH_JOB_ARRAY_INDEX", "2"), ("KAM_SHARD_COUNT", "3")));
    }

    [Theory]
    [InlineData("JOB_COMPLETION_INDEX", "0", null, "KAM_SHARD_COUNT (the number of shards) is not")]
    [InlineData("JOB_COMPLETION_INDEX", "4", "4", "gives shard 5 of 4")]
    [InlineData("SLURM_ARRAY_TASK_ID", "1", null, "SLURM_ARRAY_TASK_COUNT is not")]
    [InlineData("PATH", "/bin", null, "no scheduler found")]
    public void A_missing_or_inconsistent_environment_is_a_usage_error(string key, string value, string? count, string expected)
    {
        var vars = new List<(string, string)> { (key, value) };
        if (count is not null) vars.Add(("KAM_SHARD_COUNT", count));
        var e = Assert.Throws<KamException>(() => Detect([.. vars]));
        Assert.Contains(expected, e.Message);
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
    }
}
