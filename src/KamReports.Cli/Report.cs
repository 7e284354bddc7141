using KamReports.Records;
using KamReports.Pipeline;
using Spectre.Console;

namespace KamReports.Cli;

/// <summary>Console summaries: validation problems grouped by reason, and what a run wrote.</summary>
internal static class Report
{
    public static void Problems(IAnsiConsole console, IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count == 0) return;
        console.MarkupLine(
            $"[yellow]{problems.Count} problem(s) in the data; the rows are left out of the figures (all listed in validation.csv):[/]");
        foreach (var g in problems.GroupBy(p => (p.File, p.Column, p.Reason)).OrderByDescending(g => g.Count()).Take(15))
        {
            var first = g.First();
            console.MarkupLine($"  [red]{g.Count(),5}[/] × {Markup.Escape($"{first.File}, column {first.Column}: {first.Reason}")}");
            foreach (var p in g.Take(3))
                console.MarkupLine($"        [grey]{Markup.Escape($"{p.File}:{p.Line}:{p.Column} value \"{Shorten(p.Value)}\"")}[/]");
        }
    }

    public static void Summary(IAnsiConsole console, GenerateResult r, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("output", "count");
        table.AddRow("folder", Markup.Escape(r.OutDir));
        if (r.Portfolio is { } p)
        {
            table.AddRow("period", p.Period.ToString());
            table.AddRow("accounts / key accounts", $"{p.Accounts.Count} / {p.KeyAccounts.Count()}");
        }
        table.AddRow("files written", r.Written.Count.ToString());
        table.AddRow("documents unchanged (skipped)", r.Skipped.Count.ToString());
        table.AddRow("rejected rows", r.Data.Files.Sum(f => f.Rejected).ToString());
        foreach (var (k, v) in r.TimingsMs.Where(kv => kv.Key is "load" or "compute" or "render_wall" or "workbook"))
            table.AddRow($"{k} (s)", (v / 1000).ToString("0.00"));
        table.AddRow("total (s)", elapsed.TotalSeconds.ToString("0.00"));
        console.Write(table);
        console.MarkupLine(r.ExitCode == 0 ? "[green]Done.[/]" : $"[yellow]Done with rejected rows (exit code {r.ExitCode}).[/]");
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..39] + "…" : s;
}
