namespace KamReports.Compute;

/// <summary>KAM health check over the key accounts: shares that have each element of good practice (null when the file is absent).</summary>
public sealed record HealthCheck(int KeyAccounts, double? WithActionPlan, double? WithDecisionMaker, double? WithRecentContact, double? WithSurveyResponse, double? WithTarget);
