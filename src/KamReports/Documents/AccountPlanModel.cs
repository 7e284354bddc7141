using KamReports.Compute;

namespace KamReports.Documents;

/// <summary>Everything an account-plan template can use (templates/account-plan).</summary>
public sealed record AccountPlanModel : IDocumentModel
{
    public required DocumentInfo Doc { get; init; }
    public required AccountView Account { get; init; }
    /// <summary>Every kpis.md value by key (kpis.revenue_ttm ...), raw.</summary>
    public required IReadOnlyDictionary<string, object?> Kpis { get; init; }
    /// <summary>The same keys for Q-4 (a year before), or empty when there is no history.</summary>
    public required IReadOnlyDictionary<string, object?> Previous { get; init; }
    public required IReadOnlyList<KpiValue> Headline { get; init; }
    public required string HealthLight { get; init; }
    public required IReadOnlyList<HealthComponentView> Health { get; init; }
    public required IReadOnlyList<RiskView> Risks { get; init; }
    public required IReadOnlyList<TeamView> Team { get; init; }
    public required IReadOnlyList<ContactView> Contacts { get; init; }
    public required IReadOnlyList<ActionView> Actions { get; init; }
    public required IReadOnlyList<ComplaintView> Complaints { get; init; }
    public required IReadOnlyList<CompetitorView> Competitors { get; init; }
    public required IReadOnlyList<CommentView> Comments { get; init; }
    public required IReadOnlyList<QuarterView> Quarters { get; init; }
    public required IReadOnlyList<ProductLineView> ProductLines { get; init; }
    public decimal? ProjectedNextQuarter { get; init; }
    public required string NextQuarter { get; init; }
    public decimal? WalletPrevYear { get; init; }
    public double? CompetitorShareTotal { get; init; }
    public required IReadOnlyList<ScorecardGroup> Scorecard { get; init; }
    public required AccountCharts Charts { get; init; }
    public required DataAvailability Available { get; init; }
}
