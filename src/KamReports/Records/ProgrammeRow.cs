namespace KamReports.Records;

/// <summary>One tactic of an account's key account programme: its status, since when, the evidence and who owns it.</summary>
public sealed record ProgrammeRow(string AccountId, Tactic Tactic, TacticStatus Status, DateOnly? Since, string? Evidence, string? Owner);
