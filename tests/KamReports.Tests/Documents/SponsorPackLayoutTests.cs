using System.Globalization;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.Rendering;
using KamReports.Rendering.Html;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents;

/// <summary>Issue 24: a sponsor pack opens on the decisions; ABC, Pareto and matrix only from five accounts up.</summary>
public class SponsorPackLayoutTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    [Fact]
    public void A_sponsor_with_one_account_gets_no_abc_table_pareto_or_matrix_and_one_with_five_does()
    {
        var b = new DataSetBuilder().Account("SOLO", key: true, sponsor: "Solo").Line("SOLO", "2026-08-01", "P", 5_000);
        for (var i = 1; i <= 5; i++) b.Account("F" + i, key: true, sponsor: "Five").Line("F" + i, "2026-08-01", "P", 1_000 * i);
        var data = b.Ask("s1", "SOLO", "Call the CEO", "2026-07-02", neededBy: "2026-10-15").Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var f = new ValueFormatter(CultureInfo.GetCultureInfo("en"), "EUR", StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo("en")));
        var composer = new Composer(new ComposeContext(p, PortfolioCalculator.Compute(data, new KamConfig(), Q3.Minus(4)), f, RenderKit.Today,
            PortfolioCalculator.Compute(data, new KamConfig(), Q3.Minus(1))));
        var renderer = new DocumentRenderer(new TemplateEngine(Repo.Templates, f));
        var solo = composer.SponsorPack("Solo");
        Assert.False(solo.ShowAbc);
        var html = renderer.Render(DocumentCatalog.SponsorPack, solo).Html;
        Assert.DoesNotContain("id=\"abc\"", html);
        Assert.DoesNotContain("id=\"matrix\"", html);
        // Page 1 opens with the decision asked of Solo, dated by its needed_by.
        var cover = html[html.IndexOf("class=\"cover pack-cover\"", StringComparison.Ordinal)..];
        cover = cover[..cover.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Decisions we need from you", cover);
        Assert.Contains("Call the CEO", cover);
        Assert.Contains("15 Oct 2026", cover);
        var five = renderer.Render(DocumentCatalog.SponsorPack, composer.SponsorPack("Five")).Html;
        Assert.Contains("id=\"abc\"", five);
        Assert.Contains("id=\"matrix\"", five);
        Assert.DoesNotContain("Call the CEO", five);
    }
}
