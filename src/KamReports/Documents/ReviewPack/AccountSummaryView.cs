
namespace KamReports.Documents.ReviewPack;

/// <summary>The one-page summary of an account inside a review pack.</summary>
public sealed record AccountSummaryView(AccountView Account, IReadOnlyDictionary<string, object?> Kpis, IReadOnlyList<KpiValue> Headline,
    string HealthLight,
    IReadOnlyList<RiskView> Risks, IReadOnlyList<ActionView> OpenActions, ChartData RevenueTrend);
