namespace KamReports.Documents.ReviewPack;

/// <summary>The review pack's charts, as data: templates draw them with <c>chart</c>.</summary>
/// <param name="Trend">Revenue by quarter of the pack's population against their targets.</param>
/// <param name="Pareto">The largest accounts' revenue TTM and the cumulative share; null without accounts.</param>
/// <param name="Matrix">The portfolio matrix: relationship against potential, bubble area by revenue TTM.</param>
/// <param name="Regions">Revenue TTM by region (portfolio pack only).</param>
/// <param name="Industries">Revenue TTM by industry (portfolio pack only).</param>
public sealed record PackCharts(ChartData Trend, ChartData? Pareto, ChartData Matrix, ChartData? Regions, ChartData? Industries);
