using KamReports.Pipeline;
using KamReports.Rendering.Pdf;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Pipeline;

/// <summary>Issue 10: the browser is killed in the middle of a run; the run restarts it and completes with every document.</summary>
[Collection("browser")]
public class BrowserFaultTests
{
    [Fact]
    public async Task A_run_whose_browser_is_killed_mid_run_completes_with_every_document()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 16, Seed: 3)).Write(data);
        var outRoot = Path.Combine(tmp.Path, "out");
        var options = new GenerateOptions { DataDir = data, OutRoot = outRoot, TemplatesDir = Repo.Templates, Parallelism = 1, SkipWorkbook = true };
        var run = Task.Run(() => new GenerateRunner(options, NullProgress.Instance).RunAsync());
        // As soon as the first PDF is written, kill every browser this test process started (the run's printer included).
        var killed = false;
        for (var i = 0; i < 600 && !run.IsCompleted; i++)
        {
            if (Directory.Exists(outRoot) && Directory.EnumerateFiles(outRoot, "*.pdf", SearchOption.AllDirectories).Any())
            {
                PdfPrinter.Kill(Environment.ProcessId + "-");
                killed = true;
                break;
            }
            await Task.Delay(100);
        }
        var result = await run;
        Assert.True(killed, "the run ended before any PDF was written");
        var expected = KamReports.Documents.DocumentCatalog.For(result.Portfolio!).Select(d => d.RelativePath.Replace('/', Path.DirectorySeparatorChar)).Order().ToArray();
        var written = Directory.GetFiles(result.OutDir, "*.pdf", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(result.OutDir, f)).Order().ToArray();
        Assert.Equal(expected, written);
        Assert.True(result.TimingsMs["browser_restarts"] >= 1, "the browser was not restarted");
        Assert.All(written, f => Assert.True(new FileInfo(Path.Combine(result.OutDir, f)).Length > 1000));
    }
}
