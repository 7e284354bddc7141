namespace KamReports.Compute;

/// <summary>An account of a scope that needs attention, with the reasons.</summary>
public sealed record ExceptionEntry(AccountResult Account, IReadOnlyList<Risk> Reasons);
