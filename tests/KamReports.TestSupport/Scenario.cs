using KamReports.Compute;
using KamReports.Config;
using KamReports.Records;

namespace KamReports.TestSupport;

/// <summary>
/// The hand-computed portfolio used by most KPI tests (period 2026-Q3, calendar fiscal year).
/// Every expected number in the tests is derived in the comments here.
/// </summary>
public static class Scenario
{
    /// <summary>The scenario's period, in a calendar fiscal year.</summary>
    public static FiscalQuarter Q3 { get; } = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    /// <summary>The scenario computed for <see cref="Q3"/> (with the default config unless one is given).</summary>
    public static Portfolio Computed(KamConfig? config = null) => PortfolioCalculator.Compute(Build(), config ?? new KamConfig(), Q3);

    /// <summary>One account's KPIs.</summary>
    public static AccountKpis Kpis(Portfolio p, string id) => p.Accounts.Single(a => a.Account.AccountId == id).Kpis;

    public static DataSet Build() => new DataSetBuilder()
        .Account("A1", key: true, industry: "Chem", potential: 2, sponsor: "Claire", region: "North")
        .Account("A2", industry: "Chem", region: "North")
        .Account("A3", key: false, region: "South")
        .Account("A4", industry: "Food", region: "South")
        // A1 in Q (2026-Q3): 1000 + 500 (same order O1) - 100 (return) + 600 (no order id) = 2000;
        // gross 2100, returns 100, orders 2; cost 100 + 50 = 150.
        .Line("A1", "2026-07-10", "P1", 1000, "O1", 100)
        .Line("A1", "2026-08-05", "P1", 500, "O1", 50)
        .Line("A1", "2026-08-20", "P2", -100)
        .Line("A1", "2026-09-30", "P2", 600)
        // Q-1 = 1600; Q-4 = 2500; TTM = 2000 + 1600 + 400 = 4000; TTM-1 = 2500 + 1500 = 4000.
        .Line("A1", "2026-04-15", "P1", 1600, "O2")
        .Line("A1", "2025-12-01", "P1", 400, "O3")
        .Line("A1", "2025-08-01", "P1", 2500, "O4")
        .Line("A1", "2025-02-01", "P3", 1500, "O5")
        // A2: first revenue inside TTM (new), one line P4.
        .Line("A2", "2026-09-01", "P4", 1000, "O6")
        // A4: revenue only before TTM-1 (lost). A3 has none (prospect).
        .Line("A4", "2024-05-01", "P1", 300, "O7")
        // A1 surveys in TTM: NPS 10, 9, 8, 6 -> (2 - 1) / 4 = 25; CSAT 5, 4, 3 -> 4 -> 75; relationship 4, 3, 5 -> 4.
        .Survey("A1", "2026-08-01", nps: 10, csat: 5, rel: 4, comment: "Great")
        .Survey("A1", "2026-05-01", nps: 9, csat: 4, rel: 3)
        .Survey("A1", "2026-02-01", nps: 8, csat: 3)
        .Survey("A1", "2025-11-01", nps: 6, rel: 5)
        .Survey("A1", "2025-06-01", nps: 0, csat: 1, rel: 1)
        // Complaints opened in Q: C1, C3 (2); open at 2026-09-30: C1 (never closed), C2 (closed after Q end).
        .Complaint("C1", "A1", "2026-08-01")
        .Complaint("C2", "A1", "2026-05-01", "2026-10-15")
        .Complaint("C3", "A1", "2026-07-05", "2026-07-20")
        .Complaint("C4", "A1", "2026-01-01", "2026-02-01")
        .Target("A1", "2026-Q3", 2500)
        .Offer("F1", "A1", "2026-07-01", OfferStatus.Won)
        .Offer("F2", "A1", "2026-08-01", OfferStatus.Won)
        .Offer("F3", "A1", "2026-09-01", OfferStatus.Lost)
        .Offer("F4", "A1", "2026-09-20", OfferStatus.Open)
        .Offer("F5", "A1", "2026-03-01", OfferStatus.Lost)
        .Wallet("A1", 2026, 10000)
        .Wallet("A1", 2025, 8000)
        // 90-day window ending 2026-09-30 starts 2026-07-03.
        .Contact("A1", "Ann", ContactRole.DecisionMaker, "2026-09-30")
        .Contact("A1", "Ben", ContactRole.Influencer, "2026-07-03")
        .Contact("A1", "Cid", ContactRole.DecisionMaker, "2026-07-02")
        .Contact("A1", "Dee", ContactRole.User, null)
        .Team("A1", "Kim", "key account manager")
        // Due by Q end and not cancelled: a1, a2, a3 (3). Overdue: a2 (done late), a3 (not done) = 2. Done: a1, a2 -> 2/3.
        .Action("A1", "a1", "2026-08-01", ActionStatus.Done, "2026-07-30")
        .Action("A1", "a2", "2026-09-01", ActionStatus.Done, "2026-09-10")
        .Action("A1", "a3", "2026-09-15", ActionStatus.InProgress)
        .Action("A1", "a4", "2026-06-01", ActionStatus.Cancelled)
        .Action("A1", "a5", "2026-12-01", ActionStatus.Planned)
        .Competitor("A1", "Rival", 0.3)
        .Build();
}
