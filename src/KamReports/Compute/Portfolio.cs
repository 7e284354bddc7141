using System.Collections.Concurrent;
using KamReports.Config;

namespace KamReports.Compute;

/// <summary>The computed portfolio: the output of the Compute stage and the only input of Compose.</summary>
public sealed record Portfolio
{
    /// <summary>The segment name of accounts without a value in a dimension.</summary>
    public const string Unassigned = "(none)";

    private readonly ConcurrentDictionary<(ScopeKind, string?), ScopeFigures> _scopes = new();
    private readonly ConcurrentDictionary<(ScopeKind, string?), ScopeFigures> _sameAccounts = new();

    public required FiscalQuarter Period { get; init; }
    public required KamConfig Config { get; init; }
    /// <summary>All accounts, ordered by account_id (ordinal).</summary>
    public required IReadOnlyList<AccountResult> Accounts { get; init; }
    /// <summary>The figures over all accounts (ABC, concentration and segments use this population).</summary>
    public required ScopeFigures All { get; init; }
    public required IReadOnlyList<SegmentSummary> Segments { get; init; }
    public required Concentration Concentration { get; init; }
    public required IReadOnlyList<LossScenario> LossScenarios { get; init; }
    public required IReadOnlyList<string> Catalog { get; init; }
    public required DataAvailability Availability { get; init; }

    /// <summary>Accounts by revenue_ttm descending, ties by account_id: the ABC / Pareto order.</summary>
    public IReadOnlyList<AccountResult> Ranked => All.Accounts;

    public IEnumerable<AccountResult> KeyAccounts => Accounts.Where(a => a.IsKeyAccount);

    /// <summary>
    /// kpis.md like for like: this (earlier) portfolio's figures over the very accounts of a scope of the period, so a scope's change
    /// compares the same accounts in both windows (the key-account set of a year ago never enters a comparison).
    /// </summary>
    public ScopeFigures SameAccounts(ScopeFigures scope) => _sameAccounts.GetOrAdd((scope.Kind, scope.Sponsor), _ =>
    {
        var ids = scope.Accounts.Select(a => a.Account.AccountId).ToHashSet(StringComparer.Ordinal);
        return ScopeCalculator.Compute(scope.Kind, scope.Sponsor, Accounts.Where(a => ids.Contains(a.Account.AccountId)), Availability,
            Config.Materiality);
    });

    /// <summary>The figures over a scope (computed once, then shared by every document that shows them).</summary>
    public ScopeFigures Scope(ScopeKind kind, string? sponsor = null) => kind == ScopeKind.All ? All : _scopes.GetOrAdd((kind, sponsor),
        key => ScopeCalculator.Compute(key.Item1, key.Item2,
        key.Item1 == ScopeKind.KeyAccounts ? KeyAccounts : Accounts.Where(a => a.Account.ExecutiveSponsor == key.Item2), Availability,
        Config.Materiality));
}
