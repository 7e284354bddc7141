using System.Globalization;
using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

// The pack's charts, as data: the template draws them.
public sealed partial class ReviewPackComposer
{
    // With targets, the bars are the revenue of the very accounts whose targets the line sums (kpis.md, Scopes).
    private ChartData TrendChart(ScopeFigures scope)
    {
        var series = scope.Quarters;
        var hasTargets = series.Any(q => q.Target is not null);
        var last = series.Count > 0 ? series[^1] : null;
        var title = hasTargets && last?.Target is { } lt
            ? c.Format("pack.trend_target", "Revenue of the {0} with a target vs their targets: {1} of {2} in {3} ({4})",
                c.Format("pop.with_target", "{0} accounts", scope.Totals.WithTarget), c.F.Money((double)last.RevenueWithTarget),
                    c.F.Money((double)lt),
                c.F.Quarter(last.Label), c.F.Percent(last.Attainment))
            : c.Format("pack.trend_no_target", "Revenue by quarter, {0} (no targets)", c.Population(scope));
        return new ChartData
        {
            Kind = "bars",
            Categories = series.Select(q => c.F.QuarterAxis(q.Label)).ToArray(),
            Series =
            [
                new ChartSeries(c.T(hasTargets ? "chart.revenue_with_target" : "chart.revenue", "Revenue"),
                    series.Select(q => (double?)(hasTargets ? q.RevenueWithTarget : q.Revenue)).ToArray()),
                new ChartSeries(c.T("chart.target", "Target"), series.Select(q => q.Target is { } t ? (double?)t : null).ToArray()),
            ],
            Title = title,
        };
    }

    // The Pareto shows the largest accounts by name; its cumulative line still counts every account before them.
    private ChartData? ParetoChart(IReadOnlyList<AbcEntry> shown) => shown.Count == 0 ? null : new ChartData
    {
        Kind = "pareto",
        Categories = shown.Select(e => e.Account.Account.Name).ToArray(),
        Series =
        [
            new ChartSeries(c.T("chart.revenue_ttm", "Revenue TTM"), shown.Select(e => (double?)e.Account.Kpis.RevenueTtm).ToArray()),
            new ChartSeries(c.T("chart.cumulative", "Cumulative share"), shown.Select(e => (double?)(e.Cumulative ?? 0)).ToArray()),
        ],
    };

    // The largest bubbles carry their number (keyed in the table); the rest are drawn unlabelled.
    private ChartData MatrixChart(IReadOnlyList<MatrixPoint> matrix) => new()
    {
        Kind = "matrix",
        Unit = "score",
        Marks = matrix.Select(m => new ChartMark(m.Number <= MaxTableRows ? m.Number.ToString(CultureInfo.InvariantCulture) : "",
            m.Relationship, m.Potential,
            (double)Math.Max(0, m.RevenueTtm), m.Light)).ToArray(),
        XTitle = c.T("chart.relationship", "Relationship strength (1-5)"),
        YTitle = c.T("chart.potential", "Growth potential (1-5)"),
        Regions = [c.T("value.develop", "develop"), c.T("value.strategic", "strategic"), c.T("value.streamline", "streamline"),
            c.T("value.maintain", "maintain")],
    };

    private ChartData? SegmentChart(string dimension)
    {
        var rows = P.Segments.Where(s => s.Dimension == dimension).Take(12).ToArray();
        return rows.Length == 0 ? null : new ChartData
        {
            Kind = "hbars",
            Categories = rows.Select(r => r.Segment == KamReports.Compute.Portfolio.Unassigned ? c.T("value.unassigned", "(none)")
                : r.Segment).ToArray(),
            Series = [new ChartSeries(c.T("chart.revenue_ttm", "Revenue TTM"), rows.Select(r => (double?)r.RevenueTtm).ToArray())],
        };
    }
}
