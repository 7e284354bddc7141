
namespace KamReports.Documents;

/// <summary>The review pack's charts as inline SVG.</summary>
public sealed record PackCharts(RawHtml Trend, RawHtml? Pareto, RawHtml Matrix, RawHtml? Regions, RawHtml? Industries);
