namespace KamReports.Compute;

/// <summary>One segment of one dimension (kpis.md, Segment summaries).</summary>
public sealed record SegmentSummary(string Dimension, string Segment, int Accounts, decimal Revenue, decimal RevenueTtm,
    double? GrowthYoy, double? RevenueShare, double? MeanNps)
{
    /// <summary>Growth of the segment's summed revenue of the last 12 months against the 12 before (the lifecycle's own measure).
    /// </summary>
    public double? GrowthTtm { get; init; }
}
