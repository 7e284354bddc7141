using KamReports.Config;

namespace KamReports.Compute;

/// <summary>kpis.md "Portfolio and segments": ABC, lifecycle, behaviour, feedback and the portfolio quadrant.</summary>
internal static class Classification
{
    public static Dictionary<string, string> AssignAbc(IReadOnlyList<(string Id, decimal Ttm)> ranked, decimal total, KamConfig config)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = ranked.Count;
        if (config.AbcRule == AbcRule.Count)
        {
            // Ranks 1..ceil(a*n) are A, up to ceil(b*n) B, the rest C. The small epsilon keeps 0.2*10 at 2, not 3.
            var aMax = (int)Math.Ceiling(config.AbcA * n - 1e-9);
            var bMax = (int)Math.Ceiling(config.AbcB * n - 1e-9);
            for (var i = 0; i < n; i++) result[ranked[i].Id] = i < aMax ? "A" : i < bMax ? "B" : "C";
            return result;
        }
        decimal cumulative = 0;
        foreach (var (id, ttm) in ranked)
        {
            cumulative += ttm;
            var share = total > 0 ? (double)(cumulative / total) : double.PositiveInfinity;
            result[id] = share <= config.AbcA + 1e-12 ? "A" : share <= config.AbcB + 1e-12 ? "B" : "C";
        }
        return result;
    }

    // Potential fallback (kpis.md, quadrant): rank by wallet headroom scaled to 1-5, largest headroom = 5.
    public static Dictionary<string, double> HeadroomRank(IEnumerable<(string Id, decimal Headroom)> items)
    {
        var sorted = items.OrderBy(i => i.Headroom).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++) result[sorted[i].Id] = sorted.Count == 1 ? 3 : 1 + 4.0 * i / (sorted.Count - 1);
        return result;
    }

    public static string Lifecycle(DateOnly? first, AccountKpis k, FiscalQuarter q, KamConfig config)
    {
        if (first is null) return "prospect";
        if (FiscalQuarter.OrdinalOf(first.Value, q.FiscalYearStart) > q.Ordinal - 4) return "new";
        if (k.ProductLines == 0 && k.RevenueTtm <= 0) return "lost";
        if (k.GrowthTtm is { } g && g < config.DecliningGrowth) return "declining";
        return "active";
    }

    public static string Behaviour(int ordersTtm, KamConfig config) => ordersTtm >= config.FrequentOrders ? "frequent" : ordersTtm > 0
        ? "occasional" : "none";

    public static string Feedback(double? satisfactionIndex, KamConfig config) => satisfactionIndex is not { } si ? "unknown"
        : si >= config.SatisfiedIndex ? "satisfied" : si < config.DissatisfiedIndex ? "dissatisfied" : "neutral";

    public static string? Quadrant(double? relationship, double? potential) => relationship is { } x && potential is { } y
        ? (x >= 3, y >= 3) switch
        {
            (true, true) => "strategic",
            (false, true) => "develop",
            (true, false) => "maintain",
            _ => "streamline",
        }
        : null;
}
