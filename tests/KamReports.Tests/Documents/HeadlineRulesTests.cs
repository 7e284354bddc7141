using System.Globalization;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents;
using KamReports.Documents.AccountPlan;
using KamReports.Formatting;
using KamReports.Records;
using KamReports.TestSupport;
using static KamReports.TestSupport.DataSetBuilder;

namespace KamReports.Tests.Documents;

/// <summary>Each headline rule fires on data built for it and stays silent on data built against it.</summary>
public class HeadlineRulesTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    private static IReadOnlyList<HeadlineMessage> Messages(DataSet data, string id, bool all = false)
    {
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var prev = PortfolioCalculator.Compute(data, new KamConfig(), Q3.Minus(4));
        var f = new ValueFormatter(CultureInfo.GetCultureInfo("en"), "EUR", StringTable.Load(Repo.Templates,
            CultureInfo.GetCultureInfo("en")));
        var c = new AccountPlanComposer(new ComposeContext(p, prev, f, RenderKit.Today));
        return all
            ? c.Candidates(p.Accounts.Single(a => a.Account.AccountId == id), prev.Accounts.Single(a => a.Account.AccountId == id))
            : c.Messages(p.Accounts.Single(a => a.Account.AccountId == id), prev.Accounts.Single(a => a.Account.AccountId == id));
    }

    // R: everything goes wrong. P (plain): steady, no targets, surveys, complaints, contacts, objectives or offers of note.
    private static DataSet Data() => new DataSetBuilder()
        .Account("R", key: true).Account("P", key: true)
        .Line("R", "2026-08-01", "Software", 300).Line("R", "2026-08-01", "Parts", 700).Line("R", "2025-08-01", "Software", 900)
            .Line("R", "2025-08-01", "Parts", 700)
        .Line("P", "2026-08-01", "Parts", 500).Line("P", "2025-08-01", "Parts", 500)
        .Target("R", "2026-Q3", 2000)
        .Survey("R", "2026-08-01", nps: 2).Survey("R", "2025-08-01", nps: 10)
        .Survey("P", "2026-08-01", nps: 9).Survey("P", "2025-08-01", nps: 9)
        .Complaint("C1", "R", "2026-07-01", severity: Severity.High)
        .Contact("R", "Dora", ContactRole.DecisionMaker, "2026-09-01", Stance.Detractor)
        .Contact("P", "Pia", ContactRole.DecisionMaker, "2026-09-01", Stance.Champion)
        .Action("R", "late", "2026-08-01", ActionStatus.InProgress)
        .Action("P", "done", "2026-08-01", ActionStatus.Done, "2026-07-30")
        .Wallet("R", 2026, 10000).Wallet("P", 2026, 500)
        .Offer("F1", "R", "2026-08-01", OfferStatus.Open)
        .Build() with
    {
        Objectives = [new Objective("R", "O1", "Double share", "share_of_wallet", 0.2m, 0.5m, D("2026-01-01"), D("2026-06-30"), null,
            null)],
    };

    [Theory]
    [InlineData("revenue_ttm")]
    [InlineData("attainment_below")]
    [InlineData("nps_down")]
    [InlineData("high_complaint")]
    [InlineData("detractors")]
    [InlineData("overdue_actions")]
    [InlineData("objectives_off_track")]
    [InlineData("pipeline")]
    public void A_rule_fires_on_the_account_built_for_it_and_not_on_the_plain_one(string key)
    {
        var data = Data();
        // R has eight candidate messages, of which the five with most money at stake lead the plan.
        // "detractors" has its forms for all, both and the only decision maker (detractors_both ...).
        Assert.Contains(Messages(data, "R", all: true), m => m.Key == key || m.Key.StartsWith(key + "_", StringComparison.Ordinal));
        Assert.DoesNotContain(Messages(data, "P", all: true), m => m.Key == key || m.Key.StartsWith(key + "_", StringComparison.Ordinal));
        Assert.Equal(ComposeContext.MaxMessages, Messages(data, "R").Count);
    }

    [Fact]
    public void Messages_are_ranked_by_money_at_stake_and_say_the_figures_as_shown()
    {
        var r = Messages(Data(), "R");
        Assert.Equal(r.OrderByDescending(m => m.Materiality).Select(m => m.Key), r.Select(m => m.Key));
        // Revenue TTM 1,000 vs 1,600: -37.5%, €1k on the tile; Software moved most (€300 against €900).
        var revenue = r.Single(m => m.Key == "revenue_ttm").Text;
        Assert.Equal("Revenue of the last 12 months fell 37.5% to €1,000; Software moved most: €300 against €900 in the 12 months before.",
            revenue);
        Assert.Contains("The quarter closed at 50.0% of target: €1,000 against €2,000.", r.Select(m => m.Text));
    }

}
