using KamReports.Compute;
using KamReports.Config;
using KamReports.Records;
using KamReports.TestSupport;
using static KamReports.TestSupport.DataSetBuilder;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md pipeline_value ... indirect_share and "Objectives", hand-computed.</summary>
public class PlanKpiTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    // P1: revenue lines P1 (bought in TTM), catalog P1, P2, P3 (P2, P3 bought by others) -> white space P2, P3 for A1.
    private static DataSet Base() => new DataSetBuilder()
        .Account("A1", key: true).Account("A2")
        .Line("A1", "2026-08-01", "P1", 600).Line("A1", "2026-02-01", "P1", 400)
        .Line("A2", "2026-08-01", "P2", 100).Line("A2", "2026-08-01", "P3", 100)
        .Wallet("A1", 2026, 4000)
        .Build();

    private static Offer O(string id, string date, string line, decimal value, OfferStatus status, double? p = null,
        OfferSource? source = null) =>
        new(id, "A1", D(date), line, value, status) { Probability = p, Source = source };

    private static AccountResult A1(DataSet data, KamConfig? config = null) =>
        PortfolioCalculator.Compute(data, config ?? new KamConfig(), Q3).Accounts.Single(a => a.Account.AccountId == "A1");

    [Fact]
    public void Pipeline_weighted_pipeline_headroom_coverage_white_space_and_proactive_share()
    {
        var data = Base() with
        {
            Offers =
            [
                O("F1", "2026-07-10", "P2", 1000, OfferStatus.Open, 0.5, OfferSource.Proactive),
                O("F2", "2026-05-01", "P1", 500, OfferStatus.Open, null, OfferSource.Rfp), // open since Q2: still pipeline
                O("F3", "2026-10-05", "P3", 9000, OfferStatus.Open, 0.9),                  // after Q end: not yet
                O("F4", "2026-08-01", "P3", 700, OfferStatus.Won, null, OfferSource.Proactive),
                O("F5", "2026-09-01", "P1", 300, OfferStatus.Lost),
            ],
        };
        var k = A1(data).Kpis;
        Assert.Equal(1500m, k.PipelineValue);          // F1 + F2
        Assert.Equal(500m, k.WeightedPipeline);        // only F1 has a probability: 1000 x 0.5
        Assert.Equal(3000m, k.WalletHeadroom);         // 4000 - TTM 1000
        Assert.Equal(0.5, k.PipelineCoverage!.Value, 10); // 1500 / 3000
        Assert.Equal(0.5, k.WhiteSpaceCovered!.Value, 10); // P2 of {P2, P3} (F3 is after Q)
        // Offers made in Q: F1, F4, F5; with a source: F1, F4 -> both proactive = 100%.
        Assert.Equal(1.0, k.ProactiveShare!.Value, 10);
        Assert.Equal(["F1", "F2"], A1(data).OpenOffers.Select(o => o.OfferId).Order());
    }

    [Fact]
    public void Without_files_the_plan_kpis_are_missing_and_with_empty_files_they_are_zero()
    {
        var none = A1(Base()).Kpis;
        Assert.Null(none.PipelineValue);
        Assert.Null(none.Objectives);
        Assert.Null(none.IndirectShare);
        Assert.Null(none.ValueQuantified);
        var empty = A1(Base() with { Offers = [], Objectives = [], Partners = [], ValuePropositions = [] }).Kpis;
        Assert.Equal(0m, empty.PipelineValue);
        Assert.Null(empty.WeightedPipeline);   // no offer has a probability
        Assert.Equal(0, empty.Objectives);
        Assert.Null(empty.ObjectivesOnTrack);  // 0 of 0
        Assert.Equal(0.0, empty.IndirectShare); // no partner row
        Assert.Null(empty.ValueQuantified);     // no element has a value
    }

    [Fact]
    public void Value_quantified_multiple_advantage_and_indirect_share()
    {
        var data = Base() with
        {
            ValuePropositions =
            [
                new("A1", "Uptime", null, 3000, null, 5, 4, "Rival", 2),   // +2 weighted 5
                new("A1", "Service", null, 1000, null, null, 3, "Rival", 4), // -1 weighted 3 (no importance)
                new("A1", "Brand", null, null, null, 1, 5, null, null),    // no competitor rating: not in the advantage
            ],
            Partners = [new("A1", "DistCo", PartnerRole.Distributor, 0.7), new("A1", "Integr", PartnerRole.Integrator, 0.5)],
        };
        var k = A1(data).Kpis;
        Assert.Equal(4000m, k.ValueQuantified);
        Assert.Equal(4.0, k.ValueMultiple!.Value, 10);               // 4000 / TTM 1000
        Assert.Equal((5 * 2 + 3 * -1) / 8.0, k.ValueAdvantage!.Value, 10); // 0.875
        Assert.Equal(1.0, k.IndirectShare!.Value, 10);               // 0.7 + 0.5 capped at 1
    }

    [Fact]
    public void Objective_progress_expected_progress_and_derived_status()
    {
        // share_of_wallet = 1000 / 4000 = 25%. End of Q3 = 2026-09-30.
        Objective Obj(string id, string? kpi, decimal? b, decimal? t, string? start, string? due, ObjectiveStatus? s = null) =>
            new("A1", id, "Objective " + id, kpi, b, t, start is null ? null : D(start), due is null ? null : D(due), "Kim", s);
        var data = Base() with
        {
            Objectives =
            [
                // 15% -> 35%: progress (25 - 15) / 20 = 0.5; 2026-01-01..2027-01-01, elapsed 272 of 365 days = 0.745 -> at_risk (>= 0.495).
                Obj("O1", "share_of_wallet", 0.15m, 0.35m, "2026-01-01", "2027-01-01"),
                // same measure, started 2026-07-01: elapsed 91 of 184 days = 0.495 -> progress 0.5 >= expected: on_track.
                Obj("O2", "share_of_wallet", 0.15m, 0.35m, "2026-07-01", "2027-01-01"),
                // 5% -> 20% reached (clamped to 1): achieved.
                Obj("O3", "share_of_wallet", 0.05m, 0.20m, null, null),
                // progress 0.1, expected 1 (due passed): off_track.
                Obj("O4", "share_of_wallet", 0.24m, 0.34m, "2026-01-01", "2026-06-30"),
                // baseline = target: no progress, no status.
                Obj("O5", "share_of_wallet", 0.25m, 0.25m, "2026-01-01", "2026-12-31"),
                // the KPI is missing for the account (no survey): no progress, no status.
                Obj("O6", "nps", 0, 30, "2026-01-01", "2026-12-31"),
                // dropped: not counted.
                Obj("O7", null, null, null, null, null, ObjectiveStatus.Dropped),
            ],
            Actions = [new ActionItem("A1", "O2", "Workshop", "Kim", D("2026-11-01"), ActionStatus.Planned, null),
                new ActionItem("A1", "objective o3", "Call", "Kim", D("2026-10-01"), ActionStatus.Planned, null),
                new ActionItem("A1", "Something else", "Lunch", "Kim", D("2026-10-02"), ActionStatus.Planned, null)],
        };
        var a = A1(data);
        var o = a.Objectives.ToDictionary(x => x.Objective.ObjectiveId);
        Assert.Equal(0.5, o["O1"].Progress!.Value, 10);
        Assert.Equal(272.0 / 365, o["O1"].Expected!.Value, 10);
        Assert.Equal(ObjectiveStatus.AtRisk, o["O1"].Status);
        Assert.True(o["O1"].StatusDerived);
        Assert.Equal(ObjectiveStatus.OnTrack, o["O2"].Status);
        Assert.Equal(ObjectiveStatus.Achieved, o["O3"].Status);
        Assert.Equal(1.0, o["O3"].Progress);
        Assert.Equal(ObjectiveStatus.OffTrack, o["O4"].Status);
        Assert.Null(o["O5"].Progress);
        Assert.Null(o["O5"].Status);
        Assert.Null(o["O6"].Progress);
        Assert.Equal(ObjectiveStatus.Dropped, o["O7"].Status);
        // objectives = 6 not dropped; on track or achieved: O2, O3 -> 2 / 6.
        Assert.Equal(6, a.Kpis.Objectives);
        Assert.Equal(2.0 / 6, a.Kpis.ObjectivesOnTrack!.Value, 10);
        // Actions link by id ("O2") or by text ("objective o3", case-insensitive); the rest stay ungrouped.
        Assert.Equal(["Workshop"], o["O2"].Actions.Select(x => x.Item.Action));
        Assert.Equal(["Call"], o["O3"].Actions.Select(x => x.Item.Action));
        Assert.Equal(["Lunch"], a.UngroupedActions.Select(x => x.Item.Action));
        Assert.Equal(1, a.Risks.Single(r => r.Kind == RiskKind.ObjectiveOffTrack).Value);
    }
}
