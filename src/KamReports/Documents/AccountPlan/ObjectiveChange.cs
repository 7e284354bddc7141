namespace KamReports.Documents.AccountPlan;

/// <summary>An objective whose status changed from last quarter to this one (status codes; null = could not be told).</summary>
public sealed record ObjectiveChange(string Text, string? From, string? To);
