using KamReports.Records;

namespace KamReports.Compute;

/// <summary>kpis.md target: an account's budget for a quarter from quarterly, monthly or yearly rows.</summary>
internal static class TargetSchedule
{
    // Quarter targets match; monthly targets are summed into their quarter; a fiscal year's target is spread
    // evenly over its four quarters. Targets for all lines win over per-line ones (summing both would count
    // the budget twice); without an all-lines target the per-line ones add up.
    /// <summary>The quarter's target, or null without one; a total of 0 (or less) is no target.</summary>
    public static decimal? For(IEnumerable<Target> targets, int ordinal, int fy)
    {
        decimal? all = null, perLine = null;
        foreach (var t in targets)
        {
            decimal? part = null;
            var p = t.Period;
            if (p.Quarter is { } pq) { if (p.Year * 4 + pq - 1 == ordinal) part = t.Amount; }
            else if (p.Month is { } pm) { if (FiscalQuarter.OrdinalOf(new DateOnly(p.Year, pm, 1), fy) == ordinal) part = t.Amount; }
            else if ((int)Math.Floor(ordinal / 4.0) == p.Year) part = t.Amount / 4;
            if (part is null) continue;
            if (t.ProductLine is null) all = (all ?? 0) + part;
            else perLine = (perLine ?? 0) + part;
        }
        // kpis.md: a target of 0 is no target (no attainment, no target line, no "▼ 100%").
        var total = all ?? perLine;
        return total > 0 ? total : null;
    }
}
