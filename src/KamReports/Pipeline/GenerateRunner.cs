using KamReports.Formatting;
using System.Diagnostics;
using System.Globalization;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Data;
using KamReports.Documents;
using KamReports.Documents.Workbook;
using KamReports.Records;
using KamReports.Output;
using KamReports.Rendering;
using KamReports.Rendering.Excel;
using KamReports.Rendering.Html;
using KamReports.Rendering.Pdf;
using KamReports.Verification;

namespace KamReports.Pipeline;

/// <summary>
/// <c>kam generate</c>: Load → Compute → Compose → Render, writing every output atomically and
/// re-rendering only documents whose sources changed since the last run (manifest.json).
/// </summary>
public sealed class GenerateRunner(GenerateOptions options, IProgressSink progress)
{
    public static readonly string ToolVersion = typeof(GenerateRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private readonly Dictionary<string, double> _timings = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];
    private readonly List<string> _failed = [];
    // Documents whose figures or read-back failed: "path: failure".
    private readonly List<string> _unchecked = [];

    public async Task<GenerateResult> RunAsync()
    {
        if (options.Force && options.OnlyFailed)
            throw new KamException("--force makes every document again and --only-failed only the failed ones: choose one", ExitCodes.Usage);
        var total = Stopwatch.StartNew();
        progress.Stage("Loading data");
        var run = Time("load", () => RunSetup.Load(options.DataDir, options.ConfigPath, options.Period, options.TemplatesDir));
        var (config, data, period) = (run.Config, run.Data, run.Period);
        _warnings.AddRange(data.Warnings);
        var outDir = Path.Combine(options.OutRoot, period.ToString());
        Directory.CreateDirectory(outDir);
        // One run at a time per output folder: a second run fails at once instead of mixing its files with ours.
        using var outputLock = OutputLock.Take(outDir, options.Shard);
        var rejected = data.Files.Sum(f => f.Rejected);
        if (options.Strict && data.Problems.Count > 0)
        {
            CsvOutputs.WriteValidation(Path.Combine(outDir, "validation.csv"), data.Problems);
            return new GenerateResult(ExitCodes.RejectedRows, outDir, data, null, [Path.Combine(outDir, "validation.csv")], [], _timings,
                _warnings);
        }

        progress.Stage("Computing KPIs");
        // The year-before portfolio gives every KPI its Q-4 comparison; the three portfolios are independent, so they run side by side.
        var portfolios = Time("compute", run.Compute);
        var (portfolio, previous, previousQuarter) = (portfolios.Current, portfolios.PreviousYear, portfolios.PreviousQuarter);
        if (data.RevenueSummary is { FirstDate: { } firstDay, LastDate: { } lastDay })
        {
            if (lastDay < period.Start) _warnings.Add($"the revenue data ends on {lastDay:yyyy-MM-dd}, before the period {period} starts");
            if (portfolio.All.Totals.RevenueTtm == 0 && portfolio.All.Totals.RevenueTtmPrev == 0)
                _warnings.Add($"no revenue in the 8 quarters up to {period}: the revenue data covers {firstDay:yyyy-MM-dd}"
                    + $" to {lastDay:yyyy-MM-dd}; the documents will be empty");
        }

        // Figures that point at a data problem without rejecting a row: warned, and listed in validation.csv.
        var dataWarnings = DataWarnings(portfolio);
        _warnings.AddRange(dataWarnings.Select(w => $"{w.File}: {w.Value}: {w.Reason}"));
        var problems = data.Problems.Concat(dataWarnings).ToArray();
        CsvOutputs.WriteValidation(Path.Combine(outDir, "validation.csv"), problems);
        var written = new List<string>();
        var skipped = new List<string>();
        var shardOne = options.Shard is null || options.Shard.Value.Index == 1;
        // Every shard writes the same CSV files (atomically, so a shard never reads half a file): its documents are checked against
        // them. Shard one lists them in its manifest.
        Time("csv", () =>
        {
            CsvOutputs.WriteKpis(Path.Combine(outDir, "kpis.csv"), portfolio);
            CsvOutputs.WriteSegments(Path.Combine(outDir, "segments.csv"), portfolio);
            CsvOutputs.WriteScopes(Path.Combine(outDir, "scopes.csv"), portfolio, previous);
        });
        if (shardOne)
        {
            written.AddRange([Path.Combine(outDir, "kpis.csv"), Path.Combine(outDir, "segments.csv"), Path.Combine(outDir, "scopes.csv"),
                Path.Combine(outDir, "validation.csv")]);
        }

        var manifestName = options.Shard is { } sh ? $"manifest.shard-{sh.Index}-of-{sh.Count}.json" : "manifest.json";
        var previousManifest = options.Force ? null : Manifest.TryRead(Path.Combine(outDir, manifestName));
        var previousOutputs = new Dictionary<string, ManifestOutput>(StringComparer.Ordinal);
        // A hand-edited manifest may list a path twice: the last entry wins.
        foreach (var o in previousManifest?.Outputs.Where(o => o.SourceHash is not null) ?? []) previousOutputs[o.Path] = o;
        var previousManifestForCleanup = Manifest.TryRead(Path.Combine(outDir, manifestName));
        // What a killed run of this folder (or shard) finished before it died is newer than its manifest.
        var journalPath = ManifestJournal.PathFor(outDir, manifestName);
        if (!options.Force)
            foreach (var o in ManifestJournal.Read(journalPath).Where(o => o.SourceHash is not null)) previousOutputs[o.Path] = o;
        using var journal = ManifestJournal.Open(journalPath);
        var outputs = new List<ManifestOutput>();

        var templatesDir = run.TemplatesDir;
        var strings = run.Strings;
        // The build id is part of every hash: a new KamReports build re-renders everything once.
        var templatesHash = SourceHasher.HashFolder(templatesDir);
        var salt = SourceHasher.Hash(ToolVersion, typeof(GenerateRunner).Assembly.ManifestModule.ModuleVersionId.ToString(),
            templatesHash, config, period.ToString());

        // One content hash per account (its figures now and a year before), computed on all cores;
        // every document's source hash combines the hashes of the accounts it shows.
        var accountHashes = Time("hash", () => AccountHashes(portfolio, previous, previousQuarter));

        if (!options.SkipPdf)
        {
            var composer = run.Composer(portfolios, DateOnly.FromDateTime(DateTime.Now));
            var renderer = run.Renderer();
            var jobs = PlanDocuments(portfolio, composer, renderer, salt, accountHashes, shardOne);
            if (shardOne) jobs.AddRange(PersonalDocuments(run, portfolios, data, salt, accountHashes));
            // Page-1 figures are checked against the files just written, never against the run's memory.
            var book = FigureBook.Read(outDir);
            await RenderDocumentsAsync(jobs, outDir, previousOutputs, outputs, written, skipped,
                (figures, f) => Reconciler.Check(figures, book, f ?? composer.F), journal);
        }

        if (!options.SkipWorkbook && shardOne)
        {
            var name = $"kam-review-{period}.xlsx";
            var hash = SourceHasher.Hash(salt, "workbook", portfolio.Accounts.Select(a => accountHashes[a.Account.AccountId]).ToArray(),
                problems, portfolio.Segments);
            var path = Path.Combine(outDir, name);
            if (!options.Force && Unchanged(previousOutputs, outDir, name, hash) is { } kept)
            {
                skipped.Add(path);
                outputs.Add(kept);
            }
            else
            {
                progress.Stage("Writing workbook");
                Time("workbook", () => AtomicFile.WriteAllBytes(path, WorkbookWriter.Write(new WorkbookComposer(portfolio, strings)
                    .Compose(problems))));
                written.Add(path);
                outputs.Add(Output(outDir, name, hash, rendered: true));
                journal.Add(outputs[^1]);
            }
        }

        foreach (var f in new[] { "kpis.csv", "segments.csv", "scopes.csv", "validation.csv" })
            if (File.Exists(Path.Combine(outDir, f)) && shardOne) outputs.Add(Output(outDir, f, null, rendered: true));

        RemoveStale(outDir, previousManifestForCleanup, outputs);
        _timings["total"] = total.Elapsed.TotalMilliseconds;
        var manifest = new Manifest
        {
            Version = ToolVersion,
            GeneratedAt = DateTimeOffset.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            Period = period.ToString(),
            Data = Path.GetFullPath(options.DataDir),
            Source = data.Source,
            ConfigSha256 = SourceHasher.Hash(config),
            TemplatesSha256 = templatesHash,
            Templates = Path.GetFullPath(templatesDir),
            Culture = run.Formatter.Culture.Name,
            Currency = config.Currency,
            Inputs = data.Files.Select(f => new ManifestInput(f.Role, f.Path, f.Sha256, f.Rows, f.Rejected) { Reduced = f.Reduced ? true : null })
                .ToList(),
            Outputs = outputs.OrderBy(o => o.Path, StringComparer.Ordinal).ToList(),
            TimingsMs = _timings.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 1)),
            RejectedRows = rejected,
            Warnings = _warnings,
        };
        AtomicFile.WriteAllText(Path.Combine(outDir, manifestName), System.Text.Json.JsonSerializer.Serialize(manifest, Manifest.Json));
        journal.Complete();
        written.Add(Path.Combine(outDir, manifestName));
        // The last shard to finish joins the shards' manifests (kam merge does the same by hand); shards finishing together both
        // merge the same manifests into the same file.
        if (options.Shard is { } shard && ShardMerge.MergeIfComplete(outDir, shard.Count, manifest) is { } merged)
        {
            progress.Stage($"Merged {merged.Shards} shard manifests into manifest.json ({merged.Outputs} outputs)");
            written.Add(Path.Combine(outDir, "manifest.json"));
        }
        foreach (var w in _warnings) progress.Warning(w);
        foreach (var f in _failed) progress.Warning("not printed: " + f);
        foreach (var f in _unchecked) progress.Warning("check failed: " + f);
        if (_failed.Count > 0)
            throw new KamException(
                $"{_failed.Count} document(s) could not be printed (the others were written; see the warnings above); run again to retry them",
                ExitCodes.Failed);
        if (_unchecked.Count > 0)
            throw new KamException($"{_unchecked.Count} check(s) failed: a figure that reads otherwise than kpis.csv, or a PDF that does not "
                + "read back as printed (see the lines above and manifest.json)", ExitCodes.Failed);
        return new GenerateResult(rejected > 0 ? ExitCodes.RejectedRows : ExitCodes.Ok, outDir, data, portfolio, written, skipped,
            _timings, _warnings);
    }

    /// <summary>Rows kept but suspicious (line 0: about an account, not one row): competitors' shares plus ours above 105%.</summary>
    public static List<ValidationProblem> DataWarnings(Portfolio p) =>
        p.Accounts.SelectMany(a => a.Risks.Where(r => r.Kind == RiskKind.SharesAbove100)
            .Select(r => new ValidationProblem("competitors.csv", 0, "estimated_share", a.Account.AccountId,
            "warning: competitors' estimated shares plus our share of wallet add up to "
            + $"{r.Value!.Value.ToString("P0", CultureInfo.InvariantCulture)} of the customer's spend (above 105%): check the estimates; rows kept")))
            .Concat(p.Segments.Where(s => s.Dimension == "lifecycle" && RiskRules.LifecycleContradicts(s.Segment, s.GrowthTtm))
            .Select(s => new ValidationProblem("segments.csv", 0, "growth_ttm", s.Segment,
                $"warning: the {s.Accounts} accounts classed declining grew {(s.GrowthTtm!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)}% "
                + "over the last 12 months together: the lifecycle contradicts the figures (check the declining threshold)")))
            .ToList();

    // Outputs the previous run of this folder owned (its manifest lists them) and this run no longer makes: a
    // renamed or removed account's plan, a sponsor who has left. Only files the manifest names, inside the folder.
    private void RemoveStale(string outDir, Manifest? previous, List<ManifestOutput> outputs)
    {
        // A shard never removes: which shard owns an account moves when accounts come and go, so what looks stale to one shard
        // may be another's fresh document (a whole run, or kam merge later, cleans up).
        if (previous is null || options.Shard is not null) return;
        var kept = outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var root = Path.GetFullPath(outDir) + Path.DirectorySeparatorChar;
        foreach (var old in previous.Outputs.Select(o => o.Path).Distinct(StringComparer.Ordinal))
        {
            if (kept.Contains(old)) continue;
            var full = Path.GetFullPath(Path.Combine(outDir, old));
            if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full)) continue;
            // Only a regular file that, links resolved, still lies inside the output folder: a folder link in a hand-edited
            // manifest's path (sub/precious.txt with sub a link) never reaches outside.
            // The lock files are the runs' own, never outputs (a hand-edited manifest may list one).
            if (!IsOwnFile(full, outDir) || Path.GetFileName(old).StartsWith(".kam.", StringComparison.Ordinal)) continue;
            File.Delete(full);
            _warnings.Add($"removed {old}: an earlier run made it and this one does not");
        }
    }

    private static bool IsOwnFile(string path, string outDir)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is null && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) && SafePath.IsInside(path, outDir)
                && File.ResolveLinkTarget(path, returnFinalTarget: false) is null;
        }
        catch (KamException)
        {
            return false;
        }
    }

    private sealed record DocJob(string RelativePath, int PrintOrder, string SourceHash, Func<RenderedDocument> Render)
    {
        public string? Person { get; init; }
        public string? Kind { get; init; }
        public bool KeepHtml { get; init; }
        /// <summary>The formatter of a document printed in a person's culture (null: the run's).</summary>
        public ValueFormatter? Formatter { get; init; }
        public string? Culture { get; init; }
    }

    private static Dictionary<string, string> AccountHashes(Portfolio p, Portfolio previous, Portfolio previousQuarter)
    {
        var prevById = previous.Accounts.ToDictionary(a => a.Account.AccountId, StringComparer.Ordinal);
        var quarterById = previousQuarter.Accounts.ToDictionary(a => a.Account.AccountId, StringComparer.Ordinal);
        var hashes = new string[p.Accounts.Count];
        Parallel.For(0, p.Accounts.Count, i => hashes[i] = SourceHasher.Hash(p.Accounts[i],
            prevById.GetValueOrDefault(p.Accounts[i].Account.AccountId), quarterById.GetValueOrDefault(p.Accounts[i].Account.AccountId)));
        return p.Accounts.Select((a, i) => (a.Account.AccountId, hashes[i])).ToDictionary(x => x.AccountId, x => x.Item2,
            StringComparer.Ordinal);
    }

    // A sponsor whose people row names another culture than the run's gets their pack and brief printed in it too, into
    // OUT/<culture>/: the same portfolios (no second load or compute), another formatter and string table.
    private static List<DocJob> PersonalDocuments(RunSetup run, RunPortfolios portfolios, DataSet data, string salt,
        Dictionary<string, string> accountHashes)
    {
        var jobs = new List<DocJob>();
        var p = portfolios.Current;
        var runCulture = run.Formatter.Culture.Name;
        var specs = DocumentCatalog.For(p).Where(s => s.Person is not null).ToArray();
        foreach (var group in (data.People ?? []).Where(x => x.Culture is { } c && c != runCulture).GroupBy(x => x.Culture!))
        {
            var culture = System.Globalization.CultureInfo.GetCultureInfo(group.Key);
            var f = run.FormatterFor(culture);
            var composer = new ComposeContext(p, portfolios.PreviousYear, f, DateOnly.FromDateTime(DateTime.Now), portfolios.PreviousQuarter);
            var renderer = new DocumentRenderer(new TemplateEngine(run.TemplatesDir, f));
            foreach (var spec in specs.Where(s => group.Any(x => string.Equals(x.Name, s.Person, StringComparison.OrdinalIgnoreCase))))
            {
                var hash = SourceHasher.Hash(salt, group.Key, spec.Kind.Key, spec.Id, spec.AccountIds.Select(id => accountHashes[id]).ToArray(),
                    p.Availability);
                jobs.Add(new DocJob(group.Key + "/" + spec.RelativePath, spec.Kind.PrintOrder, hash, () => renderer.Render(spec, composer))
                {
                    Person = spec.Person, Kind = spec.Kind.Key, KeepHtml = spec.KeepHtml, Formatter = f, Culture = group.Key,
                });
            }
        }
        return jobs;
    }

    private List<DocJob> PlanDocuments(Portfolio p, ComposeContext composer, DocumentRenderer renderer, string salt,
        Dictionary<string, string> accountHashes, bool shardOne)
    {
        var jobs = new List<DocJob>();
        var perAccount = 0;
        foreach (var spec in DocumentCatalog.For(p))
        {
            if (spec.Kind.PerAccount)
            {
                var i = perAccount++;
                if (options.Shard is { } s && i % s.Count != s.Index - 1) continue;
            }
            else if (!shardOne) continue;
            // A document's source: its kind and id, and the figures (now and a year before) of every account it shows.
            var hash = SourceHasher.Hash(salt, spec.Kind.Key, spec.Id, spec.AccountIds.Select(id => accountHashes[id]).ToArray(),
                p.Availability);
            jobs.Add(new DocJob(spec.RelativePath, spec.Kind.PrintOrder, hash, () => renderer.Render(spec, composer))
            {
                Person = spec.Person, Kind = spec.Kind.Key, KeepHtml = spec.KeepHtml,
            });
        }
        return jobs;
    }

    // The previous output is kept when its source hash matches and the file is still the one written then
    // (same size): its content hash is reused instead of re-reading every unchanged PDF. With --only-failed the source hash is not
    // asked: exactly the documents the manifest marks failed, or does not list, or whose file is gone, are made again.
    private ManifestOutput? Unchanged(Dictionary<string, ManifestOutput> previous, string outDir, string rel, string sourceHash)
    {
        if (!previous.TryGetValue(rel.Replace('\\', '/'), out var old) || (old.SourceHash != sourceHash && !options.OnlyFailed)) return null;
        if (old.Check?.Status == DocumentCheck.Failed) return null;
        var info = new FileInfo(Path.Combine(outDir, rel));
        return info.Exists && info.Length == old.Bytes ? old with { Rendered = false } : null;
    }

    private async Task RenderDocumentsAsync(List<DocJob> jobs, string outDir, Dictionary<string, ManifestOutput> previousOutputs,
        List<ManifestOutput> outputs, List<string> written, List<string> skipped,
        Func<IReadOnlyList<Figure>, ValueFormatter?, List<string>> reconcile, ManifestJournal journal)
    {
        var todo = new List<DocJob>();
        foreach (var j in jobs)
        {
            var htmlRel = Path.ChangeExtension(j.RelativePath, ".html").Replace('\\', '/');
            if (Unchanged(previousOutputs, outDir, j.RelativePath, j.SourceHash) is { } kept
                && (!j.KeepHtml || Unchanged(previousOutputs, outDir, htmlRel, j.SourceHash) is not null))
            {
                skipped.Add(Path.Combine(outDir, j.RelativePath));
                outputs.Add(kept);
                // A brief's HTML (the e-mail body) stays with its PDF.
                if (j.KeepHtml) outputs.Add(Unchanged(previousOutputs, outDir, htmlRel, j.SourceHash)!);
            }
            else todo.Add(j);
        }
        if (todo.Count == 0) return;

        var parallelism = Math.Max(1, options.Parallelism ?? Environment.ProcessorCount);
        progress.Stage($"Rendering {todo.Count} documents");
        var sw = Stopwatch.StartNew();
        var browser = BrowserLocator.Find(options.BrowserPath);
        await using var printer = await PdfPrinter.StartAsync(browser, parallelism);
        _timings["browser_start"] = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var cpuBefore = CpuTimes.Read();
        // Largest documents first (packs hold many accounts), so no long print is left alone at the end.
        todo = todo.OrderBy(j => j.PrintOrder).ToList();
        double composeMs = 0, printMs = 0, checkMs = 0;
        var done = 0;
        var gate = new SemaphoreSlim(parallelism * 2);
        using var cancel = new CancellationTokenSource();
        var results = new ManifestOutput?[todo.Count];
        var htmlOutputs = new List<ManifestOutput>();
        var tasks = todo.Select(async (job, index) =>
        {
            await gate.WaitAsync(cancel.Token);
            try
            {
                var t0 = Stopwatch.GetTimestamp();
                var doc = await Task.Run(job.Render, cancel.Token);
                var t1 = Stopwatch.GetTimestamp();
                // Before printing: each page-1 figure as kpis.csv and scopes.csv give it; after: the PDF read back.
                var failures = reconcile(doc.PageOne, job.Formatter);
                byte[] pdf;
                try
                {
                    pdf = await printer.PrintAsync(doc);
                }
                catch (KamException e)
                {
                    // The browser failed twice on this document: say so and go on with the others.
                    lock (_timings) _failed.Add($"{job.RelativePath}: {e.Message}");
                    return;
                }
                var path = Path.Combine(outDir, job.RelativePath);
                AtomicFile.WriteAllBytes(path, pdf);
                if (options.KeepHtml || job.KeepHtml) AtomicFile.WriteAllText(Path.ChangeExtension(path, ".html"), doc.Html);
                ManifestOutput? htmlOutput = null;
                if (job.KeepHtml)
                {
                    var html = Path.ChangeExtension(job.RelativePath, ".html").Replace('\\', '/');
                    htmlOutput = Output(outDir, html, job.SourceHash, rendered: true) with
                    {
                        Person = job.Person, Kind = job.Kind + "_html", Culture = job.Culture,
                    };
                    lock (_timings) htmlOutputs.Add(htmlOutput);
                }
                var t2 = Stopwatch.GetTimestamp();
                lock (_timings)
                {
                    composeMs += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
                    printMs += Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
                    written.Add(path);
                    done++;
                }
                var tc = Stopwatch.GetTimestamp();
                var (pages, readBack) = PdfReadBack.Check(pdf, doc.MaxPages, doc.PageOne);
                failures.AddRange(readBack);
                lock (_timings) checkMs += Stopwatch.GetElapsedTime(tc).TotalMilliseconds;
                if (failures.Count > 0)
                    lock (_timings) _unchecked.AddRange(failures.Select(f => $"{job.RelativePath}: {f}"));
                results[index] = new ManifestOutput(job.RelativePath.Replace('\\', '/'),
                    Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), pdf.Length, job.SourceHash, true)
                {
                    Check = new DocumentCheck(failures.Count == 0 ? DocumentCheck.Passed : DocumentCheck.Failed, failures, pages, doc.MaxPages,
                        doc.PageOne),
                    Person = job.Person,
                    Kind = job.Kind,
                    Culture = job.Culture,
                };
                journal.Add(htmlOutput is null ? [results[index]!] : [results[index]!, htmlOutput]);
                progress.Step("documents", done, todo.Count);
            }
            catch
            {
                await cancel.CancelAsync();
                throw;
            }
            finally
            {
                gate.Release();
            }
        }).ToArray();
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception)
        {
            // A template error stops the run with its one-line message, not with a cancellation of the other documents.
            var userError = tasks.Select(t => t.Exception?.InnerException).OfType<KamException>().FirstOrDefault();
            if (userError is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(userError);
            throw;
        }
        outputs.AddRange(results.OfType<ManifestOutput>());
        outputs.AddRange(htmlOutputs);
        _timings["render_wall"] = sw.Elapsed.TotalMilliseconds;
        _timings["browser_restarts"] = printer.Restarts;
        if (CpuTimes.BusyPercent(cpuBefore, CpuTimes.Read()) is { } busy) _timings["cpu_busy_percent"] = busy;
        _timings["compose_templates_ms_per_doc"] = composeMs / todo.Count;
        _timings["print_ms_per_doc"] = printMs / todo.Count;
        _timings["read_back_ms_per_doc"] = checkMs / todo.Count;
        _timings["documents_rendered"] = todo.Count;
    }

    private static ManifestOutput Output(string outDir, string rel, string? sourceHash, bool rendered)
    {
        var path = Path.Combine(outDir, rel);
        var info = new FileInfo(path);
        return new ManifestOutput(rel.Replace('\\', '/'), SourceHasher.HashFile(path), info.Length, sourceHash, rendered);
    }

    private T Time<T>(string name, Func<T> f)
    {
        var sw = Stopwatch.StartNew();
        var r = f();
        _timings[name] = sw.Elapsed.TotalMilliseconds;
        return r;
    }

    private void Time(string name, Action f)
    {
        var sw = Stopwatch.StartNew();
        f();
        _timings[name] = sw.Elapsed.TotalMilliseconds;
    }
}
