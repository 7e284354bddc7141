namespace KamReports.Documents.Workbook;

/// <summary>
/// A native chart bound to a sheet's columns (0-based): categories, a primary series (columns or a line)
/// and an optional secondary line (on a 0-100% axis when the primary is columns).
/// </summary>
public sealed record WorkbookChart(string Title, int CategoryColumn, int PrimaryColumn, int? SecondaryColumn, bool PrimaryAsColumns,
    int FromColumn, int FromRow, int ToColumn, int ToRow);
