namespace KamReports.Documents;

/// <summary>
/// One KPI ready for display: raw value and unit (templates format it), the value a year before,
/// the change, its kind (pct, pts, abs or none), the window the KPI speaks of (quarter, ttm, fiscal_year,
/// days90, end_of_quarter) and a traffic light (green, amber, red or unknown).
/// </summary>
public sealed record KpiValue(string Key, string Title, string Unit, object? Value, object? Previous, double? Change, string ChangeKind,
    bool LowerIsBetter, string Light, string Definition,
    string Window);
