namespace KamReports.Records;

/// <summary>A budget for an account (optionally for one product line) over a period.</summary>
public sealed record Target(string AccountId, TargetPeriod Period, string? ProductLine, decimal Amount);
