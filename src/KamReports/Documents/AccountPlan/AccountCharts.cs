namespace KamReports.Documents.AccountPlan;

/// <summary>The account plan's charts, as data: templates draw them with <c>chart</c>.</summary>
/// <param name="RevenueTrend">Revenue by quarter (8 quarters) against target; its title states the quarter's finding.</param>
/// <param name="ProductMix">Revenue TTM by product line, largest first; null when no line has revenue.</param>
/// <param name="Satisfaction">NPS and satisfaction index by quarter; null without survey answers.</param>
public sealed record AccountCharts(ChartData RevenueTrend, ChartData? ProductMix, ChartData? Satisfaction)
{
    /// <summary>Value elements by importance (y) and advantage over the competitor (x), numbered as in the value table.</summary>
    public ChartData? ValueMap { get; init; }
}
