namespace KamReports.Compute;

/// <summary>A flagged risk and the figure behind it (growth, count or share).</summary>
public sealed record Risk(RiskKind Kind, double? Value);
