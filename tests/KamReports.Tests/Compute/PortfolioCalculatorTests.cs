using KamReports.Compute;
using KamReports.Config;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Compute;

public class PortfolioCalculatorTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    private static Portfolio Compute(KamConfig? config = null) => PortfolioCalculator.Compute(Scenario.Build(), config ?? new KamConfig(), Q3);

    private static AccountKpis Kpis(Portfolio p, string id) => p.Accounts.Single(a => a.Account.AccountId == id).Kpis;

    [Fact]
    public void Revenue_windows_sum_amounts_in_Q_Q1_Q4_TTM_and_TTM1()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(2000m, k.Revenue);
        Assert.Equal(1600m, k.RevenuePrevQuarter);
        Assert.Equal(2500m, k.RevenuePrevYear);
        Assert.Equal(4000m, k.RevenueTtm);
        Assert.Equal(4000m, k.RevenueTtmPrev);
    }

    [Fact]
    public void Growth_is_ratio_minus_one_2000_over_1600_and_2000_over_2500()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(0.25, k.GrowthQoq!.Value, 10);
        Assert.Equal(-0.2, k.GrowthYoy!.Value, 10);
        Assert.Equal(0.0, k.GrowthTtm!.Value, 10);
    }

    [Fact]
    public void Growth_with_zero_previous_revenue_is_missing_not_zero_or_infinite()
    {
        var k = Kpis(Compute(), "A2");
        Assert.Null(k.GrowthQoq);
        Assert.Null(k.GrowthYoy);
        Assert.Null(k.GrowthTtm);
    }

    [Fact]
    public void Returns_and_return_rate_100_over_gross_2100()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(2100m, k.GrossOrders);
        Assert.Equal(100m, k.Returns);
        Assert.Equal(100.0 / 2100, k.ReturnRate!.Value, 10);
    }

    [Fact]
    public void Orders_count_distinct_positive_order_ids_and_each_positive_row_without_id()
    {
        Assert.Equal(2, Kpis(Compute(), "A1").Orders);
    }

    [Fact]
    public void Attainment_is_revenue_over_target_2000_over_2500()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(2500m, k.Target);
        Assert.Equal(0.8, k.Attainment!.Value, 10);
    }

    [Fact]
    public void Offer_acceptance_is_won_over_won_plus_lost_in_Q_2_over_3()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(4, k.OffersMade);
        Assert.Equal(2, k.OffersWon);
        Assert.Equal(2.0 / 3, k.OfferAcceptance!.Value, 10);
    }

    [Fact]
    public void Cross_selling_counts_new_lines_and_their_ttm_revenue_500_over_4000()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(2, k.ProductLines);        // P1, P2
        Assert.Equal(1, k.NewProductLines);     // P2 was not bought in TTM-1
        Assert.Equal(500m, k.CrossSellRevenue); // -100 + 600
        Assert.Equal(0.125, k.CrossSellShare!.Value, 10);
        Assert.Equal(2, k.WhiteSpace);          // catalog P1..P4 minus P1, P2
    }

    [Fact]
    public void Share_of_wallet_4000_over_10000_and_wallet_growth_10000_over_8000()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(10000m, k.Wallet);
        Assert.Equal(0.4, k.ShareOfWallet!.Value, 10);
        Assert.Equal(0.25, k.WalletGrowth!.Value, 10);
    }

    [Fact]
    public void Nps_satisfaction_and_relationship_use_ttm_responses_only()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(25.0, k.Nps!.Value, 10);
        Assert.Equal(75.0, k.SatisfactionIndex!.Value, 10);
        Assert.Equal(4.0, k.RelationshipStrength!.Value, 10);
    }

    [Fact]
    public void Complaints_opened_in_Q_and_open_at_quarter_end()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(2, k.ComplaintsOpened);
        Assert.Equal(2, k.ComplaintsOpen);
    }

    [Fact]
    public void Contact_points_count_the_90_days_ending_with_Q_inclusive()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(2, k.ContactPoints);
        Assert.Equal(2, k.DecisionMakersCovered);
    }

    [Fact]
    public void Actions_due_overdue_and_completion_2_of_3()
    {
        var k = Kpis(Compute(), "A1");
        Assert.Equal(3, k.ActionsDue);
        Assert.Equal(2, k.ActionsOverdue);
        Assert.Equal(2.0 / 3, k.ActionCompletion!.Value, 10);
    }

    [Fact]
    public void Cost_to_serve_ratio_is_150_over_2000()
    {
        Assert.Equal(0.075, Kpis(Compute(), "A1").CostToServeRatio!.Value, 10);
        Assert.Null(Kpis(Compute(), "A2").CostToServeRatio); // no cost recorded on its lines
    }

    [Fact]
    public void Revenue_share_is_ttm_over_portfolio_ttm_4000_over_5000()
    {
        var p = Compute();
        Assert.Equal(0.8, Kpis(p, "A1").RevenueShare!.Value, 10);
        Assert.Equal(0.2, Kpis(p, "A2").RevenueShare!.Value, 10);
    }

    [Fact]
    public void Abc_count_rule_ranks_by_ttm_then_account_id()
    {
        var p = Compute();
        // n = 4: A up to ceil(0.8) = 1, B up to ceil(2) = 2, rest C; ties at 0 ordered A3, A4.
        Assert.Equal(["A", "B", "C", "C"], new[] { "A1", "A2", "A3", "A4" }.Select(id => Kpis(p, id).AbcClass));
        Assert.Equal(["A1", "A2", "A3", "A4"], p.Ranked.Select(a => a.Account.AccountId));
    }

    [Fact]
    public void Abc_revenue_rule_is_A_while_cumulative_share_at_most_80_percent_B_to_95()
    {
        var p = Compute(new KamConfig { AbcRule = AbcRule.Revenue });
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
        var p = Compute();
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
        var p = Compute();
        Assert.Equal("occasional", Kpis(p, "A1").Behaviour); // 4 orders in TTM
        Assert.Equal("none", Kpis(p, "A3").Behaviour);
        Assert.Equal("satisfied", Kpis(p, "A1").Feedback);   // index 75 >= 75
        Assert.Equal("unknown", Kpis(p, "A2").Feedback);
    }

    [Fact]
    public void Portfolio_quadrant_splits_relationship_and_potential_at_3()
    {
        // A1: relationship 4 (high), growth potential 2 (low) -> maintain.
        Assert.Equal("maintain", Kpis(Compute(), "A1").PortfolioQuadrant);
        Assert.Null(Kpis(Compute(), "A3").PortfolioQuadrant);
    }

    [Fact]
    public void Health_score_is_the_mean_of_available_components_43_75_amber()
    {
        // growth_yoy -20% -> 0; attainment 80% -> 25; satisfaction 75; NPS 25 -> 62.5;
        // 2 open complaints -> 33.33; completion 2/3 -> 66.67. Mean = 262.5 / 6 = 43.75.
        var k = Kpis(Compute(), "A1");
        Assert.Equal(43.75, k.HealthScore!.Value, 6);
        Assert.Equal(HealthLight.Amber, k.HealthLight);
    }

    [Fact]
    public void Health_weights_are_configurable_and_zero_weight_drops_a_component()
    {
        var config = new KamConfig { HealthWeights = new Dictionary<string, double> { ["growth_yoy"] = 0, ["attainment"] = 0, ["satisfaction_index"] = 2, ["nps"] = 0, ["complaints_open"] = 0 } };
        // (75 * 2 + 66.67 * 1) / 3 = 72.22 -> green.
        var k = Kpis(Compute(config), "A1");
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
        var k = Kpis(Compute(), "A3");
        Assert.Equal(1.0 / 6, k.HealthCoverage!.Value, 10);
        Assert.Null(k.HealthScore);
        Assert.Equal(HealthLight.Unknown, k.HealthLight);
        // A1 has all six components: coverage 100% and a score.
        Assert.Equal(1.0, Kpis(Compute(), "A1").HealthCoverage!.Value, 10);
    }

    [Fact]
    public void An_account_with_only_two_components_is_scored_when_the_minimum_allows_it()
    {
        // Only growth_yoy (-20% -> 0) and attainment (80% -> 25) weigh in: coverage 2/6 = 33.3%.
        var data = new DataSetBuilder().Account("B1", key: true)
            .Line("B1", "2026-08-01", "P", 800).Line("B1", "2025-08-01", "P", 1000)
            .Target("B1", "2026-Q3", 1000).Build();
        var strict = PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Kpis;
        Assert.Equal(1.0 / 3, strict.HealthCoverage!.Value, 10);
        Assert.Null(strict.HealthScore);
        var lenient = PortfolioCalculator.Compute(data, new KamConfig { HealthMinCoverage = 0.3 }, Q3).Accounts[0].Kpis;
        Assert.Equal((0 + 25) / 2.0, lenient.HealthScore!.Value, 6);
        Assert.Equal(HealthLight.Red, lenient.HealthLight);
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
        Assert.Equal(0m, k.Target);
        Assert.Null(k.Attainment);
        Assert.DoesNotContain(PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Risks, r => r.Kind == RiskKind.LowAttainment);
    }

    [Fact]
    public void Concentration_top_shares_and_herfindahl_6800()
    {
        var c = Compute().Concentration;
        Assert.Equal(0.8, c.Top1Share!.Value, 10);
        Assert.Equal(1.0, c.Top5Share!.Value, 10);
        Assert.Equal(6800, c.Herfindahl!.Value, 6);
    }

    [Fact]
    public void Loss_scenario_removes_top_key_accounts()
    {
        var loss = Compute().LossScenarios;
        Assert.Equal([1, 3, 5], loss.Select(l => l.N));
        Assert.Equal(["A1"], loss[0].AccountsLost);
        Assert.Equal(4000m, loss[0].RevenueTtmLost);
        Assert.Equal(1000m, loss[0].RevenueTtmRemaining);
        Assert.Equal(0.8, loss[0].Drop!.Value, 10);
    }

    [Fact]
    public void Segment_summary_sums_revenue_and_takes_growth_of_the_sums()
    {
        var chem = Compute().Segments.Single(s => s.Dimension == "industry" && s.Segment == "Chem");
        Assert.Equal(2, chem.Accounts);
        Assert.Equal(3000m, chem.Revenue);
        Assert.Equal(5000m, chem.RevenueTtm);
        Assert.Equal(3000.0 / 2500 - 1, chem.GrowthYoy!.Value, 10);
        Assert.Equal(1.0, chem.RevenueShare!.Value, 10);
        Assert.Equal(25.0, chem.MeanNps!.Value, 10);
        var none = Compute().Segments.Single(s => s.Dimension == "industry" && s.Segment == "(none)");
        Assert.Equal(1, none.Accounts);
    }

    [Fact]
    public void Every_dimension_has_segments()
    {
        var dims = Compute().Segments.Select(s => s.Dimension).Distinct().ToArray();
        Assert.Equal(["region", "industry", "customer_type", "abc_class", "lifecycle", "behaviour", "feedback", "quadrant"], dims);
    }

    [Fact]
    public void Key_accounts_are_flagged_or_abc_A_by_rule()
    {
        var p = Compute();
        Assert.True(p.Accounts.Single(a => a.Account.AccountId == "A1").IsKeyAccount);
        Assert.False(p.Accounts.Single(a => a.Account.AccountId == "A2").IsKeyAccount); // class B
        var withB = PortfolioCalculator.Compute(Scenario.Build(), new KamConfig { KeyAccountClasses = ["A", "B"] }, Q3);
        Assert.True(withB.Accounts.Single(a => a.Account.AccountId == "A2").IsKeyAccount);
        Assert.False(withB.Accounts.Single(a => a.Account.AccountId == "A3").IsKeyAccount); // explicit false wins
    }

    [Fact]
    public void Kam_health_check_shares_over_key_accounts()
    {
        var c = Compute().All.HealthCheck;
        Assert.Equal(1, c.KeyAccounts);
        Assert.Equal(1.0, c.WithActionPlan);
        Assert.Equal(1.0, c.WithDecisionMaker);
        Assert.Equal(1.0, c.WithRecentContact);
        Assert.Equal(1.0, c.WithSurveyResponse);
        Assert.Equal(1.0, c.WithTarget);
    }

    [Fact]
    public void Absent_optional_files_give_missing_kpis_never_zero()
    {
        var data = new DataSetBuilder().Account("A", key: true).Line("A", "2026-08-01", "P", 100).Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var k = p.Accounts[0].Kpis;
        Assert.Null(k.Target);
        Assert.Null(k.Attainment);
        Assert.Null(k.OffersMade);
        Assert.Null(k.OfferAcceptance);
        Assert.Null(k.Wallet);
        Assert.Null(k.ShareOfWallet);
        Assert.Null(k.ComplaintsOpen);
        Assert.Null(k.ContactPoints);
        Assert.Null(k.ActionsDue);
        Assert.Null(k.ActionCompletion);
        Assert.Null(k.Nps);
        Assert.Null(p.All.HealthCheck.WithActionPlan);
        Assert.Equal(0.0, p.All.HealthCheck.WithSurveyResponse);
    }

    [Fact]
    public void Present_but_empty_optional_files_give_zero_counts_and_missing_ratios()
    {
        var data = new DataSetBuilder().Account("A").Line("A", "2026-08-01", "P", 100).EmptyOptionalFiles().Build();
        var k = PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0].Kpis;
        Assert.Equal(0, k.OffersMade);
        Assert.Null(k.OfferAcceptance);
        Assert.Equal(0, k.ComplaintsOpen);
        Assert.Equal(0, k.ActionsDue);
        Assert.Null(k.ActionCompletion);
        Assert.Null(k.Target);
    }

    [Fact]
    public void Quarter_series_has_8_quarters_oldest_first_with_targets()
    {
        var a1 = Compute().Accounts.Single(a => a.Account.AccountId == "A1");
        Assert.Equal(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"], a1.Quarters.Select(q => q.Label));
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
        b.Line("T", "2025-12-01", "P", 100).Line("T", "2026-02-01", "P", 200).Line("T", "2026-05-01", "P", 300).Line("T", "2026-08-01", "P", 400);
        var a = PortfolioCalculator.Compute(b.Build(), new KamConfig(), Q3).Accounts[0];
        Assert.Equal(500m, a.ProjectedNextQuarter);
    }

    [Fact]
    public void White_space_lists_peer_revenue_from_the_same_industry()
    {
        var a1 = Compute().Accounts.Single(a => a.Account.AccountId == "A1");
        var p4 = a1.ProductLines.Single(l => l.Name == "P4");
        Assert.Equal(ProductLineStatus.NotBought, p4.Status);
        Assert.Equal(1000m, p4.PeerRevenue); // A2 (Chem) buys P4 for 1000
        Assert.Equal(1, p4.PeersBuying);
        Assert.Equal(ProductLineStatus.New, a1.ProductLines.Single(l => l.Name == "P2").Status);
    }
}
