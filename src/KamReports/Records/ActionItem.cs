namespace KamReports.Records;

/// <summary>One action of an account's action plan.</summary>
public sealed record ActionItem(
    string AccountId, string? Objective, string Action, string? Owner, DateOnly? Due, ActionStatus Status, DateOnly? Completed);
