using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Runs a data folder's revenue both ways, read row by row in .NET and reduced inside DuckDB (issue 27), and compares.
/// </summary>
internal static class ReducedRevenueHarness
{
    public static readonly string[] Outputs = ["kpis.csv", "segments.csv", "scopes.csv", "validation.csv"];

    public static async Task<(int Exit, Dictionary<string, string> Files, Records.DataSet? Data)> RunRaw(string dataDir, string configJson)
    {
        using var outRoot = new TempDir();
        var config = Path.Combine(outRoot.Path, "kam.json");
        File.WriteAllText(config, configJson);
        var result = await new GenerateRunner(new GenerateOptions
        {
            DataDir = dataDir, OutRoot = outRoot.Path, TemplatesDir = Repo.Templates, SkipPdf = true, SkipWorkbook = true,
            ConfigPath = config, Period = "2026-Q3",
        }, NullProgress.Instance).RunAsync();
        var files = Outputs.Where(f => File.Exists(Path.Combine(outRoot.Path, "2026-Q3", f)))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", f)));
        return (result.ExitCode, files, result.Data);
    }

    public static async Task<string> Outcome(string dataDir, string configJson)
    {
        try
        {
            return "exit " + (await RunRaw(dataDir, configJson)).Exit;
        }
        catch (KamException e)
        {
            return "KamException: " + e.Message;
        }
    }

    public static async Task<(Dictionary<string, string> Files, Records.DataSet Data)> Run(string dataDir, string configJson)
    {
        var (exit, files, data) = await RunRaw(dataDir, configJson);
        Assert.True(exit is ExitCodes.Ok or ExitCodes.RejectedRows, "exit " + exit);
        return (files, data!);
    }

    /// <summary>Runs both paths (the second with aggregate_above_mb 0) and asserts the same outputs, problems, warnings, row
    /// counts and reduced revenue; <paramref name="expectReduced"/> says which path the second run must have taken (null: either,
    /// a fallback to the .NET reader is fine).</summary>
    public static async Task<(Dictionary<string, string> Small, Records.DataSet SmallData, Records.DataSet Reduced)> Both(
        string dataDir, string extra = "", bool? expectReduced = null)
    {
        var (small, smallData) = await Run(dataDir, "{" + extra + "}");
        var (reduced, reducedData) = await Run(dataDir, "{\"aggregate_above_mb\": 0" + (extra.Length > 0 ? ", " + extra : "") + "}");
        Assert.False(smallData.Files.Single(f => f.Role == "revenue").Reduced);
        if (expectReduced is { } expected) Assert.Equal(expected, reducedData.Files.Single(f => f.Role == "revenue").Reduced);
        if (expectReduced == true) Assert.Empty(reducedData.Revenue);
        Assert.Equal(smallData.Problems, reducedData.Problems);
        foreach (var f in Outputs) Assert.Equal(small[f], reduced[f]);
        Assert.Equal(smallData.Warnings, reducedData.Warnings);
        Assert.Equal(smallData.Files.Select(f => (f.Role, f.Rows, f.Rejected, f.Sha256)),
            reducedData.Files.Select(f => (f.Role, f.Rows, f.Rejected, f.Sha256)));
        Assert.Equal(Orders(smallData), Orders(reducedData));
        Assert.Equal(smallData.RevenueSummary.Cells, reducedData.RevenueSummary.Cells);
        return (small, smallData, reducedData);
    }

    public static IEnumerable<(string, string, int)> Orders(Records.DataSet d) =>
        d.RevenueSummary.Orders.Select(o => (o.AccountId, string.Join(',', o.Months), o.Count));

    public static TempDir SampleWith(Func<List<string>, List<string>> edit, string newLine = "\n")
    {
        var dir = new TempDir();
        foreach (var f in Directory.GetFiles(Repo.SampleData)) File.Copy(f, Path.Combine(dir.Path, Path.GetFileName(f)));
        var path = Path.Combine(dir.Path, "revenue.csv");
        File.WriteAllText(path, string.Join(newLine, edit(File.ReadAllLines(path).ToList())) + newLine);
        return dir;
    }
}
