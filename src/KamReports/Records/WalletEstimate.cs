namespace KamReports.Records;

/// <summary>The customer's estimated total spend in our category for one fiscal year.</summary>
public sealed record WalletEstimate(string AccountId, int Year, decimal EstimatedSpend);
