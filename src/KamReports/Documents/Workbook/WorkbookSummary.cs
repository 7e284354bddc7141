namespace KamReports.Documents.Workbook;

/// <summary>The Summary sheet: a title, labelled sections of scoped figures, and the quarter table its chart is bound to.</summary>
public sealed record WorkbookSummary(string Name, string Title, string Subtitle, IReadOnlyList<WorkbookSection> Sections,
    WorkbookSheet Quarters);
