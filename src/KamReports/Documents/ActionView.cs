namespace KamReports.Documents;

/// <summary>An action of the plan; status is planned, in_progress, done or cancelled.</summary>
public sealed record ActionView(string? Objective, string Action, string? Owner, DateOnly? Due, string Status, DateOnly? Completed, bool Overdue);
