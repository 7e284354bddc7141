namespace KamReports.Pipeline;

/// <summary>
/// <c>--shard auto</c>: the shard's index and count from the scheduler that started it (architecture.md, Growth): a Kubernetes
/// Indexed Job (<c>JOB_COMPLETION_INDEX</c>, 0-based, with <c>KAM_SHARD_COUNT</c>), a Slurm array (<c>SLURM_ARRAY_TASK_ID</c> and
/// <c>SLURM_ARRAY_TASK_COUNT</c>, ids from <c>SLURM_ARRAY_TASK_MIN</c>, 0 when unset, by <c>SLURM_ARRAY_TASK_STEP</c>), AWS Batch array jobs
/// (<c>AWS_BATCH_JOB_ARRAY_INDEX</c>, 0-based, with <c>KAM_SHARD_COUNT</c>). Returns the 1-based K of N.
/// </summary>
public static class ShardEnvironment
{
    public static (int Index, int Count) Detect(Func<string, string?> env)
    {
        int? Int(string name) => env(name) is { } s && int.TryParse(s, out var v) ? v : null;
        int Count(string from) => Int("KAM_SHARD_COUNT") is { } n and >= 1 ? n
            : throw new KamException($"--shard auto: {from} is set but KAM_SHARD_COUNT (the number of shards) is not", ExitCodes.Usage);
        (int, int) Checked(int k, int n, string from) => k >= 1 && k <= n ? (k, n)
            : throw new KamException($"--shard auto: {from} gives shard {k} of {n}", ExitCodes.Usage);
        if (Int("JOB_COMPLETION_INDEX") is { } job) return Checked(job + 1, Count("JOB_COMPLETION_INDEX"), "JOB_COMPLETION_INDEX");
        if (Int("SLURM_ARRAY_TASK_ID") is { } task)
        {
            var n = Int("SLURM_ARRAY_TASK_COUNT") ?? throw new KamException(
                "--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not", ExitCodes.Usage);
            // An array with a step (--array=0-6:2) numbers its tasks min, min+step, ...; one with gaps (1,3,7) cannot be numbered.
            var step = Int("SLURM_ARRAY_TASK_STEP") is { } st and >= 1 ? st : 1;
            var offset = task - (Int("SLURM_ARRAY_TASK_MIN") ?? 0);
            if (offset % step != 0)
                throw new KamException($"--shard auto: SLURM_ARRAY_TASK_ID {task} is not on the array's step {step}", ExitCodes.Usage);
            return Checked(offset / step + 1, n, "SLURM_ARRAY_TASK_ID");
        }
        if (Int("AWS_BATCH_JOB_ARRAY_INDEX") is { } aws) return Checked(aws + 1, Count("AWS_BATCH_JOB_ARRAY_INDEX"), "AWS_BATCH_JOB_ARRAY_INDEX");
        throw new KamException("--shard auto: no scheduler found (JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX)",
            ExitCodes.Usage);
    }
}
