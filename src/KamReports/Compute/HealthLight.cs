namespace KamReports.Compute;

/// <summary>Traffic light of the health score (kpis.md: >= 70 green, >= 40 amber, else red).</summary>
public enum HealthLight { Unknown, Red, Amber, Green }
