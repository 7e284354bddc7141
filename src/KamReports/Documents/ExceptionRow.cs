namespace KamReports.Documents;

/// <summary>An account that needs attention: red health, declining or with overdue actions.</summary>
public sealed record ExceptionRow(string Id, string Name, string? Manager, string Light, double? HealthScore, IReadOnlyList<string> Reasons);
