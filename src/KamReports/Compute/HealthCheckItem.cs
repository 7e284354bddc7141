namespace KamReports.Compute;

/// <summary>One element of the KAM health check: the share of key accounts that have it and its light (kpis.md bands 80% / 50%).</summary>
public sealed record HealthCheckItem(string Key, double? Share, HealthLight Light);
