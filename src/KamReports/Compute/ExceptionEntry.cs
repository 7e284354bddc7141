namespace KamReports.Compute;

/// <summary>An account of a scope that needs attention, with the reasons.</summary>
public sealed record ExceptionEntry(AccountResult Account, IReadOnlyList<Risk> Reasons)
{
    /// <summary>3, 2 or 1 (kpis.md triage).</summary>
    public int Severity { get; init; }
    /// <summary>The account's revenue of the last 12 months.</summary>
    public decimal MoneyAtStake { get; init; }
}
