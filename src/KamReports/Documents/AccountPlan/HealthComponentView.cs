namespace KamReports.Documents.AccountPlan;

/// <summary>One component of the health score with its 0-100 score and weight.</summary>
public sealed record HealthComponentView(string Key, string Title, double Score, double Weight);
