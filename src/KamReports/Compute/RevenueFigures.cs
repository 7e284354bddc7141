using KamReports.Records;

namespace KamReports.Compute;

/// <summary>
/// Everything kpis.md takes from one account's revenue lines, gathered in a single pass over them
/// (the hot loop of a run with millions of lines): quarter sums, TTM windows, orders, product lines.
/// </summary>
internal sealed class RevenueFigures
{
    public decimal Revenue, PrevQuarter, PrevYear, Ttm, TtmPrev, Gross, Returns, Cost;
    public bool HasCost;
    public int Orders, OrdersTtm;
    public DateOnly? First;
    /// <summary>Q-7 .. Q, oldest first.</summary>
    public readonly decimal[] Quarters = new decimal[8];
    public readonly Dictionary<string, LineTotals> Lines = new(StringComparer.Ordinal);

    public static RevenueFigures Of(IEnumerable<RevenueLine> lines, FiscalQuarter q)
    {
        var f = new RevenueFigures();
        var o = q.Ordinal;
        var orderIds = new HashSet<string>(StringComparer.Ordinal);
        var orderIdsTtm = new HashSet<string>(StringComparer.Ordinal);
        int anon = 0, anonTtm = 0;
        foreach (var r in lines)
        {
            var d = o - FiscalQuarter.OrdinalOf(r.Date, q.FiscalYearStart);
            if (d < 0) continue; // after the period: not yet history
            if (f.First is null || r.Date < f.First) f.First = r.Date;
            if (d < 8) f.Quarters[7 - d] += r.Amount;
            if (d == 0)
            {
                f.Revenue += r.Amount;
                if (r.Amount > 0)
                {
                    f.Gross += r.Amount;
                    if (r.OrderId is null) anon++; else orderIds.Add(r.OrderId);
                }
                else f.Returns -= r.Amount;
                if (r.CostToServe is { } c) { f.Cost += c; f.HasCost = true; }
            }
            if (d == 1) f.PrevQuarter += r.Amount;
            if (d == 4) f.PrevYear += r.Amount;
            if (d < 4)
            {
                f.Ttm += r.Amount;
                if (r.Amount > 0) { if (r.OrderId is null) anonTtm++; else orderIdsTtm.Add(r.OrderId); }
                var cur = f.Lines.GetValueOrDefault(r.ProductLine);
                f.Lines[r.ProductLine] = cur with { Ttm = cur.Ttm + r.Amount, Bought = cur.Bought || r.Amount > 0 };
            }
            else if (d < 8)
            {
                f.TtmPrev += r.Amount;
                var cur = f.Lines.GetValueOrDefault(r.ProductLine);
                f.Lines[r.ProductLine] = cur with { Prev = cur.Prev + r.Amount, BoughtPrev = cur.BoughtPrev || r.Amount > 0 };
            }
        }
        f.Orders = orderIds.Count + anon;
        f.OrdersTtm = orderIdsTtm.Count + anonTtm;
        return f;
    }
}

/// <summary>An account's revenue on one product line in TTM and TTM-1, and whether it bought it (positive amount) in each.</summary>
internal readonly record struct LineTotals(decimal Ttm, decimal Prev, bool Bought, bool BoughtPrev);
