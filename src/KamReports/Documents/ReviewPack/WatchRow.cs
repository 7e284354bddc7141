namespace KamReports.Documents.ReviewPack;

/// <summary>A watch-list line of a sponsor pack: the account, its 8-quarter revenue sparkline, revenue TTM and growth, attainment, NPS,
/// health light and score.</summary>
public sealed record WatchRow(string Id, string Name, bool IsKeyAccount, ChartData Sparkline, decimal RevenueTtm, double? GrowthTtm,
    double? Attainment, double? Nps, string Light, double? HealthScore)
{
    /// <summary>The share of the health score's weights that had data (kpis.md: a light below full coverage says so).</summary>
    public double? HealthCoverage { get; init; }
}
