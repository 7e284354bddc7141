namespace KamReports.Compute;

/// <summary>One scored component of the health score (kpis.md): its KPI key, score 0-100 and weight.</summary>
public sealed record HealthComponent(string Key, double Score, double Weight);
