using KamReports.Data;
using KamReports.Pipeline;
using KamReports.Records;

namespace KamReports.TestSupport;

/// <summary>
/// The kpis.csv a data folder gives when run without documents: what every database source must reproduce for sample-data.
/// </summary>
public static class SourceKpis
{
    private static readonly Lazy<string> SampleKpis = new(() => RunAsync(Repo.SampleData).GetAwaiter().GetResult().Kpis);

    /// <summary>The contract's roles that sample-data has a CSV file for.</summary>
    public static IReadOnlyList<string> SampleRoles { get; } =
        DataContract.RoleNames.Where(r => File.Exists(Path.Combine(Repo.SampleData, r + ".csv"))).ToArray();

    /// <summary>sample-data's own kpis.csv, read from its CSV files.</summary>
    public static string Baseline => SampleKpis.Value;

    /// <summary>Runs <c>generate</c> without PDFs and workbook on <paramref name="dataDir"/>: kpis.csv and the loaded data.</summary>
    public static async Task<(string Kpis, DataSet Data)> RunAsync(string dataDir)
    {
        using var outRoot = new TempDir();
        var options = new GenerateOptions
        {
            DataDir = dataDir, OutRoot = outRoot.Path, TemplatesDir = Repo.Templates, SkipPdf = true, SkipWorkbook = true,
        };
        var result = await new GenerateRunner(options, NullProgress.Instance).RunAsync();
        if (result.ExitCode != ExitCodes.Ok)
            throw new InvalidOperationException($"generate on {dataDir} ended with exit code {result.ExitCode}");
        var kpis = File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", "kpis.csv"));
        if (!kpis.Contains("ACC-0001", StringComparison.Ordinal))
            throw new InvalidOperationException($"kpis.csv of {dataDir} has no ACC-0001 row");
        return (kpis, result.Data);
    }
}
