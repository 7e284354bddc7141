namespace KamReports.Records;

/// <summary>A partner through which part of our revenue with the account goes (indirect coverage).</summary>
public sealed record Partner(string AccountId, string Name, PartnerRole? Role, double? Share);
