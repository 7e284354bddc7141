using KamReports.Documents;
using KamReports.Pipeline;
using KamReports.Rendering.Pdf;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Pipeline;

/// <summary>Issue 10: the browser is killed in the middle of a run; the run restarts it and completes with every document.</summary>
[Collection("browser")]
public class BrowserFaultTests
{
    // The run's own signal, not a clock: when it reports its first written document (and more are left),
    // every browser this test process started is killed, the run's printer included.
    private sealed class KillBrowsersAfterTheFirstDocument(Action? before = null) : IProgressSink
    {
        private int _killed;

        public bool Killed => Volatile.Read(ref _killed) == 1;

        public void Step(string stage, int done, int total)
        {
            if (stage != "documents" || done >= total || Interlocked.Exchange(ref _killed, 1) != 0) return;
            before?.Invoke();
            PdfPrinter.Kill(Environment.ProcessId + "-");
        }

        public void Stage(string name) { }

        public void Warning(string message) { }
    }

    [Fact]
    public async Task A_run_whose_browser_is_killed_mid_run_completes_with_every_document()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 16, Seed: 3)).Write(data);
        // The documents of the catalogue only: no sponsor printed in a second language.
        File.Delete(Path.Combine(data, "people.csv"));
        var options = new GenerateOptions
        {
            DataDir = data, OutRoot = Path.Combine(tmp.Path, "out"), TemplatesDir = Repo.Templates, Parallelism = 1, SkipWorkbook = true,
        };
        var killer = new KillBrowsersAfterTheFirstDocument();
        var result = await new GenerateRunner(options, killer).RunAsync();
        Assert.True(killer.Killed, "the run reported no written document before its last one");
        var expected = DocumentCatalog.For(result.Portfolio!).Select(d => d.RelativePath.Replace('/', Path.DirectorySeparatorChar));
        var written = Directory.GetFiles(result.OutDir, "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(result.OutDir, f)).ToArray();
        Assert.Equal(expected.Order(), written.Order());
        Assert.True(result.TimingsMs["browser_restarts"] >= 1, "the browser was not restarted");
        Assert.All(written, f => Assert.True(new FileInfo(Path.Combine(result.OutDir, f)).Length > 1000));
    }

    [Fact]
    public async Task A_browser_that_cannot_be_started_again_names_every_document_not_printed_and_exits_1()
    {
        // Issue 22: the browser's binary breaks mid-run (a wrapper that refuses to start once a flag file exists).
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 16, Seed: 3)).Write(data);
        // The documents of the catalogue only: no sponsor printed in a second language.
        File.Delete(Path.Combine(data, "people.csv"));
        var flag = Path.Combine(tmp.Path, "broken");
        var wrapper = tmp.File("browser.sh", $"#!/bin/sh\n[ -e '{flag}' ] && exit 127\nexec '{BrowserLocator.Find(null)}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(wrapper,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = new GenerateOptions
        {
            DataDir = data, OutRoot = Path.Combine(tmp.Path, "out"), TemplatesDir = Repo.Templates, Parallelism = 1, SkipWorkbook = true,
            BrowserPath = wrapper,
        };
        var warnings = new List<string>();
        var killer = new KillBrowsersAfterTheFirstDocument(() => File.WriteAllText(flag, ""));
        var e = await Assert.ThrowsAsync<KamException>(() => new GenerateRunner(options, new Sink(killer, warnings)).RunAsync());
        Assert.True(killer.Killed);
        Assert.Equal(ExitCodes.Failed, e.ExitCode);
        Assert.Contains("document(s) could not be printed", e.Message);
        var outDir = Path.Combine(tmp.Path, "out", "2026-Q3");
        var printed = Directory.GetFiles(outDir, "*.pdf", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outDir, f)
            .Replace('\\', '/'));
        var notPrinted = warnings.Where(w => w.StartsWith("not printed: ", StringComparison.Ordinal))
            .Select(w => w["not printed: ".Length..].Split(':')[0]);
        // Every document is either printed or named.
        var kit = SampleKit.Load(data);
        Assert.Equal(DocumentCatalog.For(kit.P).Select(d => d.RelativePath).Order(), printed.Concat(notPrinted).Order());
        Assert.NotEmpty(notPrinted);
    }

    private sealed class Sink(IProgressSink inner, List<string> warnings) : IProgressSink
    {
        public void Step(string stage, int done, int total) => inner.Step(stage, done, total);

        public void Stage(string name) => inner.Stage(name);

        public void Warning(string message)
        {
            lock (warnings) warnings.Add(message);
        }
    }
}
