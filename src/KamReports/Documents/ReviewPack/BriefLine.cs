namespace KamReports.Documents.ReviewPack;

/// <summary>A red or amber account of a sponsor brief in one line: its light and score, revenue TTM and the first risk.</summary>
public sealed record BriefLine(string Id, string Name, string Light, double? HealthScore, decimal RevenueTtm, string? Risk);
