using KamReports.Compute;
using KamReports.Config;
using KamReports.TestSupport;

namespace KamReports.Tests.Compute;

public class FiscalQuarterTests
{
    [Fact]
    public void Calendar_quarter_bounds()
    {
        var q = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;
        Assert.Equal(new DateOnly(2026, 7, 1), q.Start);
        Assert.Equal(new DateOnly(2026, 9, 30), q.End);
        Assert.Equal("2026-Q2", q.Minus(1).ToString());
        Assert.Equal("2025-Q3", q.Minus(4).ToString());
    }

    [Fact]
    public void Fiscal_year_starting_in_April_makes_Q1_April_to_June_and_Q4_end_in_March_of_next_year()
    {
        var q1 = FiscalQuarter.TryParse("2026-Q1", 4)!.Value;
        Assert.Equal(new DateOnly(2026, 4, 1), q1.Start);
        Assert.Equal(new DateOnly(2026, 6, 30), q1.End);
        var q4 = FiscalQuarter.TryParse("2026-Q4", 4)!.Value;
        Assert.Equal(new DateOnly(2027, 1, 1), q4.Start);
        Assert.Equal(new DateOnly(2027, 3, 31), q4.End);
        Assert.Equal("2026-Q4", FiscalQuarter.Containing(new DateOnly(2027, 2, 14), 4).ToString());
        Assert.Equal("2025-Q4", FiscalQuarter.Containing(new DateOnly(2026, 3, 31), 4).ToString());
    }

    [Fact]
    public void Kpis_with_fiscal_year_start_4_use_fiscal_windows_and_the_fiscal_wallet_year()
    {
        // Q = 2026-Q4 (Jan-Mar 2027); Q-4 = 2025-Q4 (Jan-Mar 2026); wallet year = fiscal 2026.
        var data = new DataSetBuilder().Account("A")
            .Line("A", "2027-02-01", "P", 1200).Line("A", "2026-03-15", "P", 1000).Line("A", "2026-12-31", "P", 50)
            .Wallet("A", 2026, 6000).Wallet("A", 2027, 99999)
            .Target("A", "2026", 4000)
            .Build();
        var q = FiscalQuarter.TryParse("2026-Q4", 4)!.Value;
        var k = PortfolioCalculator.Compute(data, new KamConfig { FiscalYearStart = 4 }, q).Accounts[0].Kpis;
        Assert.Equal(1200m, k.Revenue);
        Assert.Equal(50m, k.RevenuePrevQuarter);
        Assert.Equal(1000m, k.RevenuePrevYear);
        Assert.Equal(0.2, k.GrowthYoy!.Value, 10);
        Assert.Equal(6000m, k.Wallet);
        Assert.Equal(1000m, k.Target); // fiscal-year target spread over four quarters
        Assert.Equal(1.2, k.Attainment!.Value, 10);
    }

    [Fact]
    public void Monthly_targets_are_summed_into_the_quarter_and_line_targets_add_up_without_an_all_lines_target()
    {
        var q = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;
        var monthly = new DataSetBuilder().Account("A").Line("A", "2026-08-01", "P", 600)
            .Target("A", "2026-07", 100).Target("A", "2026-08", 200).Target("A", "2026-09", 300).Target("A", "2026-10", 999).Build();
        Assert.Equal(600m, PortfolioCalculator.Compute(monthly, new KamConfig(), q).Accounts[0].Kpis.Target);

        var lines = new DataSetBuilder().Account("A").Line("A", "2026-08-01", "P", 600)
            .Target("A", "2026-Q3", 250, "P").Target("A", "2026-Q3", 150, "Q").Build();
        Assert.Equal(400m, PortfolioCalculator.Compute(lines, new KamConfig(), q).Accounts[0].Kpis.Target);

        var both = new DataSetBuilder().Account("A").Line("A", "2026-08-01", "P", 600)
            .Target("A", "2026-Q3", 500).Target("A", "2026-Q3", 150, "Q").Build();
        Assert.Equal(500m, PortfolioCalculator.Compute(both, new KamConfig(), q).Accounts[0].Kpis.Target);

        var yearly = new DataSetBuilder().Account("A").Line("A", "2026-08-01", "P", 600).Target("A", "2026", 2000).Build();
        Assert.Equal(500m, PortfolioCalculator.Compute(yearly, new KamConfig(), q).Accounts[0].Kpis.Target);
    }

    [Fact]
    public void Default_period_is_the_latest_complete_quarter()
    {
        Assert.Equal("2026-Q3", FiscalQuarter.LatestComplete(new DateOnly(2026, 9, 1), 1).ToString());
        Assert.Equal("2026-Q2", FiscalQuarter.LatestComplete(new DateOnly(2026, 8, 31), 1).ToString());
        Assert.Equal("2026-Q3", FiscalQuarter.LatestComplete(new DateOnly(2026, 9, 30), 1).ToString());
    }
}
