namespace KamReports.Compute;

/// <summary>Which way a KPI is good: up (revenue), down (complaints) or neither (counts that only describe).</summary>
public enum GoodDirection { Up, Down, Neutral }
