namespace KamReports.Compute;

/// <summary>
/// A KPI value that keeps its type: an exact amount (money), a number (ratio, score, count) or a text
/// (a class). All empty means missing ("n/a"; kpis.md: missing is never 0).
/// </summary>
public readonly record struct KpiScalar
{
    private KpiScalar(decimal? amount, double? number, string? text) =>
        (Amount, Number, Text) = (amount, number is { } n && !double.IsFinite(n) ? null : number, text);

    public static readonly KpiScalar Missing = default;

    /// <summary>An exact amount in the reporting currency.</summary>
    public decimal? Amount { get; }
    public double? Number { get; }
    public string? Text { get; }

    /// <summary>The numeric value for arithmetic on display (lights, health, changes); null for text or missing.</summary>
    public double? AsDouble => Amount is { } m ? (double)m : Number;

    /// <summary>The value as templates see it: decimal, double, string or null.</summary>
    public object? Boxed => Amount is { } m ? m : Number is { } n ? n : Text;

    public static implicit operator KpiScalar(decimal value) => new(value, null, null);
    public static implicit operator KpiScalar(decimal? value) => new(value, null, null);
    public static implicit operator KpiScalar(double? value) => new(null, value, null);
    public static implicit operator KpiScalar(int? value) => new(null, value, null);
    public static implicit operator KpiScalar(int value) => new(null, value, null);
    public static implicit operator KpiScalar(double value) => new(null, value, null);
    public static implicit operator KpiScalar(string? value) => new(null, null, value);
}
