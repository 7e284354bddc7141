using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KamReports.Pipeline;
using KamReports.Rendering.Pdf;
using KamReports.Sample;
using Spectre.Console;

namespace KamReports.Cli;

/// <summary>
/// <c>kam bench</c>: generates a portfolio with the sample generator, runs generate on it (median of
/// N full runs), measures the print floor, an unchanged rerun and a rerun after one account changed,
/// and prints one table plus bench.json.
/// </summary>
internal static partial class BenchCommand
{
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageRegex();

    public static Command Build(IAnsiConsole console)
    {
        var accounts = new Option<int>("--accounts") { Description = "Accounts (all key accounts)", DefaultValueFactory = _ => 1000 };
        var lines = new Option<int>("--lines") { Description = "Revenue lines", DefaultValueFactory = _ => 1_000_000 };
        var years = new Option<int>("--years") { Description = "Years of history", DefaultValueFactory = _ => 3 };
        var runs_ = new Option<int>("--runs") { Description = "Full runs; the table shows medians", DefaultValueFactory = _ => 3 };
        var outDir = new Option<string>("--out")
        {
            Description = "Working folder for data and outputs",
            DefaultValueFactory = _ => Path.Combine("bench", "out"),
        };
        var jobs = new Option<int?>("--jobs") { Description = "Parallel browser pages (default: number of cores)" };
        var browser = Commands.BrowserOption();
        var cmd = new Command("bench", "Benchmark: load, compute, render and print a generated portfolio; prints figures and bench.json")
        {
            accounts, lines, years, runs_, outDir, jobs, browser,
        };
        cmd.SetAction(async (pr, _) =>
        {
            var root = Path.GetFullPath(pr.GetValue(outDir)!);
            var n = pr.GetValue(accounts);
            var data = Path.Combine(root, $"data-{n}-{pr.GetValue(lines)}");
            var pool = pr.GetValue(jobs) ?? Environment.ProcessorCount;
            if (!File.Exists(Path.Combine(data, "accounts.csv")))
            {
                console.MarkupLine($"[grey]›[/] kam sample --accounts {n} --lines {pr.GetValue(lines)} --all-key --seed 1");
                new SampleGenerator(new SampleOptions(n, pr.GetValue(years), 1, pr.GetValue(lines), AllKeyAccounts: true)).Write(data);
            }
            var revenueRows = File.ReadLines(Path.Combine(data, "revenue.csv")).LongCount() - 1;
            var browserPath = pr.GetValue(browser);
            var runs = new List<Run>();
            for (var i = 0; i < Math.Max(1, pr.GetValue(runs_)); i++)
            {
                console.MarkupLine($"[bold]Full run {i + 1}[/]: kam generate");
                var runOut = Path.Combine(root, $"run-{i + 1}");
                if (Directory.Exists(runOut)) Directory.Delete(runOut, true);
                runs.Add(Generate(data, runOut, browserPath, pool, keepHtml: i == 0));
            }
            var firstOut = runs[0].OutDir;
            // The floor prints the first run's HTML, largest first (the best order for a bare loop).
            var html = Directory.GetFiles(firstOut, "*.html", SearchOption.AllDirectories)
                .OrderByDescending(f => new FileInfo(f).Length)
                .ThenBy(f => f, StringComparer.Ordinal)
                .ToArray();
            console.MarkupLine($"[bold]Print floor[/]: a bare print loop over the same {html.Length} HTML files");
            var htmlDir = Path.Combine(root, "html");
            if (Directory.Exists(htmlDir)) Directory.Delete(htmlDir, true);
            Directory.CreateDirectory(htmlDir);
            var htmlCopies = html.Select((h, i) =>
            {
                var p = Path.Combine(htmlDir, $"{i:00000}.html");
                File.Copy(h, p);
                return p;
            }).ToArray();
            var (floorSeconds, _) = await PrintFloor.MeasureAsync(BrowserLocator.Find(browserPath), htmlCopies, pool);
            console.MarkupLine($"[bold]Best-case floor[/]: the same {html.Length} bodies as {pool} print jobs, one per page slot");
            var bestCaseSeconds = await PrintFloor.MeasureBestCaseAsync(BrowserLocator.Find(browserPath), htmlCopies, pool);
            var fixedCost = await PrintFloor.MeasureFixedCostAsync(BrowserLocator.Find(browserPath));

            console.MarkupLine("[bold]Rerun, unchanged inputs[/]");
            var lastOut = Path.Combine(root, $"run-{runs.Count}");
            var unchanged = Generate(data, lastOut, browserPath, pool, false);

            console.MarkupLine("[bold]Rerun, one account changed[/] (one action added to ACC-0002)");
            var changedData = Path.Combine(root, "data-changed");
            if (Directory.Exists(changedData)) Directory.Delete(changedData, true);
            Directory.CreateDirectory(changedData);
            foreach (var f in Directory.GetFiles(data)) File.Copy(f, Path.Combine(changedData, Path.GetFileName(f)));
            File.AppendAllText(Path.Combine(changedData, "actions.csv"),
                "ACC-0002,Strengthen relationship,Benchmark follow-up workshop,Anna Berg,2026-12-01,planned,\n");
            var changedOut = Path.Combine(root, "run-changed");
            if (Directory.Exists(changedOut)) Directory.Delete(changedOut, true);
            CopyDir(lastOut, changedOut);
            var changed = Generate(changedData, changedOut, browserPath, pool, false);

            double Median(Func<Run, double> f)
            {
                var v = runs.Select(f).Order().ToArray();
                return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
            }
            var loadS = Median(r => r.T("load")) / 1000;
            var renderWall = Median(r => r.T("render_wall")) / 1000;
            var pages = CountPages(firstOut);
            var figures = new Dictionary<string, object>
            {
                ["machine"] = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, "
                    + System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["accounts"] = n,
                ["revenue_rows"] = revenueRows,
                ["runs"] = runs.Count,
                ["documents"] = (int)runs[0].T("documents_rendered"),
                ["pages"] = pages,
                ["load_seconds"] = Math.Round(loadS, 2),
                ["load_rows_per_second"] = Math.Round(revenueRows / Math.Max(1e-9, loadS)),
                ["compute_seconds"] = Math.Round(Median(r => r.T("compute")) / 1000, 2),
                ["compose_templates_ms_per_doc"] = Math.Round(Median(r => r.T("compose_templates_ms_per_doc")), 1),
                ["print_ms_per_doc"] = Math.Round(Median(r => r.T("print_ms_per_doc")), 1),
                ["render_wall_seconds"] = Math.Round(renderWall, 1),
                ["pages_per_second"] = Math.Round(pages / Math.Max(1e-9, renderWall), 2),
                ["cpu_busy_percent_during_render"] = Math.Round(Median(r => r.T("cpu_busy_percent")), 1),
                ["workbook_seconds"] = Math.Round(Median(r => r.T("workbook")) / 1000, 2),
                ["total_wall_seconds"] = Math.Round(Median(r => r.Wall), 1),
                ["peak_rss_mib"] = Math.Round(Median(r => r.PeakRssMib)),
                ["print_floor_seconds"] = Math.Round(floorSeconds, 1),
                ["render_over_floor"] = Math.Round(renderWall / Math.Max(1e-9, floorSeconds), 3),
                ["best_case_floor_seconds"] = Math.Round(bestCaseSeconds, 1),
                ["render_over_best_case_floor"] = Math.Round(renderWall / Math.Max(1e-9, bestCaseSeconds), 3),
                ["best_case_pages_per_second"] = Math.Round(pages / Math.Max(1e-9, bestCaseSeconds), 2),
                ["print_job_fixed_cost_ms"] = Math.Round(fixedCost * 1000, 1),
                ["rerun_unchanged_seconds"] = Math.Round(unchanged.Wall, 2),
                ["rerun_unchanged_rendered"] = unchanged.Rendered,
                ["rerun_one_changed_seconds"] = Math.Round(changed.Wall, 2),
                ["rerun_one_changed_rendered"] = changed.Rendered,
            };
            var table = new Table().AddColumns("figure", "value");
            foreach (var (k, v) in figures) table.AddRow(k, Markup.Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""));
            console.Write(table);
            var json = Path.Combine(root, "bench.json");
            File.WriteAllText(json, JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }));
            console.MarkupLine($"Wrote [bold]{Markup.Escape(json)}[/]");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private sealed record Run(string OutDir, double Wall, double PeakRssMib, IReadOnlyDictionary<string, double> Timings, int Rendered)
    {
        public double T(string key) => Timings.GetValueOrDefault(key);
    }

    // Each run is a real `kam generate` process: its wall time, and its peak RSS read from /proc (VmHWM).
    private static Run Generate(string data, string outRoot, string? browser, int pool, bool keepHtml)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var arguments = new[]
        {
            Path.Combine(AppContext.BaseDirectory, "kam.dll"), "generate", "--data", data, "--out", outRoot,
            "--jobs", pool.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (keepHtml) psi.ArgumentList.Add("--keep-html");
        if (browser is not null) { psi.ArgumentList.Add("--browser"); psi.ArgumentList.Add(browser); }
        psi.Environment["NO_COLOR"] = "1";
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        double peakKib = 0;
        while (!p.WaitForExit(100)) peakKib = Math.Max(peakKib, VmHwmKib(p.Id));
        var wall = sw.Elapsed.TotalSeconds;
        if (p.ExitCode != 0)
        {
            throw new KamException(
                $"bench: kam generate failed (exit {p.ExitCode}): {stderr.Result.Trim()} "
                + $"{stdout.Result.Split('\n').LastOrDefault(l => l.Length > 0)}",
                ExitCodes.Failed);
        }
        var outDir = Directory.GetDirectories(outRoot).Single();
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(outDir, "manifest.json")), Manifest.Json)!;
        var rendered = manifest.Outputs.Count(o => o.Rendered && o.Path.EndsWith(".pdf", StringComparison.Ordinal));
        return new Run(outDir, wall, peakKib / 1024, manifest.TimingsMs, rendered);
    }

    private static double VmHwmKib(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process just ended
        }
    }

    private static int CountPages(string outDir) =>
        Directory.GetFiles(outDir, "*.pdf", SearchOption.AllDirectories)
            .Sum(f => PageRegex().Matches(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))).Count);

    private static void CopyDir(string from, string to)
    {
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest);
        }
    }
}
