namespace KamReports.Compute;

/// <summary>
/// Every portfolio figure over one population (kpis.md, Scopes): totals, the 8-quarter series, ABC ranks
/// and shares of the scope's total, the KAM health check and the exceptions. Documents read these; they
/// never add up KPIs themselves.
/// </summary>
public sealed record ScopeFigures
{
    public required ScopeKind Kind { get; init; }
    /// <summary>The sponsor's name for a sponsor scope.</summary>
    public string? Sponsor { get; init; }
    /// <summary>The accounts in scope by revenue_ttm descending, ties by account_id.</summary>
    public required IReadOnlyList<AccountResult> Accounts { get; init; }
    public required PortfolioTotals Totals { get; init; }
    /// <summary>Scope-level values by kpis.md key (revenue, growth_yoy, attainment, nps, health_score, ...), for tiles.</summary>
    public required IReadOnlyDictionary<string, KpiScalar> Kpis { get; init; }
    public required IReadOnlyList<QuarterPoint> Quarters { get; init; }
    public required IReadOnlyList<AbcEntry> Abc { get; init; }
    /// <summary>Classes A, B and C of the scope: accounts, revenue TTM and share of the scope's revenue TTM.</summary>
    public required IReadOnlyList<AbcClassTotal> AbcClasses { get; init; }
    /// <summary>Revenue TTM of the scope's accounts whose health is red.</summary>
    public decimal RevenueTtmRed { get; init; }
    public required HealthCheck HealthCheck { get; init; }
    public required IReadOnlyList<ExceptionEntry> Exceptions { get; init; }
    /// <summary>The scope's asks at the end of Q (kpis.md, Asks and decisions): open, overdue and decided in Q (null without asks),
    /// and ask_decision_rate = decided / (decided + open).</summary>
    public int? AsksOpen { get; init; }
    public int? AsksOverdue { get; init; }
    public int? AsksDecided { get; init; }
    public double? AskDecisionRate => AsksOpen is { } o && AsksDecided is { } d && o + d > 0 ? (double)d / (o + d) : null;

    /// <summary>A scope value by key; missing when the scope has no such figure.</summary>
    public KpiScalar Kpi(string key) => Kpis.TryGetValue(key, out var v) ? v : KpiScalar.Missing;
}
