using static KamReports.Compute.Formulas;

namespace KamReports.Compute;

/// <summary>kpis.md portfolio figures over all accounts: segment summaries, concentration and the loss scenario.</summary>
internal static class PortfolioSummaries
{
    public static readonly IReadOnlyList<string> Dimensions = ["region", "industry", "customer_type", "abc_class", "lifecycle",
        "behaviour", "feedback", "quadrant"];
    private static readonly int[] LossNs = [1, 3, 5];

    public static string DimensionValue(AccountResult r, string dimension) => dimension switch
    {
        "region" => r.Account.Region ?? Portfolio.Unassigned,
        "industry" => r.Account.Industry ?? Portfolio.Unassigned,
        "customer_type" => r.Account.CustomerType ?? Portfolio.Unassigned,
        "abc_class" => r.Kpis.AbcClass,
        "lifecycle" => r.Kpis.Lifecycle,
        "behaviour" => r.Kpis.Behaviour,
        "feedback" => r.Kpis.Feedback,
        "quadrant" => r.Kpis.PortfolioQuadrant ?? Portfolio.Unassigned,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    public static List<SegmentSummary> Segments(IReadOnlyList<AccountResult> results, decimal totalTtm)
    {
        var list = new List<SegmentSummary>();
        foreach (var dim in Dimensions)
        {
            foreach (var g in results.GroupBy(r => DimensionValue(r, dim), StringComparer.Ordinal)
                         .OrderByDescending(g => g.Sum(r => r.Kpis.RevenueTtm)).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var revenue = g.Sum(r => r.Kpis.Revenue);
                var prevY = g.Sum(r => r.Kpis.RevenuePrevYear);
                var ttm = g.Sum(r => r.Kpis.RevenueTtm);
                list.Add(new SegmentSummary(dim, g.Key, g.Count(), revenue, ttm, Growth(revenue, prevY), Ratio(ttm, totalTtm),
                    Mean(g.Select(r => r.Kpis.Nps))) {
                    GrowthTtm = Growth(ttm, g.Sum(r => r.Kpis.RevenueTtmPrev)),
                    ServiceModelMet = Mean(g.Select(r => r.Kpis.ServiceModelMet)),
                    ProgrammeCoverage = Mean(g.Select(r => r.Kpis.ProgrammeCoverage)),
                });
            }
        }
        return list;
    }

    public static Concentration ConcentrationOf(IReadOnlyList<AccountResult> ranked, decimal total)
    {
        if (total <= 0) return new Concentration(null, null, null, null);
        double Top(int n) => (double)(ranked.Take(n).Sum(r => r.Kpis.RevenueTtm) / total);
        var hhi = ranked.Sum(r => Math.Pow((double)(r.Kpis.RevenueTtm / total), 2)) * 10_000;
        return new Concentration(Top(1), Top(5), Top(10), hhi);
    }

    public static LossScenario[] Losses(IReadOnlyList<AccountResult> ranked, decimal total) => LossNs.Select(n =>
    {
        var lost = ranked.Where(r => r.IsKeyAccount).Take(n).ToArray();
        var lostRevenue = lost.Sum(r => r.Kpis.RevenueTtm);
        return new LossScenario(n, lost.Select(r => r.Account.AccountId).ToArray(), lostRevenue, total - lostRevenue, total > 0
            ? (double)(lostRevenue / total) : null);
    }).ToArray();
}
