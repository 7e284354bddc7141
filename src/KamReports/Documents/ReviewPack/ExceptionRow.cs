namespace KamReports.Documents.ReviewPack;

/// <summary>A key account with at least one risk (kpis.md), its revenue at stake (revenue TTM) and every risk as a sentence.</summary>
public sealed record ExceptionRow(string Id, string Name, string? Manager, string Light, double? HealthScore, decimal RevenueTtm,
    IReadOnlyList<string> Reasons);
