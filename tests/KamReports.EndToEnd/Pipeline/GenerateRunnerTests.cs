using System.Text.Json;
using KamReports.Compute;
using KamReports.Documents;
using KamReports.EndToEnd.Support;
using KamReports.Output;
using KamReports.Pipeline;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Pipeline;

[Collection("browser")]
public class GenerateRunnerTests
{
    private static GenerateOptions Options(string data, string outRoot) => new() { DataDir = data, OutRoot = outRoot,
        TemplatesDir = Repo.Templates, Parallelism = 2 };

    [Fact]
    public async Task Generate_on_sample_data_writes_every_output_and_reruns_incrementally()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 16, Seed: 7)).Write(data);
        var outRoot = Path.Combine(tmp.Path, "out");

        var first = await new GenerateRunner(Options(data, outRoot), NullProgress.Instance).RunAsync();
        Assert.Equal(0, first.ExitCode);
        var p = first.Portfolio!;
        var outDir = Path.Combine(outRoot, p.Period.ToString());
        Assert.Equal(outDir, first.OutDir);
        var plans = Directory.GetFiles(Path.Combine(outDir, "account-plans"), "*.pdf");
        Assert.Equal(p.KeyAccounts.Count(), plans.Length);
        Assert.Contains(plans, f => Path.GetFileName(f).StartsWith("ACC-0001-", StringComparison.Ordinal));
        var sponsors = p.Accounts.Select(a => a.Account.ExecutiveSponsor).OfType<string>().Distinct().Count();
        // The portfolio pack, and a pack and a brief per sponsor.
        Assert.Equal(1 + 2 * sponsors, Directory.GetFiles(Path.Combine(outDir, "review-packs"), "*.pdf").Length);
        Assert.True(File.Exists(Path.Combine(outDir, $"kam-review-{p.Period}.xlsx")));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));

        var kpis = File.ReadAllLines(Path.Combine(outDir, "kpis.csv"));
        Assert.Equal(string.Join(",", OutputTables.Accounts.Select(c => c.Key)), kpis[0]);
        Assert.Contains(",region,industry,revenue,", kpis[0]);
        Assert.Equal(p.Accounts.Count + 1, kpis.Length);
        var acc1 = p.Accounts.Single(a => a.Account.AccountId == "ACC-0001");
        var fields = kpis[1].Split(',');
        Assert.Equal("ACC-0001", fields[0]);
        Assert.Equal(acc1.Kpis.Revenue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            fields[OutputTables.Accounts.Select(c => c.Key).ToList().IndexOf("revenue")]);
        Assert.Equal("file,line,column,value,reason", File.ReadAllText(Path.Combine(outDir, "validation.csv")).Trim());
        Assert.StartsWith("dimension,segment,accounts,revenue,revenue_ttm,growth_yoy,growth_ttm,revenue_share,mean_nps",
            File.ReadAllLines(Path.Combine(outDir, "segments.csv"))[0]);

        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(outDir, "manifest.json")), Manifest.Json)!;
        Assert.Equal(p.Period.ToString(), manifest.Period);
        Assert.Equal(18, manifest.Inputs.Count);
        Assert.All(manifest.Inputs, i => Assert.Equal(64, i.Sha256.Length));
        Assert.Contains(manifest.Outputs, o => o.Path == "review-packs/portfolio.pdf" && o.Rendered && o.SourceHash is not null);
        Assert.True(manifest.TimingsMs.ContainsKey("load") && manifest.TimingsMs.ContainsKey("compute"));

        var portfolioPdf = PdfText.Read(Path.Combine(outDir, "review-packs", "portfolio.pdf"));
        foreach (var s in new[] { "Portfolio KPIs", "ABC analysis", "Concentration and loss scenario", "Portfolio matrix",
            "Segment summaries", "KAM health check", "Exceptions" })
            Assert.Contains(s, portfolioPdf.All);

        // Unchanged inputs: nothing is re-rendered.
        var second = await new GenerateRunner(Options(data, outRoot), NullProgress.Instance).RunAsync();
        // Every document, the German and the Chinese sponsor's pack and brief in their language (people.csv), and the workbook.
        Assert.Equal(DocumentCatalog.For(p).Count + 4 + 1, second.Skipped.Count);
        Assert.DoesNotContain(second.Written, w => w.EndsWith(".pdf", StringComparison.Ordinal));

        // One key account's action plan changes: its plan, the portfolio pack and its sponsor's pack are re-rendered, nothing else.
        var key = p.KeyAccounts.First(a => a.Account.ExecutiveSponsor is not null);
        File.AppendAllText(Path.Combine(data, "actions.csv"), $"{key.Account.AccountId},Grow,Extra workshop,Anna,2026-12-15,planned,\n");
        var third = await new GenerateRunner(Options(data, outRoot), NullProgress.Instance).RunAsync();
        var rendered = third.Written.Where(w => w.EndsWith(".pdf", StringComparison.Ordinal)).Select(Path.GetFileName).Distinct()
            .Order().ToArray();
        var docs = DocumentCatalog.For(p);
        string FileOf(DocumentKind kind, string accountId) =>
            Path.GetFileName(docs.Single(d => d.Kind == kind && d.AccountIds.Contains(accountId)).RelativePath);
        // Exactly the documents that show the account (a kind added later included).
        Assert.Equal(docs.Where(d => d.AccountIds.Contains(key.Account.AccountId)).Select(d => Path.GetFileName(d.RelativePath)).Order(),
            rendered);
        foreach (var file in new[] { "portfolio.pdf", FileOf(DocumentCatalog.SponsorPack, key.Account.AccountId),
            FileOf(DocumentCatalog.AccountPlan, key.Account.AccountId) })
            Assert.Contains(file, rendered);

        // --force renders everything again.
        var forced = await new GenerateRunner(Options(data, outRoot) with { Force = true, SkipWorkbook = true }, NullProgress.Instance)
            .RunAsync();
        Assert.Empty(forced.Skipped);
    }

    [Fact]
    public async Task A_template_error_stops_the_run_with_file_line_and_writes_no_pdf()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 6, Seed: 3)).Write(data);
        var templates = tmp.CopyTemplates();
        File.AppendAllText(Path.Combine(templates, "account-plan", "09-relationship-team.html"), "\n{{ for x in team }}\n");
        var e = await Assert.ThrowsAsync<KamException>(() => new GenerateRunner(Options(data, Path.Combine(tmp.Path, "out"))
            with { TemplatesDir = templates }, NullProgress.Instance).RunAsync());
        Assert.Contains("09-relationship-team.html:", e.Message);
        Assert.Contains("template error", e.Message);
        var plans = Path.Combine(tmp.Path, "out", "2026-Q3", "account-plans");
        Assert.True(!Directory.Exists(plans) || Directory.GetFiles(plans, "*.pdf").Length == 0);
    }

    [Fact]
    public async Task A_shard_renders_every_nth_account_plan_and_leaves_packs_to_shard_one()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 12, Seed: 5)).Write(data);
        var result = await new GenerateRunner(Options(data, Path.Combine(tmp.Path, "out")) with { Shard = (2, 2), SkipWorkbook = true },
            NullProgress.Instance).RunAsync();
        var keys = result.Portfolio!.KeyAccounts.ToArray();
        var plans = DocumentCatalog.For(result.Portfolio).Where(d => d.Kind == DocumentCatalog.AccountPlan).ToArray();
        var expected = plans.Where((_, i) => i % 2 == 1).Select(d => Path.GetFileName(d.RelativePath)).Order().ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Directory.GetFiles(Path.Combine(result.OutDir, "account-plans")).Select(Path.GetFileName).Order().ToArray());
        Assert.False(Directory.Exists(Path.Combine(result.OutDir, "review-packs")));
        // Every shard writes the same kpis.csv (its documents are checked against it); shard one lists it in its manifest.
        Assert.True(File.Exists(Path.Combine(result.OutDir, "kpis.csv")));
        var manifest = File.ReadAllText(Path.Combine(result.OutDir, "manifest.shard-2-of-2.json"));
        Assert.DoesNotContain("\"kpis.csv\"", manifest);
    }
}
