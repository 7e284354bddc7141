namespace KamReports.Documents.Workbook;

/// <summary>A table sheet: columns, rows, an optional bold total row, what to say when empty, frozen columns and an optional
/// chart.</summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<WorkbookColumn> Columns, IReadOnlyList<WorkbookRow> Rows)
{
    public WorkbookRow? Total { get; init; }
    public string? EmptyText { get; init; }
    public int FrozenColumns { get; init; }
    public WorkbookChart? Chart { get; init; }
}
