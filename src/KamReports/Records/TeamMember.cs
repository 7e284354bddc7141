namespace KamReports.Records;

/// <summary>A member of our account team.</summary>
public sealed record TeamMember(string AccountId, string Member, string? Role, string? Responsibilities);
