namespace KamReports.Compute;

/// <summary>Sums and growth over the accounts of a scope (all accounts, key accounts, a sponsor's).</summary>
public sealed record PortfolioTotals(int Accounts, int KeyAccounts, decimal Revenue, decimal RevenuePrevQuarter, decimal RevenuePrevYear, decimal RevenueTtm, decimal RevenueTtmPrev,
    double? GrowthQoq, double? GrowthYoy, double? GrowthTtm, decimal? Target, double? Attainment, double? MeanNps, double? MeanHealth, int Green, int Amber, int Red);
