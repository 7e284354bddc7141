namespace KamReports.Compute;

/// <summary>One segment of one dimension (kpis.md, Segment summaries).</summary>
public sealed record SegmentSummary(string Dimension, string Segment, int Accounts, decimal Revenue, decimal RevenueTtm,
    double? GrowthYoy, double? RevenueShare, double? MeanNps)
{
    /// <summary>Growth of the segment's summed revenue of the last 12 months against the 12 before (the lifecycle's own measure).
    /// </summary>
    public double? GrowthTtm { get; init; }
    /// <summary>Mean service_model_met and mean programme_coverage of the segment's accounts that have one.</summary>
    public double? ServiceModelMet { get; init; }
    public double? ProgrammeCoverage { get; init; }
}
