namespace KamReports.Compute;

/// <summary>What a KPI value measures; drives formatting in every output.</summary>
public enum KpiUnit { Text, Money, Percent, Count, Score, Index, Ratio }
