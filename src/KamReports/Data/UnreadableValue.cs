namespace KamReports.Data;

/// <summary>
/// A database value that has no .NET value (numeric 1e40, a BC date, the year 200000): it costs its row, reported with its text
/// as the database wrote it and the reason, like a bad cell of a file.
/// </summary>
internal sealed record UnreadableValue(string Text, string Reason);
