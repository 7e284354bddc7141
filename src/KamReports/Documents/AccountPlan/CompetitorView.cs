namespace KamReports.Documents.AccountPlan;

/// <summary>A competitor's estimated share of the account's wallet.</summary>
public sealed record CompetitorView(string Competitor, double? Share, string? Notes);
