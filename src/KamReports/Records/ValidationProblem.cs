namespace KamReports.Records;

/// <summary>A row or value that breaks the data contract: reported, never silently dropped.</summary>
public sealed record ValidationProblem(string File, int Line, string Column, string Value, string Reason);
