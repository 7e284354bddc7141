using KamReports.Config;

namespace KamReports.Compute;

/// <summary>The computed portfolio: the output of the Compute stage and the only input of Compose.</summary>
public sealed record Portfolio
{
    public required FiscalQuarter Period { get; init; }
    public required KamConfig Config { get; init; }
    /// <summary>All accounts, ordered by account_id (ordinal).</summary>
    public required IReadOnlyList<AccountResult> Accounts { get; init; }
    /// <summary>Accounts by revenue_ttm descending, ties by account_id: the ABC / Pareto order.</summary>
    public required IReadOnlyList<AccountResult> Ranked { get; init; }
    /// <summary>The ABC / Pareto ranking with shares and cumulative shares, in <see cref="Ranked"/> order.</summary>
    public required IReadOnlyList<AbcEntry> Abc { get; init; }
    public required PortfolioTotals Totals { get; init; }
    public required IReadOnlyList<QuarterPoint> Quarters { get; init; }
    public required IReadOnlyList<SegmentSummary> Segments { get; init; }
    public required Concentration Concentration { get; init; }
    public required IReadOnlyList<LossScenario> LossScenarios { get; init; }
    public required HealthCheck HealthCheck { get; init; }
    public required IReadOnlyList<string> Catalog { get; init; }
    public required DataAvailability Availability { get; init; }

    public IEnumerable<AccountResult> KeyAccounts => Accounts.Where(a => a.IsKeyAccount);
}
