using System.Globalization;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents;

/// <summary>kpis.md like for like: a pack's tiles compare its accounts of Q with their own figures a year before.</summary>
public class LikeForLikeTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    [Fact]
    public void A_pack_tile_compares_the_same_accounts_when_the_key_account_set_changed_over_the_year()
    {
        // No is_key_account column: class A accounts are key accounts. G grew into class A this year; a year ago D was class A.
        var b = new DataSetBuilder();
        foreach (var (id, recent, earlier) in new[] { ("G", 900m, 100m), ("D", 100m, 900m), ("S1", 50m, 50m), ("S2", 40m, 40m), ("S3", 30m, 30m) })
        {
            b.Account(id);
            foreach (var q in new[] { "2025-10-01", "2026-01-01", "2026-04-01", "2026-07-01" }) b.Line(id, q, "P", recent);
            foreach (var q in new[] { "2024-10-01", "2025-01-01", "2025-04-01", "2025-07-01" }) b.Line(id, q, "P", earlier);
        }
        var data = b.Build();
        var config = new KamConfig();
        var now = PortfolioCalculator.Compute(data, config, Q3);
        var yearBefore = PortfolioCalculator.Compute(data, config, Q3.Minus(4));
        Assert.Contains(now.KeyAccounts, a => a.Account.AccountId == "G");
        Assert.DoesNotContain(yearBefore.KeyAccounts, a => a.Account.AccountId == "G");

        var f = new ValueFormatter(CultureInfo.GetCultureInfo("en"), "EUR", StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo("en")));
        var pack = new Composer(new ComposeContext(now, yearBefore, f, RenderKit.Today)).PortfolioPack();
        var scope = now.Scope(ScopeKind.KeyAccounts);
        // The tile's change is the scope's own like-for-like growth (the sentence's figure), not a comparison with D of a year ago.
        var ttm = pack.Headline.Single(k => k.Key == "revenue_ttm");
        Assert.Equal(scope.Totals.GrowthTtm!.Value, ttm.Change!.Value, 10);
        Assert.Equal(scope.Totals.RevenueTtmPrev, (decimal)ttm.Previous!);
        var quarter = pack.Headline.Single(k => k.Key == "revenue");
        Assert.Equal(scope.Totals.GrowthYoy!.Value, quarter.Change!.Value, 10);
    }
}
