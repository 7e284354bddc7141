namespace KamReports.Documents.ReviewPack;

/// <summary>A key account with at least one risk (kpis.md), its revenue at stake (revenue TTM) and every risk as a sentence.</summary>
public sealed record ExceptionRow(string Id, string Name, string? Manager, string Light, double? HealthScore, decimal RevenueTtm,
    IReadOnlyList<string> Reasons)
{
    /// <summary>The share of the health score's weights that had data (kpis.md: a light below full coverage says so).</summary>
    public double? HealthCoverage { get; init; }
    /// <summary>3, 2 or 1 (kpis.md triage).</summary>
    public int Severity { get; init; }
    /// <summary>Since the quarter before: new, worse, better or unchanged.</summary>
    public string Change { get; init; } = "new";
    /// <summary>What is being done: the account's open objectives and actions (overdue first), at most three.</summary>
    public IReadOnlyList<DoingView> Doing { get; init; } = [];
    /// <summary>A severity-3 account past the first ten rows: one line (its first risk, no actions), so every red account is named
    /// without the table growing past a page.</summary>
    public bool Compact { get; init; }
}
