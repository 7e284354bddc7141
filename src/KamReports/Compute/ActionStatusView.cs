using KamReports.Records;

namespace KamReports.Compute;

/// <summary>An action with its overdue flag at the end of the period.</summary>
public sealed record ActionStatusView(ActionItem Item, bool Overdue);
