using KamReports.Compute;
using KamReports.Config;
using KamReports.Data;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md "Service models and the key account programme", hand-computed; and the service_models config's checks.</summary>
public class ServiceModelTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    // Five accounts by TTM revenue: A1 (class A), B1, B2 (B), C1, C2 (C) under the default count rule (20% / 50%).
    private static DataSetBuilder Data() => new DataSetBuilder()
        .Account("A1", key: true).Line("A1", "2026-08-01", "P", 10_000, cost: 200)
        .Account("B1", key: true).Line("B1", "2026-08-01", "P", 4_000)
        .Account("B2").Line("B2", "2026-08-01", "P", 3_000)
        .Account("C1").Line("C1", "2026-08-01", "P", 1_000, cost: 100)
        .Account("C2").Line("C2", "2026-08-01", "P", 500, cost: 10)
        .Survey("A1", "2026-08-01", nps: 9)
        .Contact("A1", "Dora", ContactRole.DecisionMaker, "2026-09-20")
        .Contact("B1", "Ben", ContactRole.Influencer, "2026-05-01")
        .Tactic("A1", Tactic.Customisation, TacticStatus.InPlace, "2025-03-01", "Private-label housings")
        .Tactic("A1", Tactic.Pricing, TacticStatus.Planned)
        .Tactic("A1", Tactic.Ordering, TacticStatus.NotApplicable);

    [Fact]
    public void Each_account_is_checked_against_its_classes_model_with_the_figure_that_decides()
    {
        var p = PortfolioCalculator.Compute(Data().Build(), new KamConfig(), Q3);
        var a1 = p.Accounts.Single(a => a.Account.AccountId == "A1");
        Assert.Equal("A", a1.Kpis.AbcClass);
        // A: dedicated manager (KAM A1 holds 1 key account, at most 8) met; contact 20 Sep = 10 days (<= 30) met; survey 1 Aug =
        // 60 days (<= 180) met; customisation in place met; single point of contact derived: a manager but no team, missing: not met.
        Assert.Equal(["dedicated_manager met", "contact_within_days met", "survey_within_days met", "tactic met", "tactic not_met"],
            a1.Service.Select(r => r.Key + " " + r.Status));
        Assert.Equal(10, a1.Service[1].Actual);
        Assert.Equal(60, a1.Service[2].Actual);
        Assert.Equal((5, 4, 0.8), (a1.Kpis.ServiceRequirements, a1.Kpis.ServiceMet, a1.Kpis.ServiceModelMet));
        // Programme: customisation in place; pricing planned; ordering not applicable; single point of contact derived missing.
        Assert.Equal((1, 6), (a1.Kpis.TacticsInPlace, a1.Kpis.TacticsApplicable));
        Assert.Equal(1.0 / 6, a1.Kpis.ProgrammeCoverage!.Value, 12);
        Assert.True(a1.Programme.Single(t => t.Tactic == Tactic.SinglePointOfContact).Derived);
        // 10,000 of 18,500 TTM (54%) with 1 of 6 barriers: easy to leave, the last risk.
        var easy = a1.Risks[^1];
        Assert.Equal((RiskKind.EasyToLeave, 1.0, 6.0), (easy.Kind, easy.Value!.Value, easy.Of!.Value));

        // B1: contact 1 May = 152 days (> 90) not met; pricing: no programme row, file present: missing, not met.
        var b1 = p.Accounts.Single(a => a.Account.AccountId == "B1");
        Assert.Equal(["contact_within_days not_met", "tactic not_met"], b1.Service.Select(r => r.Key + " " + r.Status));
        Assert.Equal(152, b1.Service[0].Actual);
        // C1: no contact at all (not met); cost to serve 100 / 1,000 = 10% above 5%: not met, over-served. C2: 2% met.
        var c1 = p.Accounts.Single(a => a.Account.AccountId == "C1");
        Assert.Equal(["contact_within_days not_met", "max_cost_to_serve_ratio not_met"], c1.Service.Select(r => r.Key + " " + r.Status));
        Assert.Equal(0.1, c1.Service[1].Actual!.Value, 12);
        Assert.Equal("met", p.Accounts.Single(a => a.Account.AccountId == "C2").Service[1].Status);
    }

    [Fact]
    public void Without_contacts_or_programme_their_requirements_have_no_data_and_coverage_is_missing()
    {
        var data = new DataSetBuilder().Account("A1", key: true).Line("A1", "2026-08-01", "P", 10_000).Survey("A1", "2026-09-01", nps: 9)
            .Team("A1", "Eva", "service").Build();
        var a1 = PortfolioCalculator.Compute(data, new KamConfig(), Q3).Accounts[0];
        Assert.Equal(["dedicated_manager met", "contact_within_days no_data", "survey_within_days met", "tactic no_data", "tactic met"],
            a1.Service.Select(r => r.Key + " " + r.Status)); // single point of contact derived: a manager and a team
        Assert.Equal((3, 3, 1.0), (a1.Kpis.ServiceRequirements, a1.Kpis.ServiceMet, a1.Kpis.ServiceModelMet));
        Assert.Null(a1.Kpis.ProgrammeCoverage);
        Assert.DoesNotContain(a1.Risks, r => r.Kind == RiskKind.EasyToLeave);
    }

    [Fact]
    public void A_manager_with_more_key_accounts_than_the_limit_is_not_dedicated()
    {
        var data = Data().Build();
        var p = PortfolioCalculator.Compute(data with
        {
            Accounts = data.Accounts.Select(a => a with { KeyAccountManager = "Kim", IsKeyAccount = true }).ToArray(),
        }, new KamConfig { MaxAccountsPerManager = 4 }, Q3);
        var r = p.Accounts.Single(a => a.Account.AccountId == "A1").Service[0];
        Assert.Equal(("dedicated_manager", "not_met", 5.0, 4.0), (r.Key, r.Status, r.Actual!.Value, r.Limit!.Value));
    }

    [Theory]
    [InlineData("""{ "service_models": { "colour": { "A": {} } } }""", "service_models.colour")]
    [InlineData("""{ "service_models": { "abc_class": { "D": {} } } }""", "service_models.abc_class.D")]
    [InlineData("""{ "service_models": { "abc_class": { "A": { "visits": 4 } } } }""", "service_models.abc_class.A.visits")]
    [InlineData("""{ "service_models": { "abc_class": { "A": { "tactics": ["bribes"] } } } }""", "\"bribes\" is not a tactic")]
    public void A_wrong_service_model_is_an_error_naming_its_key(string json, string expected)
    {
        var e = Assert.Throws<KamException>(() => ConfigLoader.Parse(json, "kam.json"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_configured_model_replaces_the_default_and_any_region_may_have_one()
    {
        var c = ConfigLoader.Parse("""{ "service_models": { "region": { "North": { "contact_within_days": 14, "tactics": ["ordering"] } } } }""",
            "kam.json");
        var m = c.ServiceModels["region"]["North"];
        Assert.Equal((14, Tactic.Ordering), (m.ContactWithinDays, m.Tactics.Single()));
        Assert.False(c.ServiceModels.ContainsKey("abc_class"));
    }

    [Fact]
    public void Each_class_of_a_scope_counts_its_fully_over_and_under_served_accounts()
    {
        var p = PortfolioCalculator.Compute(Data().Build(), new KamConfig(), Q3);
        var classes = ClassService.Of(p.All, p.Config).ToDictionary(c => c.Class);
        // A: A1 at 4 of 5 (not fully served, under-served), the derived single point of contact missed; cost 200 / 10,000 = 2%.
        Assert.Equal((1, 0, "tactic.single_point_of_contact", 1, 0, 1), (classes["A"].Accounts, classes["A"].FullyServed,
            classes["A"].MostMissed, classes["A"].MostMissedCount, classes["A"].OverServed, classes["A"].UnderServed));
        Assert.Equal(0.02, classes["A"].MeanCostRatio!.Value, 12);
        // B: B1 and B2 both miss contact and pricing (a tie, named by key); B has no cost limit.
        Assert.Equal((2, 0, "contact_within_days", 2, null), (classes["B"].Accounts, classes["B"].FullyServed, classes["B"].MostMissed,
            classes["B"].MostMissedCount, classes["B"].Limit));
        // C: C1 at 10% is over the 5% limit, C2 at 2% is not; mean (10% + 2%) / 2.
        Assert.Equal((2, 1, 0.05), (classes["C"].Accounts, classes["C"].OverServed, classes["C"].Limit!.Value));
        Assert.Equal(0.06, classes["C"].MeanCostRatio!.Value, 12);
    }
}
