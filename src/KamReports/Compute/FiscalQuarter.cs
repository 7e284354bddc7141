using System.Globalization;
using System.Text.RegularExpressions;

namespace KamReports.Compute;

/// <summary>
/// A fiscal quarter. Quarters are numbered by an ordinal (FiscalYear * 4 + Quarter - 1) so that
/// windows such as Q-4 or TTM are plain arithmetic. Fiscal year N starts in month
/// <see cref="FiscalYearStart"/> of calendar year N (kpis.md: with 4, 2026-Q1 is April-June 2026).
/// </summary>
public readonly partial record struct FiscalQuarter(int Ordinal, int FiscalYearStart)
{
    public int FiscalYear => (int)Math.Floor(Ordinal / 4.0);
    public int Quarter => Ordinal - FiscalYear * 4 + 1;

    /// <summary>First day of the quarter.</summary>
    public DateOnly Start
    {
        get
        {
            var months = Ordinal * 3 + (FiscalYearStart - 1);
            return new DateOnly(months / 12, months % 12 + 1, 1);
        }
    }

    /// <summary>Last day of the quarter.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public FiscalQuarter Minus(int quarters) => this with { Ordinal = Ordinal - quarters };
    public FiscalQuarter Plus(int quarters) => this with { Ordinal = Ordinal + quarters };

    public override string ToString() => $"{FiscalYear}-Q{Quarter}";

    /// <summary>The quarter ordinal of a date.</summary>
    public static int OrdinalOf(DateOnly date, int fiscalYearStart)
    {
        var months = date.Year * 12 + date.Month - 1 - (fiscalYearStart - 1);
        return (int)Math.Floor(months / 3.0);
    }

    public static FiscalQuarter Containing(DateOnly date, int fiscalYearStart) => new(OrdinalOf(date, fiscalYearStart), fiscalYearStart);

    [GeneratedRegex(@"^\s*([0-9]{4})-?[Qq]([1-4])\s*$")]
    private static partial Regex QuarterRegex();

    /// <summary>Parses <c>2026-Q3</c>; null when the text is not a quarter.</summary>
    public static FiscalQuarter? TryParse(string text, int fiscalYearStart)
    {
        var m = QuarterRegex().Match(text);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var q = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return new FiscalQuarter(year * 4 + q - 1, fiscalYearStart);
    }

    /// <summary>
    /// The latest complete quarter in the data: the quarter of the last revenue date if that date
    /// falls in the quarter's last month (monthly aggregates are dated on the 1st), else the one before.
    /// </summary>
    public static FiscalQuarter LatestComplete(DateOnly lastDate, int fiscalYearStart)
    {
        var q = Containing(lastDate, fiscalYearStart);
        return lastDate >= q.End.AddDays(1 - q.End.Day) ? q : q.Minus(1);
    }
}
