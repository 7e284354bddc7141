namespace KamReports.Documents.Workbook;

/// <summary>A titled block of label/value pairs on the Summary sheet; the title names the population.</summary>
public sealed record WorkbookSection(string Title, IReadOnlyList<WorkbookItem> Items);
