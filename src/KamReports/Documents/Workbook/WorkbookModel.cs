namespace KamReports.Documents.Workbook;

/// <summary>The review workbook as composed for people: the summary and every sheet, labelled in the run's language.</summary>
public sealed record WorkbookModel(string Title, string Author, WorkbookSummary Summary, IReadOnlyList<WorkbookSheet> Sheets);
