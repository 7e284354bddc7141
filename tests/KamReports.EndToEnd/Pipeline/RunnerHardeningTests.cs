using System.Text.Json;
using KamReports.EndToEnd.Support;
using KamReports.Pipeline;
using KamReports.Rendering;
using KamReports.Rendering.Pdf;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Pipeline;

/// <summary>Issue 10: no overwritten documents, no mixed runs, no stale files, no stack traces.</summary>
public class RunnerHardeningTests
{
    private static GenerateOptions Options(string data, string outRoot) => new() { DataDir = data, OutRoot = outRoot,
        TemplatesDir = Repo.Templates, Parallelism = 2 };

    [Fact]
    public async Task Stale_outputs_of_removed_accounts_are_removed_and_a_broken_manifest_is_survived()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 10, Seed: 3)).Write(data);
        var outRoot = Path.Combine(tmp.Path, "out");
        var first = await new GenerateRunner(Options(data, outRoot) with { SkipWorkbook = true }, NullProgress.Instance).RunAsync();
        var plans = Directory.GetFiles(Path.Combine(first.OutDir, "account-plans"));
        Assert.NotEmpty(plans);
        var mine = Path.Combine(first.OutDir, "notes-of-my-own.txt");
        File.WriteAllText(mine, "not kam's");

        // A manifest that lists a path twice (hand-edited, or written by an older version) must not break the next run.
        var manifestPath = Path.Combine(first.OutDir, "manifest.json");
        var json = JsonDocument.Parse(File.ReadAllText(manifestPath)).RootElement.GetProperty("outputs")[0].GetRawText();
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\"outputs\": [", "\"outputs\": [" + json + ","));

        // Every account stops being a key account: their plans are no longer produced and disappear; our own file stays.
        var accounts = Path.Combine(data, "accounts.csv");
        var lines = File.ReadAllLines(accounts);
        var keyCol = Array.IndexOf(lines[0].Split(','), "is_key_account");
        File.WriteAllLines(accounts, lines.Select((l, i) => i == 0 ? l : string.Join(",", l.Split(',').Select((f, c) => c == keyCol
            ? "false" : f))));
        var second = await new GenerateRunner(Options(data, outRoot) with { SkipWorkbook = true }, NullProgress.Instance).RunAsync();
        Assert.Empty(Directory.GetFiles(Path.Combine(second.OutDir, "account-plans")));
        Assert.True(File.Exists(mine));
        Assert.Contains(second.Warnings, w => w.StartsWith("removed account-plans/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_printer_restarts_a_killed_browser_and_prints_the_document()
    {
        var printer = await PdfPrinter.StartAsync(BrowserLocator.Find(null), 1);
        try
        {
            var doc = new RenderedDocument("<html><body><p>after the crash</p></body></html>", "<span></span>", "<span></span>", "t",
                "a", "s");
            Assert.Contains("after the crash", PdfText.Read(await printer.PrintAsync(doc)).All);
            PdfPrinter.Kill(printer.BrowserTag); // the browser dies between two documents
            var pdf = await printer.PrintAsync(doc);
            Assert.Contains("after the crash", PdfText.Read(pdf).All);
            Assert.Equal(1, printer.Restarts);
        }
        finally
        {
            await printer.DisposeAsync();
        }
    }
}
