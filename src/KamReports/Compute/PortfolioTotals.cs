namespace KamReports.Compute;

/// <summary>Sums and growth over the accounts of a scope (all accounts, key accounts, a sponsor's).</summary>
/// <param name="Accounts">Accounts in the scope.</param>
/// <param name="KeyAccounts">Key accounts among them.</param>
/// <param name="Revenue">Revenue of the quarter.</param>
/// <param name="RevenuePrevQuarter">Revenue of the quarter before.</param>
/// <param name="RevenuePrevYear">Revenue of the same quarter a year before.</param>
/// <param name="RevenueTtm">Revenue of the last four quarters.</param>
/// <param name="RevenueTtmPrev">Revenue of the four quarters before those.</param>
/// <param name="GrowthQoq">Revenue growth vs the quarter before (missing on a non-positive base).</param>
/// <param name="GrowthYoy">Revenue growth vs the same quarter a year before.</param>
/// <param name="GrowthTtm">Growth of the last 12 months vs the 12 before.</param>
/// <param name="Target">Summed targets of the accounts that have one for the quarter.</param>
/// <param name="RevenueWithTarget">Revenue of those same accounts: attainment = RevenueWithTarget / Target.</param>
/// <param name="WithTarget">How many accounts have a target.</param>
/// <param name="Attainment">RevenueWithTarget / Target.</param>
/// <param name="Nps">NPS over the scope's pooled answers in TTM (not a mean of account NPS).</param>
/// <param name="NpsResponses">How many answers that NPS is computed from.</param>
/// <param name="MeanHealth">Mean health score of the accounts that have one.</param>
/// <param name="HealthScored">How many accounts have a health score (enough data coverage).</param>
/// <param name="Green">Accounts with a green health light.</param>
/// <param name="Amber">Accounts with an amber health light.</param>
/// <param name="Red">Accounts with a red health light.</param>
public sealed record PortfolioTotals(int Accounts, int KeyAccounts, decimal Revenue, decimal RevenuePrevQuarter, decimal RevenuePrevYear,
    decimal RevenueTtm, decimal RevenueTtmPrev,
    double? GrowthQoq, double? GrowthYoy, double? GrowthTtm, decimal? Target, decimal RevenueWithTarget, int WithTarget,
        double? Attainment, double? Nps, int NpsResponses,
    double? MeanHealth, int HealthScored, int Green, int Amber, int Red);
