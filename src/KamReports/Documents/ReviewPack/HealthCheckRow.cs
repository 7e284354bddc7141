namespace KamReports.Documents.ReviewPack;

/// <summary>One line of the KAM health check: the share of key accounts that meet a practice (null = no data).</summary>
public sealed record HealthCheckRow(string Key, string Title, double? Share, string Light);
