namespace KamReports.Documents.AccountPlan;

/// <summary>A member of our account team.</summary>
public sealed record TeamView(string Member, string? Role, string? Responsibilities);
