using KamReports.Compute;

namespace KamReports.Documents;

/// <summary>
/// One column of an output table: its machine key (kpis.csv header, workbook key comment), its unit and
/// how to read a typed value (string, decimal, double, int, bool, date or null) from a row.
/// </summary>
public sealed record TableColumn<T>(string Key, KpiUnit Unit, Func<T, object?> Value);
