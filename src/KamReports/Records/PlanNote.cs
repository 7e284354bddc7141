namespace KamReports.Records;

/// <summary>One bullet or paragraph the account team wrote for a section of the plan, kept in file order.</summary>
public sealed record PlanNote(string AccountId, PlanSection Section, string Text);
