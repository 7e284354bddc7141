namespace KamReports.Documents.Workbook;

/// <summary>Conditional colours of a column: none, traffic-light bands (green/amber/red fill) or the sign of a change.</summary>
public enum CellHighlight { None, Bands, Sign, SignRedUp }
