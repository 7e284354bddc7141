namespace KamReports.Documents.Workbook;

/// <summary>
/// The Summary sheet: a title, labelled sections of scoped figures, the quarter table its chart is bound to, and the text a
/// missing figure shows (n/a, k. A.).
/// </summary>
public sealed record WorkbookSummary(string Name, string Title, string Subtitle, IReadOnlyList<WorkbookSection> Sections,
    WorkbookSheet Quarters, string Missing);
