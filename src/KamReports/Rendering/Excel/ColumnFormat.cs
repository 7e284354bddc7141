using KamReports.Compute;

namespace KamReports.Rendering.Excel;

/// <summary>Excel number formats by KPI unit.</summary>
public static class ColumnFormat
{
    public const string Money = "#,##0;[Red]-#,##0";
    public const string Percent = "0.0%";
    public const string Count = "#,##0";
    public const string Score = "0";
    public const string Ratio = "0.0";
    public const string Date = "yyyy-mm-dd";

    public static string? For(KpiUnit unit) => unit switch
    {
        KpiUnit.Money => Money,
        KpiUnit.Percent => Percent,
        KpiUnit.Count => Count,
        KpiUnit.Score or KpiUnit.Index => Score,
        KpiUnit.Ratio => Ratio,
        _ => null,
    };
}
