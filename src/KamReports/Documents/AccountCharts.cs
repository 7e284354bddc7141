namespace KamReports.Documents;

/// <summary>The account plan's charts as inline SVG.</summary>
public sealed record AccountCharts(RawHtml RevenueTrend, RawHtml? ProductMix, RawHtml? Satisfaction)
{
    /// <summary>Value elements by importance (y) and advantage over the competitor (x), numbered as in the value table.</summary>
    public RawHtml? ValueMap { get; init; }
}
