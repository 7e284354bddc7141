using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Pipeline;

/// <summary>What a run did: exit code, where, what it wrote and how long each stage took.</summary>
public sealed record GenerateResult(int ExitCode, string OutDir, DataSet Data, Portfolio? Portfolio, IReadOnlyList<string> Written,
    IReadOnlyList<string> Skipped,
    IReadOnlyDictionary<string, double> TimingsMs, IReadOnlyList<string> Warnings);
