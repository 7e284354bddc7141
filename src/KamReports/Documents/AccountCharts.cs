using KamReports.Rendering.Html;

namespace KamReports.Documents;

/// <summary>The account plan's charts as inline SVG.</summary>
public sealed record AccountCharts(RawHtml RevenueTrend, RawHtml? ProductMix, RawHtml? Satisfaction);
