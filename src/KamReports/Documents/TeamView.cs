namespace KamReports.Documents;

/// <summary>A member of our account team.</summary>
public sealed record TeamView(string Member, string? Role, string? Responsibilities);
