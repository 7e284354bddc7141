namespace KamReports.Documents.Workbook;

/// <summary>A row of typed values (string, decimal, double, int, bool, date or null); flagged rows are shaded (overdue actions).</summary>
public sealed record WorkbookRow(IReadOnlyList<object?> Cells, bool Flagged = false);
