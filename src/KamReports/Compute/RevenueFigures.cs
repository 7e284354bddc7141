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

    /// <summary>An account's figures for quarter <paramref name="q"/> from its reduced revenue (<see cref="RevenueSummary"/>).</summary>
    public static RevenueFigures Of(IEnumerable<RevenueCell> cells, IEnumerable<RevenueOrders> orders, FiscalQuarter q)
    {
        var f = new RevenueFigures();
        var o = q.Ordinal;
        int anon = 0, anonTtm = 0;
        foreach (var c in cells)
        {
            var d = o - FiscalQuarter.OrdinalOf(RevenueSummary.FirstDayOf(c.Month), q.FiscalYearStart);
            if (d < 0) continue; // after the period: not yet history
            if (f.First is null || c.FirstDate < f.First) f.First = c.FirstDate;
            var amount = c.Positive + c.Other;
            if (d < 8) f.Quarters[7 - d] += amount;
            if (d == 0)
            {
                f.Revenue += amount;
                f.Gross += c.Positive;
                f.Returns -= c.Other;
                anon += c.AnonymousOrders;
                if (c.Cost is { } cost) { f.Cost += cost; f.HasCost = true; }
            }
            if (d == 1) f.PrevQuarter += amount;
            if (d == 4) f.PrevYear += amount;
            if (d < 4)
            {
                f.Ttm += amount;
                anonTtm += c.AnonymousOrders;
                var cur = f.Lines.GetValueOrDefault(c.ProductLine);
                f.Lines[c.ProductLine] = cur with { Ttm = cur.Ttm + amount, Bought = cur.Bought || c.HasPositive };
            }
            else if (d < 8)
            {
                f.TtmPrev += amount;
                var cur = f.Lines.GetValueOrDefault(c.ProductLine);
                f.Lines[c.ProductLine] = cur with { Prev = cur.Prev + amount, BoughtPrev = cur.BoughtPrev || c.HasPositive };
            }
        }
        // An order counts once in a window when any of its months with positive rows falls in it.
        int ordersQ = 0, ordersTtm = 0;
        foreach (var r in orders)
        {
            bool inQ = false, inTtm = false;
            foreach (var m in r.Months)
            {
                var d = o - FiscalQuarter.OrdinalOf(RevenueSummary.FirstDayOf(m), q.FiscalYearStart);
                inQ |= d == 0;
                inTtm |= d is >= 0 and < 4;
            }
            if (inQ) ordersQ += r.Count;
            if (inTtm) ordersTtm += r.Count;
        }
        f.Orders = ordersQ + anon;
        f.OrdersTtm = ordersTtm + anonTtm;
        return f;
    }
}

/// <summary>An account's revenue on one product line in TTM and TTM-1, and whether it bought it (positive amount) in each.</summary>
internal readonly record struct LineTotals(decimal Ttm, decimal Prev, bool Bought, bool BoughtPrev);
