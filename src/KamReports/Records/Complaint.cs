namespace KamReports.Records;

/// <summary>A customer complaint; <see cref="Closed"/> is null while it is open.</summary>
public sealed record Complaint(
    string ComplaintId, string AccountId, DateOnly Opened, DateOnly? Closed, Severity? Severity, string? Category, string? Description);
