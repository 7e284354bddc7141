namespace KamReports.Compute;

/// <summary>One ABC class of a scope: its accounts, their revenue TTM and their share of the scope's revenue TTM.</summary>
public sealed record AbcClassTotal(string Class, int Accounts, decimal RevenueTtm, double Share);
