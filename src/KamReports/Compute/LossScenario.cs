namespace KamReports.Compute;

/// <summary>Portfolio revenue_ttm without the top <see cref="N"/> key accounts, and the drop as a fraction.</summary>
public sealed record LossScenario(int N, IReadOnlyList<string> AccountsLost, decimal RevenueTtmLost, decimal RevenueTtmRemaining,
    double? Drop);
