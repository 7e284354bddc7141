namespace KamReports.Documents.AccountPlan;

/// <summary>One optional input of the appendix's data coverage: whether the file was given and how many of its rows concern this
/// account.</summary>
public sealed record CoverageRow(string Role, bool Present, int Rows);
