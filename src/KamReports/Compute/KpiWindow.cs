namespace KamReports.Compute;

/// <summary>The time window a KPI speaks of (kpis.md, windows), so every label can name it.</summary>
public enum KpiWindow
{
    /// <summary>The reporting quarter Q.</summary>
    Quarter,
    /// <summary>The four quarters ending with Q.</summary>
    Ttm,
    /// <summary>The fiscal year containing Q (wallet).</summary>
    FiscalYear,
    /// <summary>The 90 days ending with Q.</summary>
    Days90,
    /// <summary>A state at the end of Q (open complaints, contacts, classes).</summary>
    EndOfQuarter,
}
