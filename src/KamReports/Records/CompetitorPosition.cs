namespace KamReports.Records;

/// <summary>A competitor's estimated share of an account's wallet.</summary>
public sealed record CompetitorPosition(string AccountId, string Competitor, double? EstimatedShare, string? Notes);
