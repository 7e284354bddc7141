namespace KamReports.Documents.AccountPlan;

/// <summary>A group of the KPI scorecard: customer, account_plan, account_team or process.</summary>
public sealed record ScorecardGroup(string Key, string Title, IReadOnlyList<KpiValue> Items);
