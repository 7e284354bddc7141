using System.Globalization;
using KamReports.Documents;
using KamReports.Output;
using KamReports.TestSupport;
using KamReports.Verification;

namespace KamReports.Tests.Verification;

/// <summary>
/// Issue 23, reconciled before it leaves: every page-1 figure of the portfolio pack, of two sponsor packs and of the plans reads as
/// the run's own kpis.csv (or scopes.csv) gives it, at 40, 300 and 1,000 accounts and with the key accounts chosen by the ABC rule;
/// a hand-edited kpis.csv and a figure that contradicts it are named with both values.
/// </summary>
public class ReconciliationTests
{
    public static TheoryData<string> Portfolios => ["sample", "300", "1000", "abc"];

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Every_page_one_figure_reads_as_kpis_csv_gives_it(string portfolio)
    {
        using var data = new TempDir();
        using var outDir = new TempDir();
        var kit = SampleKit.Load(SampleFolders.Make(portfolio, data));
        var book = Write(kit, outDir.Path);
        var sponsors = DocumentCatalog.Sponsors(kit.P);
        var packs = new[] { kit.Composer.PortfolioPack(), kit.Composer.SponsorPack(sponsors[0]), kit.Composer.SponsorPack(sponsors[^1]) };
        foreach (var pack in packs)
        {
            Assert.Contains(pack.PageOne, f => f.Key == "revenue_ttm.change");
            Assert.Empty(Reconciler.Check(pack.PageOne, book, kit.Formatter));
        }
        foreach (var a in kit.P.KeyAccounts.Take(5))
        {
            var plan = kit.Composer.AccountPlan(a);
            Assert.Contains(plan.PageOne, f => f.Key == "revenue" && f.Scope == "account:" + a.Account.AccountId);
            Assert.Empty(Reconciler.Check(plan.PageOne, book, kit.Formatter));
        }

        // Derived here by hand from kpis.csv, like for like: the key accounts' TTM revenue and its change against their own TTM before.
        var rows = Csv(Path.Combine(outDir.Path, "kpis.csv")).Where(r => r["is_key_account"] == "true").ToArray();
        var ttm = rows.Sum(r => decimal.Parse(r["revenue_ttm"], CultureInfo.InvariantCulture));
        var ttmPrev = rows.Sum(r => decimal.Parse(r["revenue_ttm_prev"], CultureInfo.InvariantCulture));
        var tile = packs[0].PageOne.First(f => f.Key == "revenue_ttm" && f.Form == "money_short");
        Assert.Equal(kit.Formatter.MoneyShort((double)ttm), tile.Shown);
        var change = packs[0].PageOne.Single(f => f.Key == "revenue_ttm.change");
        Assert.Equal(kit.Formatter.Delta((double)(ttm / ttmPrev) - 1), change.Shown);
        Assert.Equal(kit.P.KeyAccounts.Count(), rows.Length);
    }

    [Fact]
    public void A_sponsor_pack_of_300_accounts_renders_whole()
    {
        // Found by the read-back: Scriban cut every value it wrote beyond its default string limit, so a large sponsor pack
        // printed as one empty page.
        using var data = new TempDir();
        var kit = SampleKit.Load(SampleFolders.Make("300", data));
        var pack = kit.Composer.SponsorPack(DocumentCatalog.Sponsors(kit.P)[0]);
        var html = kit.Renderer.Render(DocumentCatalog.SponsorPack, pack).Html;
        Assert.True(html.Length > 100_000, html.Length.ToString(CultureInfo.InvariantCulture));
        Assert.EndsWith("</html>", html.TrimEnd());
        Assert.All(pack.Accounts, a => Assert.Contains($"id=\"account-{a.Account.Slug}\"", html));
    }

    [Fact]
    public void A_hand_edited_kpis_csv_is_named_with_the_figure_and_both_values()
    {
        using var outDir = new TempDir();
        var kit = SampleKit.Load();
        Write(kit, outDir.Path);
        var path = Path.Combine(outDir.Path, "kpis.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var col = Array.IndexOf(header, "revenue_ttm");
        var row = lines.Skip(1).Select((l, i) => (l.Split(','), i + 1)).First(x => x.Item1[0] == "ACC-0001");
        var cells = row.Item1;
        cells[col] = (decimal.Parse(cells[col], CultureInfo.InvariantCulture) + 50_000m).ToString(CultureInfo.InvariantCulture);
        lines[row.Item2] = string.Join(',', cells);
        File.WriteAllLines(path, lines);

        var failures = Reconciler.Check(kit.Composer.PortfolioPack().PageOne, FigureBook.Read(outDir.Path), kit.Formatter);
        Assert.Contains("revenue_ttm (key_accounts, ttm): the document shows €1.6M, kpis.csv gives €1.7M", failures);
        Assert.Contains(failures, f => f.StartsWith("revenue_ttm.change (key_accounts, ttm, vs a year before): the document shows ▲ 5.2%",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_against_another_population_is_a_failure()
    {
        using var outDir = new TempDir();
        var kit = SampleKit.Load();
        var book = Write(kit, outDir.Path);
        var pack = kit.Composer.PortfolioPack();
        var change = pack.PageOne.Single(f => f.Key == "revenue_ttm.change");
        // The change a tile would show against last year's key-account set instead of the same accounts.
        var wrong = change with { Value = 0.074, Shown = kit.Formatter.Delta(0.074) };
        var failures = Reconciler.Check([wrong], book, kit.Formatter);
        Assert.Equal([$"revenue_ttm.change (key_accounts, ttm, vs a year before): the document shows ▲ 7.4%, kpis.csv gives {change.Shown}"],
            failures);
        // Pooled NPS is not in kpis.csv: scopes.csv gives it.
        var nps = pack.PageOne.First(f => f.Key == "nps" && f.Form == "number");
        Assert.Equal(["nps (key_accounts, ttm): the document shows 99, scopes.csv gives " + nps.Shown],
            Reconciler.Check([nps with { Shown = "99" }], book, kit.Formatter));
    }

    private static FigureBook Write(SampleKit kit, string dir)
    {
        CsvOutputs.WriteKpis(Path.Combine(dir, "kpis.csv"), kit.P);
        CsvOutputs.WriteScopes(Path.Combine(dir, "scopes.csv"), kit.P, kit.Composer.Context.PreviousYear);
        return FigureBook.Read(dir);
    }

    // kpis.csv read by hand (RFC 4180 quotes), so the test does not lean on the reader it checks.
    private static IEnumerable<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        return lines.Skip(1).Select(l => header.Zip(Split(l)).ToDictionary(x => x.First, x => x.Second));
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return fields.ToArray();
    }
}
