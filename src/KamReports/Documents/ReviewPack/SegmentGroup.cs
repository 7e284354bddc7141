using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

/// <summary>The segments of one dimension (region, industry, ...).</summary>
public sealed record SegmentGroup(string Dimension, string Title, IReadOnlyList<SegmentSummary> Rows);
