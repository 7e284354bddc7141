using KamReports.Compute;
using KamReports.Config;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md "Risks and exceptions" and "Scopes", with hand-computed expectations.</summary>
public class RisksAndScopesTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    [Fact]
    public void Risks_come_in_the_order_of_kpis_md_each_with_its_figure()
    {
        var data = new DataSetBuilder()
            .Account("R1", key: true).Account("OK", key: true)
            // R1: TTM 800 vs TTM-1 2000 -> -60% (declining); Q 200 vs target 400 -> 50% attainment.
            .Line("R1", "2026-08-01", "P", 200).Line("R1", "2026-02-01", "P", 600).Line("R1", "2025-08-01", "P", 2000)
            .Line("OK", "2026-08-01", "P", 1000).Line("OK", "2025-08-01", "P", 1000)
            .Target("R1", "2026-Q3", 400)
            .Survey("OK", "2026-08-01", nps: 9)
            .Complaint("C1", "R1", "2026-07-01", severity: Severity.High)
            .Complaint("C2", "R1", "2026-07-01", "2026-07-05", severity: Severity.High) // closed in Q: not open at its end
            .Contact("R1", "Dora", ContactRole.DecisionMaker, "2026-01-01", Stance.Detractor)
            .Contact("OK", "Olli", ContactRole.DecisionMaker, "2026-09-01", Stance.Champion)
            .Action("R1", "late", "2026-08-01", ActionStatus.Done, "2026-08-20")
            .Action("R1", "open", "2026-09-01", ActionStatus.InProgress)
            .Wallet("R1", 2026, 1000).Competitor("R1", "Rival", 0.5)
            .Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var r1 = p.Accounts.Single(a => a.Account.AccountId == "R1");
        // Health: growth_yoy -90% -> 0, attainment 50% -> 0, 1 complaint open -> 66.7, completion 1 of 2 -> 50; 4 of 6 weights
        // (67% coverage) -> (0 + 0 + 66.7 + 50) / 6 = 19.4 (the two without data count 0), red. Share of wallet 800 / 1000 = 80%; + 50% competitors = 130% > 105%.
        Assert.Equal((0 + 0 + 200.0 / 3 + 50) / 6, p.Accounts.Single(a => a.Account.AccountId == "R1").Kpis.HealthScore!.Value, 6);
        Assert.Equal(
            [RiskKind.RedHealth, RiskKind.DecliningRevenue, RiskKind.LowAttainment, RiskKind.OverdueActions,
                RiskKind.HighSeverityComplaints,
             RiskKind.NoSurvey, RiskKind.NoRecentContact, RiskKind.DetractorDecisionMaker, RiskKind.SharesAbove100],
            r1.Risks.Select(r => r.Kind));
        Assert.Equal(-0.6, r1.Risks[1].Value!.Value, 10);
        Assert.Equal(0.5, r1.Risks[2].Value!.Value, 10);
        Assert.Equal(2, r1.Risks[3].Value); // the one done late counts as overdue too
        Assert.Equal(1, r1.Risks[4].Value);
        Assert.Equal(1.3, r1.Risks[^1].Value!.Value, 10);
        // OK has no target while the targets file has rows: that is its only risk.
        Assert.Equal([RiskKind.NoTarget], p.Accounts.Single(a => a.Account.AccountId == "OK").Risks.Select(r => r.Kind));
    }

    [Fact]
    public void A_declining_lifecycle_with_growing_revenue_is_named_a_data_problem_after_no_orders()
    {
        // A declining threshold set above 0 (+5%): G grew 2% over 12 months (1020 vs 1000) yet is classed declining.
        var data = new DataSetBuilder()
            .Account("G", key: true).Line("G", "2026-08-01", "P", 1020).Line("G", "2025-08-01", "P", 1000)
            .Account("F", key: true).Line("F", "2026-08-01", "P", 900).Line("F", "2025-08-01", "P", 1000)
            .Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig { DecliningGrowth = 0.05 }, Q3);
        var g = p.Accounts.Single(a => a.Account.AccountId == "G");
        Assert.Equal("declining", g.Kpis.Lifecycle);
        Assert.Equal(RiskKind.LifecycleContradicts, g.Risks[0].Kind);
        Assert.Equal(0.02, g.Risks[0].Value!.Value, 10);
        // F fell 10%: declining and rightly so; no contradiction.
        Assert.DoesNotContain(p.Accounts.Single(a => a.Account.AccountId == "F").Risks, r => r.Kind == RiskKind.LifecycleContradicts);
        // The declining segment (1020 + 900 vs 2000: -4%) carries its own TTM growth beside the quarter's.
        var segment = p.Segments.Single(s => s.Dimension == "lifecycle" && s.Segment == "declining");
        Assert.Equal(1920.0 / 2000 - 1, segment.GrowthTtm!.Value, 10);
        Assert.DoesNotContain(KamReports.Pipeline.GenerateRunner.DataWarnings(p), w => w.File == "segments.csv");
        // With the threshold at +10%, both (+5%, +2%) are declining and together they grew 3.5%: the segment is named in validation.csv.
        var q = PortfolioCalculator.Compute(new DataSetBuilder()
            .Account("G", key: true).Line("G", "2026-08-01", "P", 1050).Line("G", "2025-08-01", "P", 1000)
            .Account("F", key: true).Line("F", "2026-08-01", "P", 1020).Line("F", "2025-08-01", "P", 1000).Build(),
            new KamConfig { DecliningGrowth = 0.10 }, Q3);
        var warning = Assert.Single(KamReports.Pipeline.GenerateRunner.DataWarnings(q), w => w.File == "segments.csv");
        Assert.Equal("declining", warning.Value);
        Assert.Contains("the 2 accounts classed declining grew 3.5% over the last 12 months", warning.Reason);
    }

    [Fact]
    public void Exceptions_are_key_accounts_with_a_risk_by_revenue_at_stake()
    {
        var b = new DataSetBuilder();
        // Five key accounts; revenue TTM 500, 400, 300, 200, 100; K2 and K4 have no risk (a target met), the others have no target.
        foreach (var (id, rev, target) in new[] { ("K1", 500m, (decimal?)null), ("K2", 400m, 400m), ("K3", 300m, null),
            ("K4", 200m, 200m), ("K5", 100m, null) })
        {
            b.Account(id, key: true).Line(id, "2026-08-01", "P", rev).Line(id, "2025-08-01", "P", rev);
            if (target is { } t) b.Target(id, "2026-Q3", t);
        }
        b.Account("NK", key: false).Line("NK", "2026-08-01", "P", 900);
        // Health from growth and attainment alone (the others weigh 0), so K2 and K4 score (50 + 75) / 2 = 62.5, amber.
        var weights = new Dictionary<string, double>
        {
            ["growth_yoy"] = 1, ["attainment"] = 1, ["satisfaction_index"] = 0, ["nps"] = 0, ["complaints_open"] = 0, ["action_completion"] = 0,
        };
        var p = PortfolioCalculator.Compute(b.Build(), new KamConfig { HealthMinCoverage = 0, HealthWeights = weights }, Q3);
        var scope = p.Scope(ScopeKind.KeyAccounts);
        Assert.Equal(["K1", "K3", "K5"], scope.Exceptions.Select(e => e.Account.Account.AccountId));
        Assert.DoesNotContain(p.All.Exceptions, e => e.Account.Account.AccountId == "NK"); // not a key account
    }

    [Fact]
    public void A_sponsor_scope_of_three_accounts_pools_nps_and_takes_attainment_over_accounts_with_a_target()
    {
        var data = new DataSetBuilder()
            .Account("S1", sponsor: "Claire").Account("S2", sponsor: "Claire").Account("S3", sponsor: "Claire")
                .Account("X", sponsor: "Other")
            .Line("S1", "2026-08-01", "P", 600).Line("S2", "2026-08-01", "P", 300).Line("S3", "2026-08-01", "P", 100)
                .Line("X", "2026-08-01", "P", 5000)
            .Target("S1", "2026-Q3", 500).Target("S2", "2026-Q3", 500)
            // S1: one answer, a promoter (account NPS 100). S2: three answers, 1 promoter, 2 detractors (account NPS -33.3).
            .Survey("S1", "2026-08-01", nps: 10)
            .Survey("S2", "2026-08-01", nps: 9).Survey("S2", "2026-07-01", nps: 3).Survey("S2", "2026-06-01", nps: 5)
            .Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var s = p.Scope(ScopeKind.Sponsor, "Claire");
        var t = s.Totals;
        Assert.Equal(3, t.Accounts);
        Assert.Equal(1000m, t.Revenue);
        // Attainment over S1 and S2 only (S3 has no target): (600 + 300) / (500 + 500) = 90%.
        Assert.Equal(1000m, t.Target);
        Assert.Equal(900m, t.RevenueWithTarget);
        Assert.Equal(0.9, t.Attainment!.Value, 10);
        Assert.Equal(2, t.WithTarget);
        // Pooled NPS: 4 answers, 2 promoters, 2 detractors -> 0 (a mean of account NPS would say 33.3).
        Assert.Equal(0, t.Nps!.Value, 10);
        Assert.Equal(4, t.NpsResponses);
        // The chart's last quarter is the same population: 900 vs 1000.
        Assert.Equal(900m, s.Quarters[^1].RevenueWithTarget);
        Assert.Equal(1000m, s.Quarters[^1].Target);
        Assert.Equal(t.Attainment, s.Quarters[^1].Attainment);
        // ABC shares are of Claire's 1,000: 60%, 30%, 10%, cumulative to 100%.
        Assert.Equal([0.6, 0.3, 0.1], s.Abc.Select(e => Math.Round(e.Share!.Value, 10)));
        Assert.Equal(1.0, s.Abc[^1].Cumulative!.Value, 10);
    }

    [Fact]
    public void Changes_are_taken_between_the_values_as_displayed()
    {
        // NPS -12.4 now (shown "-12") vs 0.0 (shown "0"): the change shown is 12 points, not 12.4.
        var (change, kind) = KpiCatalog.Change(KpiCatalog.Get("nps"), -12.4, 0.0);
        Assert.Equal(-12, change);
        Assert.Equal("pts", kind);
        // Attainment 87.46% (shown 87.5%) vs 80.04% (shown 80.0%): 7.5 points.
        Assert.Equal(7.5, KpiCatalog.Change(KpiCatalog.Get("attainment"), 0.8746, 0.8004).Change!.Value, 9);
    }

    [Fact]
    public void No_orders_this_quarter_is_the_first_risk_a_red_light_the_first_exception_and_the_first_message()
    {
        // Issue 23: a key account with €0 this quarter stayed amber and led with a message about pipeline coverage.
        var data = new DataSetBuilder()
            .Account("Z", key: true).Line("Z", "2026-05-01", "P", 400).Line("Z", "2025-08-01", "P", 380).Line("Z", "2025-11-01", "P", 390)
            .Survey("Z", "2026-07-01", nps: 10, csat: 5)
            .Account("BIG", key: true).Line("BIG", "2026-08-01", "P", 9000).Line("BIG", "2025-08-01", "P", 12000)
            .Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var z = p.Accounts.Single(a => a.Account.AccountId == "Z");
        Assert.Equal(RiskKind.NoOrders, z.Risks[0].Kind);
        Assert.Equal(HealthLight.Red, z.Kpis.HealthLight);
        // Severity 3, so an exception whatever its size; the triage ranks by severity x money at stake (BIG, red too, has more).
        Assert.Equal(3, p.Scope(ScopeKind.KeyAccounts).Exceptions.Single(e => e.Account.Account.AccountId == "Z").Severity);
        var f = new KamReports.Formatting.ValueFormatter(System.Globalization.CultureInfo.GetCultureInfo("en"), "EUR",
            KamReports.Formatting.StringTable.Load(Repo.Templates, System.Globalization.CultureInfo.GetCultureInfo("en")));
        var messages = new KamReports.Documents.AccountPlan.AccountPlanComposer(new KamReports.Documents.ComposeContext(p, null, f, RenderKit.Today))
            .Messages(z, null);
        Assert.Equal("no_orders", messages[0].Key);
        Assert.Equal("No orders this quarter: revenue €0, against €400 the quarter before and €380 a year before.", messages[0].Text);
    }
}
