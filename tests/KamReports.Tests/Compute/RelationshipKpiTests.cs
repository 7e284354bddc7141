using KamReports.Compute;
using KamReports.Config;
using KamReports.TestSupport;
using static KamReports.TestSupport.Scenario;

namespace KamReports.Tests.Compute;

/// <summary>kpis.md offers, satisfaction, complaints, contacts and actions, and what absent or empty optional files give.</summary>
public class RelationshipKpiTests
{
    [Fact]
    public void Offer_acceptance_is_won_over_won_plus_lost_in_Q_2_over_3()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(4, k.OffersMade);
        Assert.Equal(2, k.OffersWon);
        Assert.Equal(2.0 / 3, k.OfferAcceptance!.Value, 10);
    }

    [Fact]
    public void Nps_satisfaction_and_relationship_use_ttm_responses_only()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(25.0, k.Nps!.Value, 10);
        Assert.Equal(75.0, k.SatisfactionIndex!.Value, 10);
        Assert.Equal(4.0, k.RelationshipStrength!.Value, 10);
    }

    [Fact]
    public void Complaints_opened_in_Q_and_open_at_quarter_end()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(2, k.ComplaintsOpened);
        Assert.Equal(2, k.ComplaintsOpen);
    }

    [Fact]
    public void Contact_points_count_the_90_days_ending_with_Q_inclusive()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(2, k.ContactPoints);
        Assert.Equal(2, k.DecisionMakersCovered);
    }

    [Fact]
    public void Actions_due_overdue_and_completion_2_of_3()
    {
        var k = Kpis(Computed(), "A1");
        Assert.Equal(3, k.ActionsDue);
        Assert.Equal(2, k.ActionsOverdue);
        Assert.Equal(2.0 / 3, k.ActionCompletion!.Value, 10);
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
}
