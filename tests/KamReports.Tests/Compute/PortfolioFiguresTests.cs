using KamReports.Compute;
using static KamReports.TestSupport.Scenario;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md portfolio figures: revenue shares, concentration, loss scenarios and the KAM health check.</summary>
public class PortfolioFiguresTests
{
    [Fact]
    public void Revenue_share_is_ttm_over_portfolio_ttm_4000_over_5000()
    {
        var p = Computed();
        Assert.Equal(0.8, Kpis(p, "A1").RevenueShare!.Value, 10);
        Assert.Equal(0.2, Kpis(p, "A2").RevenueShare!.Value, 10);
    }

    [Fact]
    public void Concentration_top_shares_and_herfindahl_6800()
    {
        var c = Computed().Concentration;
        Assert.Equal(0.8, c.Top1Share!.Value, 10);
        Assert.Equal(1.0, c.Top5Share!.Value, 10);
        Assert.Equal(6800, c.Herfindahl!.Value, 6);
    }

    [Fact]
    public void Loss_scenario_removes_top_key_accounts()
    {
        var loss = Computed().LossScenarios;
        Assert.Equal([1, 3, 5], loss.Select(l => l.N));
        Assert.Equal(["A1"], loss[0].AccountsLost);
        Assert.Equal(4000m, loss[0].RevenueTtmLost);
        Assert.Equal(1000m, loss[0].RevenueTtmRemaining);
        Assert.Equal(0.8, loss[0].Drop!.Value, 10);
    }

    [Fact]
    public void Kam_health_check_shares_over_key_accounts()
    {
        var c = Computed().All.HealthCheck;
        Assert.Equal(1, c.KeyAccounts);
        Assert.Equal(1.0, c.WithActionPlan);
        Assert.Equal(1.0, c.WithDecisionMaker);
        Assert.Equal(1.0, c.WithRecentContact);
        Assert.Equal(1.0, c.WithSurveyResponse);
        Assert.Equal(1.0, c.WithTarget);
    }
}
