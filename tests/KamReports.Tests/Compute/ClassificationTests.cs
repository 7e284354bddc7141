using KamReports.Compute;
using KamReports.Config;
using KamReports.TestSupport;
using static KamReports.TestSupport.Scenario;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md segments: ABC classes, lifecycle, behaviour, feedback, quadrant, key accounts and the segment summaries.</summary>
public class ClassificationTests
{
    [Fact]
    public void Abc_count_rule_ranks_by_ttm_then_account_id()
    {
        var p = Computed();
        // n = 4: A up to ceil(0.8) = 1, B up to ceil(2) = 2, rest C; ties at 0 ordered A3, A4.
        Assert.Equal(["A", "B", "C", "C"], new[] { "A1", "A2", "A3", "A4" }.Select(id => Kpis(p, id).AbcClass));
        Assert.Equal(["A1", "A2", "A3", "A4"], p.Ranked.Select(a => a.Account.AccountId));
    }

    [Fact]
    public void Abc_revenue_rule_is_A_while_cumulative_share_at_most_80_percent_B_to_95()
    {
        var p = Computed(new KamConfig { AbcRule = AbcRule.Revenue });
        // Cumulative: A1 0.8 (A), A2 1.0 (> 0.95: C), A3 and A4 1.0 (C).
        Assert.Equal(["A", "C", "C", "C"], new[] { "A1", "A2", "A3", "A4" }.Select(id => Kpis(p, id).AbcClass));
    }

    [Fact]
    public void Abc_count_rule_on_ten_accounts_gives_2_A_3_B_5_C()
    {
        var b = new DataSetBuilder();
        for (var i = 1; i <= 10; i++) b.Account($"X{i:00}").Line($"X{i:00}", "2026-08-01", "P", 100 * i);
        var p = PortfolioCalculator.Compute(b.Build(), new KamConfig(), Q3);
        var classes = p.Ranked.Select(a => a.Kpis.AbcClass).ToArray();
        Assert.Equal(["A", "A", "B", "B", "B", "C", "C", "C", "C", "C"], classes);
        Assert.Equal("X10", p.Ranked[0].Account.AccountId);
    }

    [Fact]
    public void Lifecycle_new_active_prospect_and_lost()
    {
        var p = Computed();
        Assert.Equal("active", Kpis(p, "A1").Lifecycle);
        Assert.Equal("new", Kpis(p, "A2").Lifecycle);
        Assert.Equal("prospect", Kpis(p, "A3").Lifecycle);
        Assert.Equal("lost", Kpis(p, "A4").Lifecycle);
    }

    [Fact]
    public void Lifecycle_declining_below_minus_10_percent_ttm_growth_and_threshold_is_configurable()
    {
        var data = new DataSetBuilder().Account("D").Line("D", "2025-08-01", "P", 1000).Line("D", "2026-08-01", "P", 850).Build();
        Assert.Equal("declining", PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Kpis.Lifecycle);
        Assert.Equal("active", PortfolioCalculator.Compute(data, new KamConfig { DecliningGrowth = -0.2 }, Q3).Accounts[0].Kpis.Lifecycle);
    }

    [Fact]
    public void Behaviour_and_feedback_segments()
    {
        var p = Computed();
        Assert.Equal("occasional", Kpis(p, "A1").Behaviour); // 4 orders in TTM
        Assert.Equal("none", Kpis(p, "A3").Behaviour);
        Assert.Equal("satisfied", Kpis(p, "A1").Feedback);   // index 75 >= 75
        Assert.Equal("unknown", Kpis(p, "A2").Feedback);
    }

    [Fact]
    public void Portfolio_quadrant_splits_relationship_and_potential_at_3()
    {
        // A1: relationship 4 (high), growth potential 2 (low) -> maintain.
        Assert.Equal("maintain", Kpis(Computed(), "A1").PortfolioQuadrant);
        Assert.Null(Kpis(Computed(), "A3").PortfolioQuadrant);
    }

    [Fact]
    public void Key_accounts_are_flagged_or_abc_A_by_rule()
    {
        var p = Computed();
        Assert.True(p.Accounts.Single(a => a.Account.AccountId == "A1").IsKeyAccount);
        Assert.False(p.Accounts.Single(a => a.Account.AccountId == "A2").IsKeyAccount); // class B
        var withB = PortfolioCalculator.Compute(Scenario.Build(), new KamConfig { KeyAccountClasses = ["A", "B"] }, Q3);
        Assert.True(withB.Accounts.Single(a => a.Account.AccountId == "A2").IsKeyAccount);
        Assert.False(withB.Accounts.Single(a => a.Account.AccountId == "A3").IsKeyAccount); // explicit false wins
    }

    [Fact]
    public void Segment_summary_sums_revenue_and_takes_growth_of_the_sums()
    {
        var chem = Computed().Segments.Single(s => s.Dimension == "industry" && s.Segment == "Chem");
        Assert.Equal(2, chem.Accounts);
        Assert.Equal(3000m, chem.Revenue);
        Assert.Equal(5000m, chem.RevenueTtm);
        Assert.Equal(3000.0 / 2500 - 1, chem.GrowthYoy!.Value, 10);
        Assert.Equal(1.0, chem.RevenueShare!.Value, 10);
        Assert.Equal(25.0, chem.MeanNps!.Value, 10);
        var none = Computed().Segments.Single(s => s.Dimension == "industry" && s.Segment == "(none)");
        Assert.Equal(1, none.Accounts);
    }

    [Fact]
    public void Every_dimension_has_segments()
    {
        var dims = Computed().Segments.Select(s => s.Dimension).Distinct().ToArray();
        Assert.Equal(["region", "industry", "customer_type", "abc_class", "lifecycle", "behaviour", "feedback", "quadrant"], dims);
    }
}
