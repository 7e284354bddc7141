namespace KamReports.Sample;

/// <summary>Shape of a generated portfolio.</summary>
public sealed record SampleOptions(
    int Accounts = 40, int Years = 3, int Seed = 42, int? RevenueLines = null, int EndYear = 2026, int EndMonth = 9,
    double KeyAccountShare = 0.25, bool AllKeyAccounts = false);
