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
    public const string Decimal = "#,##0.00";

    public static string? For(KpiUnit unit) => unit switch
    {
        KpiUnit.Money => Money,
        KpiUnit.Percent => Percent,
        KpiUnit.Count => Count,
        KpiUnit.Score or KpiUnit.Index => Score,
        KpiUnit.Ratio => Ratio,
        _ => null,
    };

    /// <summary>A number in a column without a numeric unit still gets a format: whole numbers as counts, others with two
    /// decimals.</summary>
    public static string Number(object value) => value is int ? Count : Decimal;
}
