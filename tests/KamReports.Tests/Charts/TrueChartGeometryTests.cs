using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KamReports.Charts;
using KamReports.Formatting;
using KamReports.Rendering;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.Tests.Charts;

/// <summary>
/// Issue 23, true charts, measured on the SVG: a bubble's centre maps back to its value, no two texts overprint (boxes estimated from
/// font size and characters), bars stay under the top tick, legends stay off the marks, a target of 0 draws nothing, German money
/// labels fit.
/// </summary>
public partial class TrueChartGeometryTests
{
    private static readonly string[] Quadrants = ["develop", "strategic", "streamline", "maintain"];

    private static XElement[] Elements(string svg, string name) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == name).ToArray();

    private static double N(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private sealed record TextBox(string Text, double Size, double X, double Y, double Left, double Top, double Right, double Bottom)
    {
        public bool Hits(TextBox o) => Left < o.Right && o.Left < Right && Top < o.Bottom && o.Top < Bottom;
    }

    // Every unrotated text: its anchor (the translate) and a box from its start, font size and characters (a CJK one a full em,
    // any other 0.6 em), one font size high around the baseline.
    private static TextBox[] Texts(string svg) => Elements(svg, "text")
        .Select(t => (Text: t.Value.Trim(), Size: N(t, "font-size"), Match: Translate().Match((string)t.Attribute("transform")!), t))
        .Where(t => t.Match.Success && t.Text.Length > 0)
        .Select(t =>
        {
            var (x, y) = (Num(t.Match.Groups[1].Value), Num(t.Match.Groups[2].Value));
            var baseline = y + N(t.t, "y");
            var width = t.Text.Sum(c => c >= '\u2E80' ? 1.0 : 0.6) * t.Size;
            // The drawn start (x) tells how the text hangs from its anchor: from its start, its middle or its end.
            var measured = t.Text.Sum(c => c >= '\u2E80' ? 1.0 : 0.5) * t.Size;
            var hang = new[] { 0, 0.5, 1 }.MinBy(a => Math.Abs(-N(t.t, "x") / measured - a));
            var left = x - hang * width;
            return new TextBox(t.Text, t.Size, x, y, left, baseline - 0.8 * t.Size, left + width, baseline + 0.2 * t.Size);
        }).ToArray();

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static void NoTwoOverprint(TextBox[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
            for (var j = i + 1; j < texts.Length; j++)
                Assert.False(texts[i].Hits(texts[j]), $"\"{texts[i].Text}\" overprints \"{texts[j].Text}\"");
    }

    // Data to pixels from the tick labels of 1 and 5 (bottom: their x; left: their y).
    private static (Func<double, double> X, Func<double, double> Y) Scales(string svg, double a, double b)
    {
        var ticks = Texts(svg).Where(t => t.Size == 11).ToArray();
        var bottomY = ticks.Max(t => t.Y);
        var leftX = ticks.Min(t => t.X);
        string Label(double v) => v > 0 && ticks.Any(t => t.Text == "+" + v.ToString(CultureInfo.InvariantCulture))
            ? "+" + v.ToString(CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);
        double Bx(double v) => ticks.Single(t => t.Text == Label(v) && Math.Abs(t.Y - bottomY) < 0.01).X;
        double Ly(double v) => ticks.Single(t => t.Text == v.ToString(CultureInfo.InvariantCulture) && Math.Abs(t.X - leftX) < 0.01).Y;
        return (v => Bx(a) + (v - a) * (Bx(b) - Bx(a)) / (b - a), v => Ly(1) + (v - 1) * (Ly(5) - Ly(1)) / 4);
    }

    private static void AtTrueValues(string svg, IReadOnlyList<ChartPoint> points, double a, double b)
    {
        var (x, y) = Scales(svg, a, b);
        var bubbles = Elements(svg, "ellipse");
        var sorted = points.OrderByDescending(p => p.Size).ToArray(); // drawn largest first
        Assert.Equal(sorted.Length, bubbles.Length);
        for (var i = 0; i < sorted.Length; i++)
        {
            Assert.True(Math.Abs(N(bubbles[i], "cx") - x(sorted[i].X)) <= 0.5, $"bubble {sorted[i].Label}: cx {N(bubbles[i], "cx")}"
                + $" for {x(sorted[i].X):0.00}");
            Assert.True(Math.Abs(N(bubbles[i], "cy") - y(sorted[i].Y)) <= 0.5, $"bubble {sorted[i].Label}: cy {N(bubbles[i], "cy")}"
                + $" for {y(sorted[i].Y):0.00}");
        }
    }

    private static ChartPoint[] Crowd(double x, double y, string tone)
    {
        var rng = new Random(23);
        return Enumerable.Range(1, 40).Select(i => new ChartPoint(i.ToString(CultureInfo.InvariantCulture), x + rng.NextDouble() * 0.04,
            y + rng.NextDouble() * 0.04, rng.Next(10, 1000), tone)).ToArray();
    }

    [Fact]
    public void Forty_bubbles_at_one_place_stand_at_their_true_values_and_their_numbers_never_overprint()
    {
        var crowd = Crowd(3.3, 3.1, "green");
        var svg = ChartFactory.Matrix(crowd, "Relationship", "Potential", Quadrants);
        AtTrueValues(svg, crowd, 1, 5);
        NoTwoOverprint(Texts(svg));
        // The largest twenty carry their number; the table keys the rest.
        var numbers = Texts(svg).Where(t => t.Size == 9).Select(t => t.Text).ToArray();
        Assert.Equal(crowd.OrderByDescending(p => p.Size).Take(ChartFactory.MaxBubbleLabels).Select(p => p.Label).Order(), numbers.Order());
    }

    [Fact]
    public void A_crowd_on_the_value_map_stands_at_its_true_values_without_overprinting()
    {
        var crowd = Crowd(0.5, 4.5, "");
        var svg = ChartFactory.ValueMap(crowd, "Advantage", "Importance");
        AtTrueValues(svg, crowd, -4, 4);
        NoTwoOverprint(Texts(svg));
    }

    [Fact]
    public void The_300_account_sample_matrix_draws_every_account_at_its_scores_without_overprinting()
    {
        using var dir = new TempDir();
        new SampleGenerator(new SampleOptions(Accounts: 300)).Write(dir.Path);
        var kit = SampleKit.Load(dir.Path);
        var chart = kit.Composer.PortfolioPack().Charts.Matrix;
        var points = chart.Marks.Select(m => new ChartPoint(m.Label, m.X, m.Y, m.Size, m.Tone)).ToArray();
        Assert.True(points.Length >= 60, $"{points.Length} bubbles");
        var svg = ChartFactory.Matrix(points, chart.XTitle!, chart.YTitle!, [.. chart.Regions]);
        AtTrueValues(svg, points, 1, 5);
        NoTwoOverprint(Texts(svg));
    }

    [Fact]
    public void A_tie_in_the_sample_is_an_advantage_of_0_drawn_grey_on_the_zero_line()
    {
        // ACC-0001's "Spare parts in 24 hours": ours 5, Rockford's 5.
        var kit = SampleKit.Load();
        var plan = kit.Composer.AccountPlan(kit.P.Accounts.Single(a => a.Account.AccountId == "ACC-0001"));
        var map = plan.Charts.ValueMap!;
        var tie = map.Marks.Single(m => m.Label == "2");
        Assert.Equal(0, tie.X);
        var points = map.Marks.Select(m => new ChartPoint(m.Label, m.X, m.Y, m.Size, m.Tone)).ToArray();
        var svg = ChartFactory.ValueMap(points, map.XTitle!, map.YTitle!);
        var (x, y) = Scales(svg, -4, 4);
        var index = Array.IndexOf(points.OrderByDescending(p => p.Size).ToArray(), points.Single(p => p.Label == "2"));
        var bubble = Elements(svg, "ellipse")[index];
        Assert.Equal(x(0), N(bubble, "cx"), 0.5);
        Assert.Equal(y(tie.Y), N(bubble, "cy"), 0.5);
        Assert.Equal("#8A97A8", (string?)bubble.Attribute("fill"));
    }

    // The y of the top tick label's anchor (the tick itself) on the left axis.
    private static double TopTickY(string svg)
    {
        var texts = Texts(svg).Where(t => t.Size == 11).ToArray();
        var leftX = texts.Min(t => t.X);
        return texts.Where(t => Math.Abs(t.X - leftX) < 0.01).Min(t => t.Y);
    }

    // The top of the highest bar of this colour (the legend's swatch, in the group with the legend's texts, is no bar).
    private static double Highest(string svg, string fill) => Elements(svg, "rect").Where(r => (string?)r.Attribute("fill") == fill
        && !InLegend(r)).Min(r => N(r, "y"));

    private static bool InLegend(XElement e) =>
        e.Ancestors().Any(g => g.Name.LocalName == "g" && g.Descendants().Any(t => t.Name.LocalName == "text"));

    [Theory]
    [InlineData(60_400)]
    [InlineData(99_999)]
    [InlineData(100_001)]
    [InlineData(1_234_567)]
    public void The_highest_bar_ends_at_or_below_the_top_tick(double top)
    {
        var euro = (Func<double, string>)(v => "€" + (v / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k");
        var bars = ChartFactory.RevenueVsTarget(["Q1", "Q2", "Q3"], [top / 3, top, top / 2], [top / 2, null, top * 0.9], "Revenue",
            "Target", euro);
        Assert.True(Highest(bars, "#1B3A5C") >= TopTickY(bars) - 0.01, "a revenue bar rises above the top tick");
        var pareto = ChartFactory.Pareto(["A", "B", "C"], [top, top / 2, top / 4], [0.57, 0.86, 1], "Revenue", "Share", euro,
            v => (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%");
        Assert.True(Highest(pareto, "#1B3A5C") >= TopTickY(pareto) - 0.01, "a Pareto bar rises above the top tick");
        var lines = ChartFactory.Lines(["Q1", "Q2"], [[top / 2, top]], ["Revenue"], euro);
        Assert.True(Elements(lines, "ellipse").Where(e => !InLegend(e)).Min(e => N(e, "cy")) >= TopTickY(lines) - 0.01,
            "a point rises above the top tick");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    public void A_target_of_0_or_none_draws_no_target_line_and_no_target_point(double? target)
    {
        var svg = ChartFactory.RevenueVsTarget(["Q1", "Q2", "Q3"], [100, 200, 300], [target, target, target], "Revenue", "Target",
            v => "€" + v.ToString("0", CultureInfo.InvariantCulture));
        Assert.DoesNotContain(Elements(svg, "path"), p => (string?)p.Attribute("stroke") == "#E9B949");
        Assert.DoesNotContain(Elements(svg, "ellipse"), p => (string?)p.Attribute("fill") == "#E9B949");
        // One quarter without a target (0) breaks nothing for the others: the line joins only real targets.
        var some = ChartFactory.RevenueVsTarget(["Q1", "Q2", "Q3"], [100, 200, 300], [150, 0, 250], "Revenue", "Target",
            v => "€" + v.ToString("0", CultureInfo.InvariantCulture));
        var markers = Elements(some, "ellipse").Where(p => (string?)p.Attribute("fill") == "#E9B949").ToArray();
        Assert.Equal(3, markers.Length); // two on the line, one in the legend
        var zeroY = Texts(some).Where(t => t.Text == "€0").Select(t => t.Y).Single();
        Assert.All(markers, m => Assert.True(N(m, "cy") < zeroY - 1, "no target point on €0"));
    }

    [Fact]
    public void The_legends_stand_off_every_data_mark()
    {
        // Every quarter at the top of the scale, the 2024-Q4 point included.
        string[] quarters = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
        var trend = ChartFactory.SatisfactionTrend(quarters, [100, 95, 100, 100], [98, 100, 97, 100], "NPS", "Satisfaction index");
        var bars = ChartFactory.RevenueVsTarget(quarters, [100, 100, 100, 100], [100, 100, 100, 100], "Revenue", "Target",
            v => "€" + v.ToString("0", CultureInfo.InvariantCulture));
        var lines = ChartFactory.Lines(quarters, [[100, 100, 100, 100], [0, 50, 100, 0]], ["A", "B"],
            v => "€" + v.ToString("0", CultureInfo.InvariantCulture));
        foreach (var svg in new[] { trend, bars, lines })
        {
            var doc = XDocument.Parse(svg);
            var legend = doc.Descendants().Single(e => e.Name.LocalName == "rect" && e.Attribute("fill-opacity") is not null);
            var (l, t, r, b) = (N(legend, "x"), N(legend, "y"), N(legend, "x") + N(legend, "width"), N(legend, "y") + N(legend, "height"));
            // The marks: the points and bars of the data area (the legend's own swatches sit inside its box).
            var marks = doc.Descendants().Where(e => e.Name.LocalName == "ellipse").Select(e => (N(e, "cx") - N(e, "rx"),
                N(e, "cy") - N(e, "ry"), N(e, "cx") + N(e, "rx"), N(e, "cy") + N(e, "ry")))
                .Concat(doc.Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("fill") == "#1B3A5C")
                    .Select(e => (N(e, "x"), N(e, "y"), N(e, "x") + N(e, "width"), N(e, "y") + N(e, "height"))))
                .Where(m => !(m.Item1 >= l && m.Item3 <= r && m.Item2 >= t && m.Item4 <= b)).ToArray();
            Assert.NotEmpty(marks);
            Assert.All(marks, m => Assert.False(m.Item1 < r && l < m.Item3 && m.Item2 < b && t < m.Item4,
                $"the legend ({l:0},{t:0})-({r:0},{b:0}) covers a mark at ({m.Item1:0},{m.Item2:0})"));
        }
    }

    [Theory]
    [InlineData("de-DE", 680)]
    [InlineData("de-DE", 420)]
    [InlineData("de-DE", 300)]
    [InlineData("zh-CN", 300)]
    public void German_money_labels_fit_the_chart_and_its_ticks_stand_apart(string culture, int width)
    {
        var c = CultureInfo.GetCultureInfo(culture);
        var f = new ValueFormatter(c, culture == "zh-CN" ? "CNY" : "EUR", StringTable.Load(Repo.Templates, c));
        var svg = ChartFactory.HorizontalBars(["Industrielle Pumpen und Ventile", "Ersatzteile", "Service"], [740_000, 1_234_567, 20_500],
            v => f.MoneyShort(v), width);
        var texts = Texts(svg);
        Assert.Contains(texts, t => t.Text == f.MoneyShort(740_000).Replace('\u00A0', ' ').Replace('\u202F', ' '));
        var view = ((string)XDocument.Parse(svg).Root!.Attribute("viewBox")!).Split(' ').Select(Num).ToArray();
        Assert.All(texts, t => Assert.True(t.Left >= 0 && t.Right <= view[2] && t.Top >= 0 && t.Bottom <= view[3],
            $"\"{t.Text}\" ({t.Left:0}-{t.Right:0}) is clipped by the {view[2]}-pixel chart"));
        NoTwoOverprint(texts);
        // The value labels stand right of their bars' ends.
        var bars = Elements(svg, "rect").Where(r => (string?)r.Attribute("fill") == "#2A9D8F").ToArray();
        Assert.Equal(3, bars.Length);
    }

    [Theory]
    [InlineData(680)]
    [InlineData(300)]
    [InlineData(200)]
    public void Quarter_labels_on_a_narrow_chart_are_thinned_out_rather_than_run_together(int width)
    {
        string[] quarters = ["Q4 2024", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026"];
        double[] revenue = [740_000, 810_000, 905_000, 1_020_000, 980_000, 1_110_000, 1_234_567, 1_190_000];
        var c = CultureInfo.GetCultureInfo("de-DE");
        var f = new ValueFormatter(c, "EUR", StringTable.Load(Repo.Templates, c));
        var bars = ChartFactory.RevenueVsTarget(quarters, revenue, revenue.Select(v => (double?)v * 0.9).ToArray(), "Umsatz", "Ziel",
            v => f.MoneyShort(v), width);
        var lines = ChartFactory.Lines(quarters, [revenue.Select(v => (double?)v).ToArray()], ["Umsatz"], v => f.MoneyShort(v), width);
        var trend = ChartFactory.SatisfactionTrend(quarters, [10, 20, 30, 40, 50, 60, 70, 80], [60, 61, 62, 63, 64, 65, 66, 67], "NPS",
            "Zufriedenheitsindex", width);
        foreach (var svg in new[] { bars, lines, trend })
        {
            var texts = Texts(svg);
            NoTwoOverprint(texts);
            Assert.Contains(texts, t => t.Text == "Q4 2024");
        }
    }

    [GeneratedRegex(@"^translate\(([-0-9.e]+) ([-0-9.e]+)\)$")]
    private static partial Regex Translate();
}
