using System.Globalization;
using System.Text.RegularExpressions;
using KamReports.Compute;
using KamReports.Documents;
using KamReports.Documents.ReviewPack;
using KamReports.EndToEnd.Support;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Rendering.Pdf;

/// <summary>Issue 11: the sample-data packs, printed and read back, do not contradict themselves.</summary>
[Collection("browser")]
public partial class TrustedFiguresPdfTests(BrowserFixture browser)
{
    private static SampleKit Sample() => SampleKit.Load();

    private async Task<PdfText> Print(SampleKit kit, ReviewPackModel model) =>
        PdfText.Read(await browser.Printer.PrintAsync(kit.Renderer.ReviewPack(model)));

    private static double Percent(string s) => double.Parse(s.TrimEnd('%'), CultureInfo.InvariantCulture) / 100;

    [Fact]
    public async Task Sponsor_abc_shares_sum_to_100_and_the_attainment_tile_matches_the_trend_chart()
    {
        var kit = Sample();
        var sponsor = DocumentCatalog.Sponsors(kit.P)[0];
        var pdf = await Print(kit, kit.Composer.SponsorPack(sponsor));
        // The ABC class table: "A 3 €715,661 81.6%" rows; their shares sum to 100% (within rounding).
        var abcPage = pdf.Pages.First(p => p.Contains("ABC analysis", StringComparison.Ordinal));
        var from = abcPage.IndexOf("SHARE", abcPage.IndexOf("CLASS", StringComparison.Ordinal), StringComparison.Ordinal);
        // The table ends where the Pareto chart's title starts, or with the page when the chart keeps to the next one.
        var end = abcPage.IndexOf("Pareto", from, StringComparison.Ordinal);
        var classTable = abcPage[from..(end < 0 ? abcPage.Length : end)];
        var shares = ShareCell().Matches(classTable).Select(m => Percent(m.Value)).ToArray();
        Assert.Equal(3, shares.Length);
        Assert.InRange(shares.Sum(), 0.998, 1.002);
        // Title of the trend: "... €x of €y in 2026-Q3 (z%)"; the attainment tile shows the same z%.
        var all = pdf.All;
        var trend = TrendTitle().Match(all);
        Assert.True(trend.Success, "trend title with the last quarter's attainment not found");
        var attainment = trend.Groups[1].Value;
        // Page 1's tile strip: the ATTAINMENT tile shows that same figure.
        Assert.Contains("ATTAINMENT", pdf.Pages[0]);
        Assert.Contains(attainment, pdf.Pages[0]);
        var scope = kit.P.Scope(ScopeKind.Sponsor, sponsor);
        Assert.Equal(Math.Round(scope.Totals.Attainment!.Value, 3), Math.Round(Percent(attainment), 3));
    }

    [Fact]
    public async Task The_first_exception_is_the_key_account_with_most_severity_times_money_at_stake()
    {
        var kit = Sample();
        var pdf = await Print(kit, kit.Composer.PortfolioPack());
        // kpis.md triage, written out here: severity 3 for red or no orders, 2 for declining, attainment below 90% or a
        // high-severity complaint (then only from 2% of the key accounts' revenue TTM), ranked by severity x revenue TTM.
        static int Severity(KamReports.Compute.AccountResult a) =>
            a.Risks.Any(r => r.Kind is RiskKind.RedHealth or RiskKind.NoOrders) ? 3
            : a.Risks.Any(r => r.Kind is RiskKind.DecliningRevenue or RiskKind.LowAttainment or RiskKind.HighSeverityComplaints) ? 2
            : a.Risks.Count > 0 ? 1 : 0;
        var total = kit.P.KeyAccounts.Sum(a => a.Kpis.RevenueTtm);
        var expected = kit.P.KeyAccounts.Where(a => Severity(a) == 3 || (Severity(a) == 2 && a.Kpis.RevenueTtm >= 0.02m * total))
            .OrderByDescending(a => Severity(a) * a.Kpis.RevenueTtm).ThenBy(a => a.Account.AccountId, StringComparer.Ordinal).First();
        var page = pdf.Pages.First(p => p.Contains("ranked by severity times money at stake", StringComparison.Ordinal));
        page = page[page.IndexOf("ranked by severity times money at stake", StringComparison.Ordinal)..];
        // Of every key account with a risk, the expected one is named first on the exceptions page.
        var first = kit.P.KeyAccounts.Where(a => a.Risks.Count > 0)
            .Select(a => (a.Account.Name, At: page.IndexOf(a.Account.Name, StringComparison.Ordinal))).Where(x => x.At >= 0)
                .MinBy(x => x.At);
        Assert.Equal(expected.Account.Name, first.Name);
        Assert.Contains("Figures of 10 key accounts", pdf.All);
    }

    [GeneratedRegex(@"\d+\.\d%")]
    private static partial Regex ShareCell();

    [GeneratedRegex(@"of €[\d,]+ in \d{4}-Q\d \((\d+\.\d%)\)")]
    private static partial Regex TrendTitle();
}
