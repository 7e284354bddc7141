namespace KamReports.Compute;

/// <summary>One KPI: its kpis.csv key, English title, unit, scorecard group and how to read it.</summary>
public sealed record KpiDefinition(string Key, string Title, KpiUnit Unit, KpiGroup Group, Func<AccountKpis, object?> Value, string Definition);
