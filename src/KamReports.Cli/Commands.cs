using KamReports.Compute;
using System.CommandLine;
using System.Diagnostics;
using KamReports;
using KamReports.Config;
using KamReports.Data;
using KamReports.Pipeline;
using KamReports.Sample;
using Spectre.Console;

namespace KamReports.Cli;

/// <summary>The <c>kam</c> commands.</summary>
internal static class Commands
{
    public static RootCommand Build(IAnsiConsole console)
    {
        var root = new RootCommand("KamReports: quarterly key account plans, review packs and workbook from CRM/ERP exports.");
        root.Subcommands.Add(Generate(console));
        root.Subcommands.Add(Validate(console));
        root.Subcommands.Add(Verify(console));
        root.Subcommands.Add(Send(console));
        root.Subcommands.Add(Merge(console));
        root.Subcommands.Add(Sample(console));
        root.Subcommands.Add(Forms(console));
        root.Subcommands.Add(InitTemplates(console));
        root.Subcommands.Add(DocsCommand());
        root.Subcommands.Add(BenchCommand.Build(console));
        root.Subcommands.Add(Preview.PreviewCommand.Build(console));
        return root;
    }

    internal static Option<string> DataOption() =>
        new("--data") { Description = "Data folder (CSV files or data.xlsx)", DefaultValueFactory = _ => "sample-data" };
    internal static Option<string?> ConfigOption() =>
        new("--config") { Description = "Config file (default: kam.json in the data folder)" };
    internal static Option<string?> PeriodOption() =>
        new("--period") { Description = "Fiscal quarter, e.g. 2026-Q3 (default: latest complete quarter in the data)" };
    internal static Option<string?> TemplatesOption() =>
        new("--templates") { Description = "Customised template folder (see kam init-templates)" };
    internal static Option<string?> BrowserOption() =>
        new("--browser") { Description = "Path of a Chromium-based browser (default: KAM_BROWSER, then usual install paths)" };

    private static Command Generate(IAnsiConsole console)
    {
        var data = DataOption();
        var period = PeriodOption();
        var outDir = new Option<string>("--out")
        {
            Description = "Output root; files go to <out>/<period>",
            DefaultValueFactory = _ => "out",
        };
        var config = ConfigOption();
        var templates = TemplatesOption();
        var browser = BrowserOption();
        var strict = new Option<bool>("--strict") { Description = "Stop before rendering when any row is rejected" };
        var force = new Option<bool>("--force") { Description = "Re-render every document even when its sources are unchanged" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the PDF documents" };
        var noWorkbook = new Option<bool>("--no-workbook") { Description = "Skip the Excel workbook" };
        var shard = new Option<string?>("--shard")
        {
            Description = "Render only shard K of N account plans, e.g. 3/8, or auto (from the scheduler: Kubernetes "
                + "JOB_COMPLETION_INDEX + KAM_SHARD_COUNT, Slurm SLURM_ARRAY_TASK_ID/COUNT, AWS Batch AWS_BATCH_JOB_ARRAY_INDEX + "
                + "KAM_SHARD_COUNT); shard 1 also writes packs, CSV and workbook",
        };
        var jobs = new Option<int?>("--jobs") { Description = "Parallel browser pages (default: number of cores)" };
        var keepHtml = new Option<bool>("--keep-html") { Description = "Also write each document's HTML next to its PDF" };
        var onlyFailed = new Option<bool>("--only-failed")
        {
            Description = "Make only the documents this run's (or shard's) manifest marks failed or does not list (a killed run's "
                + "finished documents count as made), whatever changed since",
        };
        var cmd = new Command("generate",
            "Load, validate, compute every KPI and write PDFs, workbook, kpis.csv, segments.csv, validation.csv and manifest.json")
        {
            data, period, outDir, config, templates, browser, strict, force, noPdf, noWorkbook, shard, jobs, keepHtml, onlyFailed,
        };
        cmd.SetAction(async (pr, _) =>
        {
            var options = new GenerateOptions
            {
                DataDir = pr.GetValue(data)!,
                Period = pr.GetValue(period),
                OutRoot = pr.GetValue(outDir)!,
                ConfigPath = pr.GetValue(config),
                TemplatesDir = pr.GetValue(templates),
                BrowserPath = pr.GetValue(browser),
                Strict = pr.GetValue(strict),
                Force = pr.GetValue(force),
                SkipPdf = pr.GetValue(noPdf),
                SkipWorkbook = pr.GetValue(noWorkbook),
                Shard = ParseShard(pr.GetValue(shard)),
                Parallelism = pr.GetValue(jobs),
                KeepHtml = pr.GetValue(keepHtml),
                OnlyFailed = pr.GetValue(onlyFailed),
            };
            var sw = Stopwatch.StartNew();
            var result = await new GenerateRunner(options, new ConsoleProgress(console)).RunAsync();
            Report.Problems(console, result.Data.Problems);
            Report.Summary(console, result, sw.Elapsed);
            return result.ExitCode;
        });
        return cmd;
    }

    private static Command Validate(IAnsiConsole console)
    {
        var data = DataOption();
        var config = ConfigOption();
        var period = PeriodOption();
        var cmd = new Command("validate",
            "Check the data folder against the data contract and print a summary (the same checks as generate, without rendering)")
        {
            data, config, period,
        };
        cmd.SetAction(pr =>
        {
            var dir = pr.GetValue(data)!;
            var cfg = ConfigLoader.Load(pr.GetValue(config), dir);
            var ds = DataLoader.Load(dir, cfg);
            // The checks generate makes before rendering: a period to report on, and KPIs that compute.
            var q = RunSetup.ResolvePeriod(pr.GetValue(period), ds, cfg);
            _ = PortfolioCalculator.Compute(ds, cfg, q);
            foreach (var w in ds.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(w)}");
            var table = new Table().AddColumns("file", "role", "rows", "accepted", "rejected");
            foreach (var f in ds.Files)
            {
                table.AddRow(Markup.Escape(f.Path), f.Role, f.Rows.ToString(), (f.Rows - f.Rejected).ToString(),
                    f.Rejected == 0 ? "0" : $"[red]{f.Rejected}[/]");
            }
            console.Write(table);
            var missing = DataContract.All
                .Where(s => !s.Required && ds.Files.All(f => f.Role != s.Role))
                .Select(s => s.Role)
                .ToArray();
            if (missing.Length > 0)
            {
                console.MarkupLine("[grey]Optional files absent (their sections will say \"no data\"): "
                    + $"{Markup.Escape(string.Join(", ", missing))}[/]");
            }
            Report.Problems(console, ds.Problems);
            if (ds.Problems.Count == 0) console.MarkupLine("[green]Data is valid.[/]");
            return ds.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.RejectedRows;
        });
        return cmd;
    }

    private static Command Merge(IAnsiConsole console)
    {
        var folder = new Argument<string>("OUT") { Description = "The output folder the shards of a run wrote into" };
        var cmd = new Command("merge", "Join the shard manifests of a sharded run (manifest.shard-K-of-N.json) into manifest.json") { folder };
        cmd.SetAction(pr =>
        {
            var r = ShardMerge.Run(pr.GetValue(folder)!);
            foreach (var f in r.Failed) console.Profile.Out.Writer.WriteLine("failed: " + f + " (its checks failed when its shard made it)");
            console.Profile.Out.Writer.WriteLine($"Merged {r.Shards} shard manifests: {r.Outputs} outputs in {Path.Combine(r.Folder, "manifest.json")}");
            return r.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return cmd;
    }

    private static Command Send(IAnsiConsole console)
    {
        var folder = new Argument<string>("OUT") { Description = "An output folder of kam generate (the period folder, or --out with one period)" };
        var data = DataOption();
        var config = ConfigOption();
        var templates = TemplatesOption();
        var forms = new Option<string?>("--forms") { Description = "Folder of plan forms (kam forms): each key account manager gets theirs" };
        var to = new Option<string?>("--to") { Description = "Send to this person only" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Write the messages as .eml files to OUT/outbox/ and send nothing" };
        var resend = new Option<bool>("--resend") { Description = "Send every message, also those already delivered unchanged" };
        var cmd = new Command("send",
            "E-mail each sponsor their brief and pack, leadership the portfolio pack, each key account manager their plan form (people "
            + "file, config delivery); logs every message in OUT/delivery.json and sends only what failed or changed")
        {
            folder, data, config, templates, forms, to, dryRun, resend,
        };
        cmd.SetAction(async (pr, _) =>
        {
            var result = await KamReports.Delivery.Sender.RunAsync(new KamReports.Delivery.SendOptions
            {
                Out = pr.GetValue(folder)!, DataDir = pr.GetValue(data)!, ConfigPath = pr.GetValue(config), TemplatesDir = pr.GetValue(templates),
                FormsDir = pr.GetValue(forms), To = pr.GetValue(to), DryRun = pr.GetValue(dryRun), Resend = pr.GetValue(resend),
            });
            foreach (var w in result.Warnings) console.Profile.Out.Writer.WriteLine("warning: " + w);
            foreach (var f in result.Failures) console.Profile.Out.Writer.WriteLine("failed: " + f);
            console.Profile.Out.Writer.WriteLine(
                $"{result.Sent} sent, {result.Written} written to outbox, {result.Unchanged} unchanged (already delivered), {result.Failures.Count} failed");
            return result.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return cmd;
    }

    private static Command Verify(IAnsiConsole console)
    {
        var folder = new Argument<string>("OUT") { Description = "An output folder of kam generate (the period folder, or --out with one period)" };
        var templates = TemplatesOption();
        var cmd = new Command("verify",
            "Check an output folder as the run did: each file is the one the run wrote, each page-1 figure reads as kpis.csv and "
            + "scopes.csv give it, each PDF reads back (text, fonts, pages)")
        {
            folder, templates,
        };
        cmd.SetAction(pr =>
        {
            var result = KamReports.Verification.Verifier.Run(pr.GetValue(folder)!, pr.GetValue(templates));
            // One line per failure, never wrapped: scripts and CI logs read them.
            foreach (var f in result.Failures) console.Profile.Out.Writer.WriteLine("failed: " + f);
            var summary = $"{result.Files} files, {result.Documents} documents, {result.Figures} page-1 figures in {result.Folder}";
            if (result.Failures.Count == 0)
            {
                console.MarkupLine($"[green]Verified:[/] {Markup.Escape(summary)}.");
                return ExitCodes.Ok;
            }
            console.MarkupLine($"[red]{result.Failures.Count} failure(s)[/] in {Markup.Escape(summary)}.");
            return ExitCodes.Failed;
        });
        return cmd;
    }

    private static Command Forms(IAnsiConsole console)
    {
        var data = DataOption();
        var config = ConfigOption();
        var outDir = new Option<string>("--out") { Description = "Folder to write the forms to", DefaultValueFactory = _ => "out/forms" };
        var manager = new Option<string?>("--manager") { Description = "Write only this key account manager's form" };
        var templates = TemplatesOption();
        var cmd = new Command("forms",
            "Write one plan form (xlsx) per key account manager, pre-filled with their key accounts' plans; "
            + "filled-in forms go back into DATA/forms/")
        {
            data, config, outDir, manager, templates,
        };
        cmd.SetAction(pr =>
        {
            var result = KamReports.Forms.FormsRunner.Run(
                pr.GetValue(data)!, pr.GetValue(config), pr.GetValue(outDir)!, pr.GetValue(manager),
                DateOnly.FromDateTime(DateTime.Now), pr.GetValue(templates));
            foreach (var w in result.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(w)}");
            Report.Problems(console, result.Problems);
            foreach (var (m, path, n) in result.Written)
                console.MarkupLine($"{Markup.Escape(m)}: {n} account{(n == 1 ? "" : "s")} -> [bold]{Markup.Escape(path)}[/]");
            console.MarkupLine($"Wrote {result.Written.Count} plan forms. "
                + "Filled-in forms go into the data folder's [bold]forms/[/] folder; the next run reads them.");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Sample(IAnsiConsole console)
    {
        var accounts = new Option<int>("--accounts") { Description = "Number of accounts", DefaultValueFactory = _ => 40 };
        var years = new Option<int>("--years") { Description = "Years of history", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same data)", DefaultValueFactory = _ => 42 };
        var lines = new Option<int?>("--lines")
        {
            Description = "Approximate number of revenue lines (default: about 4 per account and month)",
        };
        var allKey = new Option<bool>("--all-key") { Description = "Make every account a key account" };
        var outDir = new Option<string>("--out") { Description = "Folder to write the CSV files to", Required = true };
        var parquet = new Option<bool>("--parquet")
        {
            Description = "Write revenue as revenue.parquet, read through DuckDB (kam.json source)",
        };
        var cmd = new Command("sample", "Generate a realistic portfolio of the data contract's shape")
        {
            accounts, years, seed, lines, allKey, outDir, parquet,
        };
        cmd.SetAction(pr =>
        {
            var n = pr.GetValue(accounts);
            var y = pr.GetValue(years);
            if (n < 1 || y < 1 || y > 20)
                throw new KamException("--accounts must be at least 1 and --years between 1 and 20", ExitCodes.Usage);
            var sw = Stopwatch.StartNew();
            var options = new SampleOptions(n, y, pr.GetValue(seed), pr.GetValue(lines), AllKeyAccounts: pr.GetValue(allKey));
            var count = new SampleGenerator(options).Write(pr.GetValue(outDir)!);
            if (pr.GetValue(parquet)) ParquetSample.Convert(pr.GetValue(outDir)!);
            console.MarkupLine($"Wrote {n} accounts and {count:N0} revenue lines to [bold]{Markup.Escape(pr.GetValue(outDir)!)}[/] "
                + $"in {sw.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command InitTemplates(IAnsiConsole console)
    {
        var dir = new Argument<string>("dir")
        {
            Description = "Folder to copy the default templates into (must not exist or be empty)",
        };
        var cmd = new Command("init-templates", "Copy the default templates out for customising; use them with --templates DIR")
        {
            dir,
        };
        cmd.SetAction(pr =>
        {
            var target = pr.GetValue(dir)!;
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
                throw new KamException($"{target} exists and is not empty; choose a new folder", ExitCodes.Usage);
            var source = TemplateLocator.Find(null);
            foreach (var f in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var dest = Path.Combine(target, Path.GetRelativePath(source, f));
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                File.Copy(f, dest);
            }
            console.MarkupLine($"Copied the templates to [bold]{Markup.Escape(target)}[/]. "
                + $"Edit them, then run: kam generate --templates {Markup.Escape(target)}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command DocsCommand()
    {
        var what = new Argument<string?>("what")
        {
            Description = "contract (input files and columns) or templates (template model reference)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var write = new Option<string?>("--write")
        {
            Description = "Replace every generated section of this Markdown file (e.g. README.md) in place",
        };
        var cmd = new Command("docs", "Print a reference section of the README, generated from the code") { what, write };
        cmd.SetAction(pr =>
        {
            if (pr.GetValue(write) is { } file)
            {
                var changed = KamReports.Reference.ReferenceDocs.WriteInto(file);
                Console.Out.WriteLine(changed ? $"{file}: generated sections updated" : $"{file}: generated sections already current");
                return ExitCodes.Ok;
            }
            Console.Out.Write(KamReports.Reference.ReferenceDocs.Section(pr.GetValue(what) ?? ""));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    internal static (int, int)? ParseShard(string? text)
    {
        if (text is null) return null;
        if (text == "auto") return ShardEnvironment.Detect(Environment.GetEnvironmentVariable);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var k) && int.TryParse(parts[1], out var n) && n >= 1 && k >= 1 && k <= n)
            return (k, n);
        throw new KamException($"--shard \"{text}\" must be K/N with 1 <= K <= N, e.g. 3/8", ExitCodes.Usage);
    }
}
