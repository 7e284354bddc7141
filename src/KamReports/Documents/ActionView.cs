namespace KamReports.Documents;

/// <summary>
/// An action of the plan; status is planned, in_progress, done or cancelled. <c>Overdue</c> is what
/// actions_overdue counts: not done by the end of the quarter, or done after its due date (<c>DoneLate</c>).
/// </summary>
public sealed record ActionView(string? Objective, string Action, string? Owner, DateOnly? Due, string Status, DateOnly? Completed,
    bool Overdue, bool DoneLate);
