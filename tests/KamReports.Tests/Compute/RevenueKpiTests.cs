using KamReports.Compute;
using KamReports.Config;
using KamReports.TestSupport;
using static KamReports.TestSupport.Scenario;

namespace KamReports.Tests.Compute;

/// <summary>
/// kpis.md revenue, growth, orders, attainment, cross-selling, wallet and cost to serve of account A1 in the scenario,
/// hand-computed there.
/// </summary>
public class RevenueKpiTests
{
    [Fact]
    public void Revenue_windows_sum_amounts_in_Q_Q1_Q4_TTM_and_TTM1()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(2000m, k.Revenue);
        Assert.Equal(1600m, k.RevenuePrevQuarter);
        Assert.Equal(2500m, k.RevenuePrevYear);
        Assert.Equal(4000m, k.RevenueTtm);
        Assert.Equal(4000m, k.RevenueTtmPrev);
    }

    [Fact]
    public void Growth_is_ratio_minus_one_2000_over_1600_and_2000_over_2500()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(0.25, k.GrowthQoq!.Value, 10);
        Assert.Equal(-0.2, k.GrowthYoy!.Value, 10);
        Assert.Equal(0.0, k.GrowthTtm!.Value, 10);
    }

    [Fact]
    public void Growth_with_zero_previous_revenue_is_missing_not_zero_or_infinite()
    {
        var k = Kpis(Computed(), "A2");
        Assert.Null(k.GrowthQoq);
        Assert.Null(k.GrowthYoy);
        Assert.Null(k.GrowthTtm);
    }

    [Fact]
    public void Growth_and_attainment_are_missing_on_a_non_positive_base()
    {
        // Q-1 was a net return (-200): growth_qoq from a negative base means nothing. Target 0: no attainment.
        var data = new DataSetBuilder().Account("N1", key: true)
            .Line("N1", "2026-08-01", "P", 500).Line("N1", "2026-05-01", "P", -200).Line("N1", "2025-08-01", "P", 0.0m)
            .Target("N1", "2026-Q3", 0).Build();
        var k = PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Kpis;
        Assert.Equal(-200m, k.RevenuePrevQuarter);
        Assert.Null(k.GrowthQoq);
        Assert.Null(k.GrowthYoy);
        Assert.Null(k.Target); // a target of 0 is no target (issue 23)
        Assert.Null(k.Attainment);
        Assert.DoesNotContain(PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Risks,
            r => r.Kind == RiskKind.LowAttainment);
    }

    [Fact]
    public void Returns_and_return_rate_100_over_gross_2100()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(2100m, k.GrossOrders);
        Assert.Equal(100m, k.Returns);
        Assert.Equal(100.0 / 2100, k.ReturnRate!.Value, 10);
    }

    [Fact]
    public void Orders_count_distinct_positive_order_ids_and_each_positive_row_without_id()
    {
        Assert.Equal(2, Kpis(Computed(), "A1").Orders);
    }

    [Fact]
    public void Attainment_is_revenue_over_target_2000_over_2500()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(2500m, k.Target);
        Assert.Equal(0.8, k.Attainment!.Value, 10);
    }

    [Fact]
    public void Cross_selling_counts_new_lines_and_their_ttm_revenue_500_over_4000()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(2, k.ProductLines);        // P1, P2
        Assert.Equal(1, k.NewProductLines);     // P2 was not bought in TTM-1
        Assert.Equal(500m, k.CrossSellRevenue); // -100 + 600
        Assert.Equal(0.125, k.CrossSellShare!.Value, 10);
        Assert.Equal(2, k.WhiteSpace);          // catalog P1..P4 minus P1, P2
    }

    [Fact]
    public void Share_of_wallet_4000_over_10000_and_wallet_growth_10000_over_8000()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(10000m, k.Wallet);
        Assert.Equal(0.4, k.ShareOfWallet!.Value, 10);
        Assert.Equal(0.25, k.WalletGrowth!.Value, 10);
    }

    [Fact]
    public void Cost_to_serve_ratio_is_150_over_2000()
    {
        Assert.Equal(0.075, Kpis(Computed(), "A1").CostToServeRatio!.Value, 10);
        Assert.Null(Kpis(Computed(), "A2").CostToServeRatio); // no cost recorded on its lines
    }

    [Fact]
    public void Quarter_series_has_8_quarters_oldest_first_with_targets()
    {
        var a1 = Computed().Accounts.Single(a => a.Account.AccountId == "A1");
        Assert.Equal(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"],
            a1.Quarters.Select(q => q.Label));
        Assert.Equal(2000m, a1.Quarters[7].Revenue);
        Assert.Equal(2500m, a1.Quarters[3].Revenue);
        Assert.Equal(2500m, a1.Quarters[7].Target);
        Assert.Null(a1.Quarters[6].Target);
    }

    [Fact]
    public void Projection_is_the_least_squares_trend_one_quarter_ahead()
    {
        // Quarters 100, 200, 300, 400 (from first revenue) -> next 500.
        var b = new DataSetBuilder().Account("T");
        b.Line("T", "2025-12-01", "P", 100).Line("T", "2026-02-01", "P", 200).Line("T", "2026-05-01", "P", 300).Line("T", "2026-08-01",
            "P", 400);
        var a = PortfolioCalculator.Compute(b.Build(), new KamConfig(), Q3).Accounts[0];
        Assert.Equal(500m, a.ProjectedNextQuarter);
    }

    [Fact]
    public void White_space_lists_peer_revenue_from_the_same_industry()
    {
        var a1 = Computed().Accounts.Single(a => a.Account.AccountId == "A1");
        var p4 = a1.ProductLines.Single(l => l.Name == "P4");
        Assert.Equal(ProductLineStatus.NotBought, p4.Status);
        Assert.Equal(1000m, p4.PeerRevenue); // A2 (Chem) buys P4 for 1000
        Assert.Equal(1, p4.PeersBuying);
        Assert.Equal(ProductLineStatus.New, a1.ProductLines.Single(l => l.Name == "P2").Status);
    }

    [Fact]
    public void A_target_of_zero_is_no_target_anywhere()
    {
        // Issue 23: a target of 0 drew a target line diving to €0 and a scorecard "Target €0 ▼100.0%".
        var data = new DataSetBuilder().Account("Z", key: true)
            .Line("Z", "2026-08-01", "P", 500).Line("Z", "2025-08-01", "P", 400)
            .Target("Z", "2026-Q3", 0).Target("Z", "2025-Q3", 300).Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var z = p.Accounts.Single();
        Assert.Null(z.Kpis.Target);
        Assert.Null(z.Kpis.Attainment);
        Assert.Null(z.Quarters[^1].Target);
        Assert.Equal(300m, z.Quarters[^5].Target);
        Assert.Equal(0, p.Scope(ScopeKind.KeyAccounts).Totals.WithTarget);
    }
}
