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
        var runs = new Option<int>("--runs") { Description = "Full runs; the table shows medians", DefaultValueFactory = _ => 3 };
        var outDir = new Option<string>("--out") { Description = "Working folder for data and outputs", DefaultValueFactory = _ => Path.Combine("bench", "out") };
        var jobs = new Option<int?>("--jobs") { Description = "Parallel browser pages (default: number of cores)" };
        var browser = Commands.BrowserOption();
        var cmd = new Command("bench", "Benchmark: load, compute, render and print a generated portfolio; prints figures and bench.json") { accounts, lines, years, runs, outDir, jobs, browser };
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
            var progress = new ConsoleProgress(console);
            var runResults = new List<(GenerateResult Result, double Wall, int Pages)>();
            for (var i = 0; i < Math.Max(1, pr.GetValue(runs)); i++)
            {
                console.MarkupLine($"[bold]Full run {i + 1}[/]");
                var runOut = Path.Combine(root, $"run-{i + 1}");
                if (Directory.Exists(runOut)) Directory.Delete(runOut, true);
                var sw = Stopwatch.StartNew();
                var r = await new GenerateRunner(Options(data, runOut, pr.GetValue(browser), pool, keepHtml: i == 0), progress).RunAsync();
                runResults.Add((r, sw.Elapsed.TotalSeconds, CountPages(r.OutDir)));
            }
            var first = runResults[0].Result;
            var html = Directory.GetFiles(first.OutDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            console.MarkupLine("[bold]Print floor[/] (bare print loop over the same HTML)");
            // Copies with plain names: the floor reads nothing of KamReports but these files.
            var htmlDir = Path.Combine(root, "html");
            if (Directory.Exists(htmlDir)) Directory.Delete(htmlDir, true);
            Directory.CreateDirectory(htmlDir);
            var htmlCopies = html.Select((h, i) => { var p = Path.Combine(htmlDir, $"{i:00000}.html"); File.Copy(h, p); return p; }).ToArray();
            var runOutLast = Path.Combine(root, $"run-{runResults.Count}");
            var (floorSeconds, floorDocs) = await PrintFloor.MeasureAsync(BrowserLocator.Find(pr.GetValue(browser)), htmlCopies, pool);

            console.MarkupLine("[bold]Rerun, unchanged inputs[/]");
            var sw2 = Stopwatch.StartNew();
            var unchanged = await new GenerateRunner(Options(data, runOutLast, pr.GetValue(browser), pool, false), progress).RunAsync();
            var unchangedWall = sw2.Elapsed.TotalSeconds;

            console.MarkupLine("[bold]Rerun, one account changed[/]");
            var changedData = Path.Combine(root, "data-changed");
            if (Directory.Exists(changedData)) Directory.Delete(changedData, true);
            Directory.CreateDirectory(changedData);
            foreach (var f in Directory.GetFiles(data)) File.Copy(f, Path.Combine(changedData, Path.GetFileName(f)));
            File.AppendAllText(Path.Combine(changedData, "actions.csv"), "ACC-0002,Strengthen relationship,Benchmark follow-up workshop,Anna Berg,2026-12-01,planned,\n");
            var changedOut = Path.Combine(root, "run-changed");
            if (Directory.Exists(changedOut)) Directory.Delete(changedOut, true);
            CopyDir(runOutLast, changedOut);
            var sw3 = Stopwatch.StartNew();
            var changed = await new GenerateRunner(Options(changedData, changedOut, pr.GetValue(browser), pool, false), progress).RunAsync();
            var changedWall = sw3.Elapsed.TotalSeconds;

            double Median(Func<(GenerateResult Result, double Wall, int Pages), double> f)
            {
                var v = runResults.Select(f).Order().ToArray();
                return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
            }
            double T(GenerateResult r, string k) => r.TimingsMs.GetValueOrDefault(k);
            var loadS = Median(r => T(r.Result, "load")) / 1000;
            var renderWall = Median(r => T(r.Result, "render_wall")) / 1000;
            var pages = runResults[0].Pages;
            var figures = new Dictionary<string, object>
            {
                ["machine"] = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
                ["accounts"] = n,
                ["revenue_rows"] = revenueRows,
                ["runs"] = runResults.Count,
                ["documents"] = (int)T(first, "documents_rendered"),
                ["pages"] = pages,
                ["load_seconds"] = Math.Round(loadS, 2),
                ["load_rows_per_second"] = Math.Round(revenueRows / Math.Max(1e-9, loadS)),
                ["compute_seconds"] = Math.Round(Median(r => T(r.Result, "compute")) / 1000, 2),
                ["compose_templates_ms_per_doc"] = Math.Round(Median(r => T(r.Result, "compose_templates_ms_per_doc")), 1),
                ["print_ms_per_doc"] = Math.Round(Median(r => T(r.Result, "print_ms_per_doc")), 1),
                ["render_wall_seconds"] = Math.Round(renderWall, 1),
                ["pages_per_second"] = Math.Round(pages / Math.Max(1e-9, renderWall), 2),
                ["workbook_seconds"] = Math.Round(Median(r => T(r.Result, "workbook")) / 1000, 2),
                ["total_wall_seconds"] = Math.Round(Median(r => r.Wall), 1),
                ["peak_rss_mib"] = Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20),
                ["print_floor_seconds"] = Math.Round(floorSeconds, 1),
                ["render_over_floor"] = Math.Round(renderWall / Math.Max(1e-9, floorSeconds), 3),
                ["rerun_unchanged_seconds"] = Math.Round(unchangedWall, 2),
                ["rerun_unchanged_rendered"] = (int)T(unchanged, "documents_rendered"),
                ["rerun_one_changed_seconds"] = Math.Round(changedWall, 2),
                ["rerun_one_changed_rendered"] = changed.Written.Count(w => w.EndsWith(".pdf", StringComparison.Ordinal)),
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

    private static GenerateOptions Options(string data, string outRoot, string? browser, int pool, bool keepHtml) => new()
    {
        DataDir = data, OutRoot = outRoot, BrowserPath = browser, Parallelism = pool, KeepHtml = keepHtml,
    };

    private static int CountPages(string outDir) =>
        Directory.GetFiles(outDir, "*.pdf", SearchOption.AllDirectories).Sum(f => PageRegex().Matches(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))).Count);

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
