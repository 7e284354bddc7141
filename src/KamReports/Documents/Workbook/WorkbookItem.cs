using KamReports.Compute;

namespace KamReports.Documents.Workbook;

/// <summary>One labelled figure with its unit; <see cref="Extra"/> is an optional second figure (a percentage drop beside an
/// amount).</summary>
public sealed record WorkbookItem(string Label, object? Value, KpiUnit Unit, double? Extra = null);
