using KamReports.Records;

namespace KamReports.Compute;

/// <summary>
/// An ask as it stood at the end of the period (kpis.md, Asks and decisions): open then (its status open, or decided only after the
/// quarter), overdue (open and needed_by before the end of Q), decided in Q, its age in quarters (0 = raised in Q), and who it is
/// addressed to (asked_of, else the account's executive sponsor).
/// </summary>
public sealed record AskState(Ask Ask, bool Open, bool Overdue, bool DecidedInQ, int AgeQuarters, string? Addressee)
{
    /// <summary>Written as a plan note of section asks (the older form) rather than in the asks file.</summary>
    public bool FromNotes { get; init; }

    /// <summary>Addressed to the leadership team.</summary>
    public bool ToLeadership => string.Equals(Addressee, Ask.Leadership, StringComparison.OrdinalIgnoreCase);
}
