using KamReports.Compute;
using KamReports.Config;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md "Asks and decisions" and the triage, on asks over four quarters and two sponsors, expectations by hand.</summary>
public class AsksAndDecisionsTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    // Sponsor Sara: A (TTM 40,000) and B (TTM 4,000). Sponsor Tom: C (TTM 8,000).
    private static DataSetBuilder Data() => new DataSetBuilder()
        .Account("A", key: true, sponsor: "Sara").Line("A", "2026-08-01", "P", 10_000).Line("A", "2026-05-01", "P", 10_000)
            .Line("A", "2026-02-01", "P", 10_000).Line("A", "2025-11-01", "P", 10_000).Line("A", "2025-08-01", "P", 10_000)
        .Account("B", key: true, sponsor: "Sara").Line("B", "2026-08-01", "P", 1_000).Line("B", "2026-05-01", "P", 3_000)
            .Line("B", "2025-08-01", "P", 1_000)
        .Account("C", key: true, sponsor: "Tom").Line("C", "2026-08-01", "P", 2_000).Line("C", "2026-05-01", "P", 6_000)
            .Line("C", "2025-08-01", "P", 2_000)
        .Ask("a1", "A", "Sign the 2027 frame contract", "2026-07-10", neededBy: "2026-11-15", value: 50_000)
        .Ask("a2", "B", "Approve the service credit", "2026-02-01", neededBy: "2026-08-31")
        .Ask("a3", "A", "Join the QBR", "2026-04-02", status: AskStatus.Agreed, decided: "2026-08-10", outcome: "Sara joins on 12 Oct")
        .Ask("a4", "C", "Call the CFO", "2026-07-20")
        .Ask("a5", "A", "Release the pilot budget", "2026-07-01", askedOf: "Tom")
        .Ask("a6", "B", "Escalate the delivery issue", "2026-01-15", status: AskStatus.Done, decided: "2026-05-01", outcome: "Done")
        .Ask("a7", "A", "Fund a joint team", "2025-12-01", askedOf: "leadership", value: 120_000)
        .Ask("a8", "C", "Raised after the quarter", "2026-10-05")
        .Ask("a9", "B", "Decided after the quarter", "2026-06-01", status: AskStatus.Declined, decided: "2026-10-10", outcome: "No");

    [Fact]
    public void Asks_kpis_count_at_the_end_of_the_quarter()
    {
        var p = PortfolioCalculator.Compute(Data().Build(), new KamConfig(), Q3);
        var a = p.Accounts.Single(x => x.Account.AccountId == "A").Kpis;
        var b = p.Accounts.Single(x => x.Account.AccountId == "B");
        var c = p.Accounts.Single(x => x.Account.AccountId == "C").Kpis;
        // A: a1, a5, a7 open; a3 decided in Q. B: a2 open and overdue, a9 open at the end of Q (decided after it), a6 decided in Q2.
        Assert.Equal((3, 0, 1), (a.AsksOpen, a.AsksOverdue, a.AsksDecided));
        Assert.Equal((2, 1, 0), (b.Kpis.AsksOpen, b.Kpis.AsksOverdue, b.Kpis.AsksDecided));
        // C: a4 open; a8 raised after Q is not known yet.
        Assert.Equal((1, 0, 0), (c.AsksOpen, c.AsksOverdue, c.AsksDecided));
        Assert.Equal(2, b.Asks.Single(x => x.Ask.AskId == "a2").AgeQuarters); // raised in Q1, period Q3
        // Sara's scope (A and B): 5 open, 1 overdue, 1 decided: ask_decision_rate 1 / (1 + 5).
        var sara = p.Scope(ScopeKind.Sponsor, "Sara");
        Assert.Equal((5, 1, 1), (sara.AsksOpen, sara.AsksOverdue, sara.AsksDecided));
        Assert.Equal(1.0 / 6, sara.AskDecisionRate!.Value, 12);
        // Without any asks, the KPIs are missing, not 0.
        var none = PortfolioCalculator.Compute(new DataSetBuilder().Account("X").Line("X", "2026-08-01", "P", 1).Build(), new KamConfig(), Q3);
        Assert.Null(none.Accounts[0].Kpis.AsksOpen);
    }

    [Fact]
    public void A_sponsor_gets_the_asks_addressed_to_them_overdue_first_then_money_then_date_never_another_sponsors()
    {
        var p = PortfolioCalculator.Compute(Data().Build(), new KamConfig(), Q3);
        var sara = Decisions.For(p.Scope(ScopeKind.Sponsor, "Sara"), p, "Sara").Where(d => d.Kind == "ask").ToArray();
        // a2 is overdue (needed 31 Aug); then a1 (value 50,000) before a9 (B's revenue 4,000 at stake).
        Assert.Equal(["a2", "a1", "a9"], sara.Select(d => d.Ask!.Ask.AskId));
        Assert.True(sara[0].Overdue);
        Assert.Equal(new DateOnly(2026, 8, 31), sara[0].ByWhen);
        Assert.Equal(2, sara[0].AgeQuarters);
        Assert.Equal(new DateOnly(2026, 11, 15), sara[1].ByWhen);
        Assert.Null(sara[1].AgeQuarters); // raised in Q
        Assert.Equal(50_000m, sara[1].MoneyAtStake);
        // a9 has no needed_by: the next review, by default the last day of the quarter after Q.
        Assert.Equal(new DateOnly(2026, 12, 31), sara[2].ByWhen);
        var tom = Decisions.For(p.Scope(ScopeKind.Sponsor, "Tom"), p, "Tom").Where(d => d.Kind == "ask").Select(d => d.Ask!.Ask.AskId);
        Assert.Equal(["a5", "a4"], tom); // a5 is Tom's although it is about Sara's account A
        var leadership = Decisions.For(p.Scope(ScopeKind.KeyAccounts), p, null).Where(d => d.Kind == "ask").Select(d => d.Ask!.Ask.AskId);
        Assert.Equal(["a7"], leadership);
        // next_review from the config.
        var q = PortfolioCalculator.Compute(Data().Build(), new KamConfig { NextReview = new DateOnly(2026, 11, 20) }, Q3);
        Assert.Equal(new DateOnly(2026, 11, 20), Decisions.For(q.Scope(ScopeKind.Sponsor, "Sara"), q, "Sara").Single(d => d.Ask?.Ask.AskId == "a9").ByWhen);
    }

    [Fact]
    public void Last_reviews_asks_are_those_decided_in_the_quarter_and_the_older_ones_still_open()
    {
        var p = PortfolioCalculator.Compute(Data().Build(), new KamConfig(), Q3);
        var last = Decisions.LastReview(p, "Sara").Select(x => x.State.Ask.AskId).ToArray();
        // a3 decided in Q; a2 (raised Q1, overdue) and a9 (raised Q2, decided only after Q) still open; a1 raised in Q; a6 decided in Q2.
        Assert.Equal(["a3", "a2", "a9"], last);
        Assert.Equal("Sara joins on 12 Oct", Decisions.LastReview(p, "Sara")[0].State.Ask.Outcome);
    }

    [Fact]
    public void A_plan_note_ask_is_an_open_ask_raised_on_the_first_day_and_one_in_both_places_counts_once()
    {
        var data = Data().Note("C", PlanSection.Asks, "Call the  CFO").Note("C", PlanSection.Asks, "Visit the plant").Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var c = p.Accounts.Single(x => x.Account.AccountId == "C");
        Assert.Equal(2, c.Kpis.AsksOpen); // a4 and the plant visit; "Call the  CFO" is a4
        var note = c.Asks.Single(x => x.FromNotes);
        Assert.Equal(("Visit the plant", new DateOnly(2026, 7, 1), AskStatus.Open), (note.Ask.Text, note.Ask.Raised, note.Ask.Status));
        Assert.StartsWith("note-", note.Ask.AskId);
    }

    [Fact]
    public void The_triage_takes_severity_3_always_and_severity_2_only_from_the_materiality_share_ranked_by_severity_times_money()
    {
        var p = PortfolioCalculator.Compute(Data().Build(), new KamConfig(), Q3);
        var template = p.Accounts[0];
        AccountResult Make(string id, decimal ttm, params RiskKind[] risks) => template with
        {
            Account = template.Account with { AccountId = id },
            Kpis = template.Kpis with { RevenueTtm = ttm },
            Risks = risks.Select(r => new Risk(r, null)).ToArray(),
        };
        // Scope revenue TTM 100,000: materiality 2% = 2,000.
        var accounts = new[]
        {
            Make("RED-SMALL", 500, RiskKind.RedHealth),                    // severity 3: listed whatever its size; 3 x 500 = 1,500
            Make("DECLINE-BIG", 60_000, RiskKind.DecliningRevenue),        // severity 2, 60%: 2 x 60,000 = 120,000
            Make("ATTAIN-MID", 2_000, RiskKind.LowAttainment),             // severity 2, exactly 2%: listed; 4,000
            Make("COMPLAINT-TINY", 1_999, RiskKind.HighSeverityComplaints), // severity 2, below 2%: not an exception
            Make("NOORDERS", 1_000, RiskKind.NoOrders, RiskKind.OverdueActions), // severity 3: 3,000
            Make("OVERDUE-BIG", 34_501, RiskKind.OverdueActions),          // severity 1: never an exception
        };
        var ex = Triage.Of(accounts, 100_000m, 0.02);
        Assert.Equal(["DECLINE-BIG", "ATTAIN-MID", "NOORDERS", "RED-SMALL"], ex.Select(e => e.Account.Account.AccountId));
        Assert.Equal([2, 2, 3, 3], ex.Select(e => e.Severity));
        // Ten rows at most, every severity-3 account among them: with a limit of 2 rows, both severity-3 accounts are kept and the
        // best-ranked other fills none (2 - 2 = 0); the rest are counted with their money at stake.
        var cut = Triage.Cut(ex, 2);
        Assert.Equal(["NOORDERS", "RED-SMALL"], cut.Shown.Select(e => e.Account.Account.AccountId));
        Assert.Equal((2, 62_000m), (cut.More, cut.MoreRevenueTtm));
        var three = Triage.Cut(ex, 3);
        Assert.Equal(["DECLINE-BIG", "NOORDERS", "RED-SMALL"], three.Shown.Select(e => e.Account.Account.AccountId));
    }

    [Fact]
    public void An_exceptions_change_since_last_quarter_is_taken_by_the_same_rules_then()
    {
        // B fell to 0 this quarter (no orders, severity 3); at Q-1 it was declining (severity 2) and material: "worse".
        // C was not an exception at Q-1 (its revenue rose then): "new".
        var data = new DataSetBuilder()
            .Account("A", key: true).Line("A", "2026-08-01", "P", 10_000).Line("A", "2026-05-01", "P", 10_000)
                .Line("A", "2025-08-01", "P", 10_000).Line("A", "2025-05-01", "P", 10_000)
            .Account("B", key: true).Line("B", "2026-05-01", "P", 2_000).Line("B", "2025-11-01", "P", 9_000)
                .Line("B", "2025-05-01", "P", 9_000).Line("B", "2024-11-01", "P", 9_000)
            .Build();
        var config = new KamConfig();
        var now = PortfolioCalculator.Compute(data, config, Q3);
        var before = PortfolioCalculator.Compute(data, config, Q3.Minus(1));
        var scope = now.Scope(ScopeKind.KeyAccounts);
        var b = scope.Exceptions.Single(e => e.Account.Account.AccountId == "B");
        Assert.Equal(3, b.Severity);
        var thenB = before.Accounts.Single(a => a.Account.AccountId == "B");
        var expected = !Triage.IsException(thenB, before.SameAccounts(scope).Totals.RevenueTtm, config.Materiality) ? "new"
            : Triage.Severity(thenB) < 3 ? "worse" : "unchanged";
        Assert.Equal(expected, Triage.Change(b, scope, before));
        Assert.Equal("new", Triage.Change(b, scope, null));
        Assert.NotEqual("new", expected); // B was already an exception at Q-1 (declining, material)
    }
}
