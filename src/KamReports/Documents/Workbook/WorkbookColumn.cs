using KamReports.Compute;

namespace KamReports.Documents.Workbook;

/// <summary>
/// A sheet column: machine key (kept as the header cell's comment), readable header, unit and colouring;
/// <see cref="Bands"/> are the green and amber thresholds of a <see cref="CellHighlight.Bands"/> column.
/// </summary>
public sealed record WorkbookColumn(string Key, string Header, KpiUnit Unit, CellHighlight Highlight = CellHighlight.None,
    (double Green, double Amber)? Bands = null);
