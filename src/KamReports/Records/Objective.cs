namespace KamReports.Records;

/// <summary>An account objective (strategy step 3), measured by a kpis.md KPI when <see cref="Kpi"/> is given.</summary>
public sealed record Objective(
    string AccountId, string ObjectiveId, string Text, string? Kpi, decimal? Baseline, decimal? Target, DateOnly? Start, DateOnly? Due,
    string? Owner, ObjectiveStatus? Status);
