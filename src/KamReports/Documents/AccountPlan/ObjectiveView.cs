namespace KamReports.Documents.AccountPlan;

/// <summary>
/// An objective as the plan shows it: its measure (KPI title, unit, baseline, target, current value), progress
/// and the progress expected by now (0-1), status code (on_track, at_risk, off_track, achieved, dropped; null when
/// it cannot be told), whether the status was derived, dates, owner and the actions that serve it.
/// </summary>
public sealed record ObjectiveView(string Id, string Text, string? Kpi, string? KpiTitle, string Unit, object? Baseline, object? Target,
    object? Current,
    double? Progress, double? Expected, string? Status, bool StatusDerived, DateOnly? Start, DateOnly? Due, string? Owner,
        IReadOnlyList<ActionView> Actions);
