namespace KamReports.Compute;

/// <summary>One segment of one dimension (kpis.md, Segment summaries).</summary>
public sealed record SegmentSummary(string Dimension, string Segment, int Accounts, decimal Revenue, decimal RevenueTtm,
    double? GrowthYoy, double? RevenueShare, double? MeanNps);
