using KamReports.Compute;
using KamReports.Config;
using KamReports.TestSupport;
using static KamReports.TestSupport.Scenario;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md health score: the weighted mean over all weights (a component without data counts 0), its coverage and its light.</summary>
public class HealthScoringTests
{
    [Fact]
    public void Health_score_is_the_mean_of_available_components_43_75_amber()
    {
        // growth_yoy -20% -> 0; attainment 80% -> 25; satisfaction 75; NPS 25 -> 62.5;
        // 2 open complaints -> 33.33; completion 2/3 -> 66.67. Mean = 262.5 / 6 = 43.75.
        var k = Kpis(Computed(), "A1");
        Assert.Equal(43.75, k.HealthScore!.Value, 6);
        Assert.Equal(HealthLight.Amber, k.HealthLight);
    }

    [Fact]
    public void Health_weights_are_configurable_and_zero_weight_drops_a_component()
    {
        var config = new KamConfig { HealthWeights = new Dictionary<string, double> { ["growth_yoy"] = 0, ["attainment"] = 0,
            ["satisfaction_index"] = 2, ["nps"] = 0, ["complaints_open"] = 0 } };
        // (75 * 2 + 66.67 * 1) / 3 = 72.22 -> green.
        var k = Kpis(Computed(config), "A1");
        Assert.Equal((75 * 2 + 200.0 / 3) / 3, k.HealthScore!.Value, 6);
        Assert.Equal(HealthLight.Green, k.HealthLight);
    }

    [Fact]
    public void Health_score_without_any_component_is_missing()
    {
        // No growth base, no target, no survey, and no complaints or actions files.
        var data = new DataSetBuilder().Account("Z").Line("Z", "2026-08-01", "P", 10).Build();
        var k = PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Kpis;
        Assert.Null(k.HealthScore);
        Assert.Equal(HealthLight.Unknown, k.HealthLight);
    }

    [Fact]
    public void Missing_data_never_raises_a_score_below_the_minimum_coverage_the_score_is_missing()
    {
        // A3 has no revenue, surveys or actions; only complaints_open (0 open -> 100) has data:
        // coverage 1 of 6 equal weights = 16.7% < 60%, so no score and the light says "no data".
        var k = Kpis(Computed(), "A3");
        Assert.Equal(1.0 / 6, k.HealthCoverage!.Value, 10);
        Assert.Null(k.HealthScore);
        Assert.Equal(HealthLight.Unknown, k.HealthLight);
        // A1 has all six components: coverage 100% and a score.
        Assert.Equal(1.0, Kpis(Computed(), "A1").HealthCoverage!.Value, 10);
    }

    [Fact]
    public void An_account_with_only_two_components_is_scored_when_the_minimum_allows_it()
    {
        // Only growth_yoy (-20% -> 0) and attainment (80% -> 25) have data: coverage 2/6 = 33.3%; the score counts the four
        // others as 0: (0 + 25) / 6.
        var data = new DataSetBuilder().Account("B1", key: true)
            .Line("B1", "2026-08-01", "P", 800).Line("B1", "2025-08-01", "P", 1000)
            .Target("B1", "2026-Q3", 1000).Build();
        var strict = PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Kpis;
        Assert.Equal(1.0 / 3, strict.HealthCoverage!.Value, 10);
        Assert.Null(strict.HealthScore);
        var lenient = PortfolioCalculator.Compute(data, new KamConfig { HealthMinCoverage = 0.3 }, Q3).Accounts[0].Kpis;
        Assert.Equal((0 + 25) / 6.0, lenient.HealthScore!.Value, 6);
        Assert.Equal(HealthLight.Red, lenient.HealthLight);
    }
}
