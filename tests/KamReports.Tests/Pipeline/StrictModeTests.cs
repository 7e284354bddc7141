using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Pipeline;

/// <summary><c>generate --strict</c>: rejected rows stop the run before anything is computed or printed.</summary>
public class StrictModeTests
{
    [Fact]
    public async Task Strict_mode_stops_before_rendering_when_rows_are_rejected()
    {
        using var dir = new TempDir().Minimal(revenue:
            "account_id,date,product_line,amount\nA1,2026-08-01,P1,lots\nA1,2026-09-01,P1,10\n");
        var outRoot = Path.Combine(dir.Path, "out");
        var options = new GenerateOptions { DataDir = dir.Path, OutRoot = outRoot, TemplatesDir = Repo.Templates, Strict = true };
        var result = await new GenerateRunner(options, NullProgress.Instance).RunAsync();
        Assert.Equal(3, result.ExitCode);
        Assert.Null(result.Portfolio);
        Assert.Contains("lots", File.ReadAllText(Path.Combine(result.OutDir, "validation.csv")));
        Assert.False(File.Exists(Path.Combine(result.OutDir, "kpis.csv")));
    }
}
