namespace KamReports.Documents;

/// <summary>Accounts and revenue of one ABC class.</summary>
public sealed record AbcClassSummary(string Class, int Accounts, decimal RevenueTtm, double? Share);
