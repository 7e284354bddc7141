namespace KamReports.Compute;

/// <summary>Cross-selling and white space per product line, with what peers of the same industry buy.</summary>
internal static class ProductLineAnalysis
{
    /// <summary>Per (industry, line): summed TTM revenue and number of accounts buying it.</summary>
    public static Dictionary<(string Industry, string Line), (decimal Sum, int Buyers)> IndustryStats(IEnumerable<AccountDraft> drafts)
    {
        var result = new Dictionary<(string, string), (decimal, int)>();
        foreach (var d in drafts)
        {
            if (d.Account.Industry is not { } industry) continue;
            foreach (var (line, v) in d.Revenue.Lines)
            {
                if (!v.Bought) continue;
                var cur = result.GetValueOrDefault((industry, line));
                result[(industry, line)] = (cur.Item1 + v.Ttm, cur.Item2 + 1);
            }
        }
        return result;
    }

    public static ProductLineStat[] ForAccount(IReadOnlyList<string> catalog, AccountDraft d, Dictionary<(string Industry, string Line),
        (decimal Sum, int Buyers)> industryStats) =>
        catalog.Select(line =>
        {
            var v = d.Revenue.Lines.GetValueOrDefault(line);
            var status = !v.Bought ? ProductLineStatus.NotBought : v.BoughtPrev ? ProductLineStatus.Bought : ProductLineStatus.New;
            decimal? peer = null;
            var buyers = 0;
            if (status == ProductLineStatus.NotBought && d.Account.Industry is { } industry
                && industryStats.TryGetValue((industry, line), out var s) && s.Buyers > 0)
            {
                peer = Math.Round(s.Sum / s.Buyers, 2);
                buyers = s.Buyers;
            }
            return new ProductLineStat(line, v.Ttm, v.Prev, status, peer, buyers);
        }).OrderBy(p => p.Status).ThenByDescending(p => p.RevenueTtm).ThenByDescending(p => p.PeerRevenue ?? 0).ThenBy(p => p.Name,
            StringComparer.Ordinal).ToArray();

    // Least-squares line through the quarters since the first revenue (at most 8), one quarter ahead, floored at 0.
    public static decimal? Project(decimal[] quarterRevenue, DateOnly? first, FiscalQuarter q)
    {
        if (first is null) return null;
        var startIndex = Math.Max(0, 7 - (q.Ordinal - FiscalQuarter.OrdinalOf(first.Value, q.FiscalYearStart)));
        var n = 8 - startIndex;
        if (n < 2) return null;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var i = startIndex; i < 8; i++)
        {
            double x = i - startIndex, y = (double)quarterRevenue[i];
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }
        var slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        var intercept = (sy - slope * sx) / n;
        return Math.Round((decimal)Math.Max(0, intercept + slope * n), 2);
    }
}
