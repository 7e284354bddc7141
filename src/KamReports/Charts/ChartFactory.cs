using System.Text.RegularExpressions;
using ScottPlot;

namespace KamReports.Charts;

/// <summary>
/// Draws the documents' charts with ScottPlot as SVG (vector in the PDF). It only draws what it is
/// given: every value is computed upstream. One palette and one font for all charts.
/// </summary>
public static partial class ChartFactory
{
    public static readonly Color Navy = Color.FromHex("#1B3A5C");
    public static readonly Color Teal = Color.FromHex("#2A9D8F");
    public static readonly Color Gold = Color.FromHex("#E9B949");
    public static readonly Color Coral = Color.FromHex("#D9534F");
    public static readonly Color Slate = Color.FromHex("#8A97A8");
    public static readonly Color Ink = Color.FromHex("#33404D");
    public static readonly Color Grid = Color.FromHex("#E3E7EC");

    /// <summary>Quarterly revenue bars with the target as a line (account plan, section 5).</summary>
    public static string RevenueVsTarget(string[] labels, double[] revenue, double?[] target, string revenueLabel, string targetLabel,
        Func<double, string> format, int width = 680, int height = 250,
        IReadOnlyList<Color>? colors = null)
    {
        // ScottPlot keeps the default font process-wide: one chart at a time, so parallel documents never borrow each other's font.
        lock (Gate)
        {
            using var plt = NewPlot([.. labels, revenueLabel, targetLabel, .. Samples(format)]);
            var bars = plt.Add.Bars(Enumerable.Range(0, revenue.Length).Select(i => (double)i).ToArray(), revenue);
            foreach (var b in bars.Bars) { b.FillColor = Pick(colors, 0, Navy); b.LineWidth = 0; b.Size = 0.6; }
            bars.LegendText = revenueLabel;
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < target.Length; i++)
                if (target[i] is { } t) { xs.Add(i); ys.Add(t); }
            if (xs.Count > 0)
            {
                var line = plt.Add.ScatterLine(xs.ToArray(), ys.ToArray(), Pick(colors, 1, Gold));
                line.LineWidth = 2.5f;
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = 7;
                line.LegendText = targetLabel;
            }
            CategoryAxis(plt, labels);
            // A negative quarter (returns above sales) is drawn below a visible zero line.
            var negative = revenue.Any(v => v < 0);
            if (negative) plt.Add.HorizontalLine(0, 1, Ink);
            ValueAxis(plt, plt.Axes.Left, [.. revenue, .. target.OfType<double>()], format);
            ShowLegend(plt);
            return Svg(plt, width, height);
        }
    }

    /// <summary>Every series as a line over the categories (a template's <c>kind: "lines"</c> for a revenue chart); a missing value leaves
    /// a gap.</summary>
    public static string Lines(string[] labels, IReadOnlyList<double?[]> series, IReadOnlyList<string> names, Func<double, string> format,
        int width = 680, int height = 250, IReadOnlyList<Color>? colors = null)
    {
        // ScottPlot keeps the default font process-wide: one chart at a time, so parallel documents never borrow each other's font.
        lock (Gate)
        {
            using var plt = NewPlot([.. labels, .. names, .. Samples(format)]);
            Color[] defaults = [Navy, Gold, Teal, Coral, Slate];
            for (var i = 0; i < series.Count; i++) AddSeries(plt, series[i], Pick(colors, i, defaults[i % defaults.Length]), names[i]);
            CategoryAxis(plt, labels);
            var negative = series.Any(v => v.Any(x => x < 0));
            if (negative) plt.Add.HorizontalLine(0, 1, Ink);
            plt.Axes.SetLimitsX(-0.5, labels.Length - 0.5);
            ValueAxis(plt, plt.Axes.Left, series.SelectMany(v => v.OfType<double>()), format);
            ShowLegend(plt);
            return Svg(plt, width, height);
        }
    }

    /// <summary>Horizontal bars, largest on top (revenue by product line, segments).</summary>
    public static string HorizontalBars(string[] labels, double[] values, Func<double, string> format, int width = 680, int height = 0,
        IReadOnlyList<Color>? colors = null)
    {
        // ScottPlot keeps the default font process-wide: one chart at a time, so parallel documents never borrow each other's font.
        lock (Gate)
        {
            using var plt = NewPlot([.. labels, .. Samples(format)]);
            var n = labels.Length;
            if (height == 0) height = Math.Max(140, 34 * n + 60);
            var positions = Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray();
            var bars = plt.Add.Bars(positions, values);
            bars.Horizontal = true;
            foreach (var b in bars.Bars)
            {
                b.FillColor = b.Value < 0 ? Pick(colors, 1, Coral) : Pick(colors, 0, Teal);
                b.LineWidth = 0;
                b.Size = 0.62;
                b.Label = Plain(format(b.Value));
            }
            bars.ValueLabelStyle.FontSize = 11;
            bars.ValueLabelStyle.ForeColor = Ink;
            plt.Axes.Left.SetTicks(positions, labels.Select(l => Shorten(l, 28)).ToArray());
            plt.Axes.Left.MajorTickStyle.Length = 0;
            var negative = values.Any(v => v < 0);
            if (negative) plt.Add.VerticalLine(0, 1, Ink);
            plt.Axes.Margins(bottom: 0.06, top: 0.06);
            // Room past the last tick for the largest bar's label (¥29.0万, 740 Tsd. €).
            ValueAxis(plt, plt.Axes.Bottom, values, format, room: 0.32);
            return Svg(plt, width, height);
        }
    }

    /// <summary>NPS (-100..100) and satisfaction index (0..100) by quarter (account plan, section 7).</summary>
    public static string SatisfactionTrend(string[] labels, double?[] nps, double?[] satisfaction, string npsLabel,
        string satisfactionLabel, int width = 680, int height = 230,
        IReadOnlyList<Color>? colors = null)
    {
        // ScottPlot keeps the default font process-wide: one chart at a time, so parallel documents never borrow each other's font.
        lock (Gate)
        {
            using var plt = NewPlot([.. labels, npsLabel, satisfactionLabel]);
            AddSeries(plt, nps, Pick(colors, 0, Navy), npsLabel);
            AddSeries(plt, satisfaction, Pick(colors, 1, Teal), satisfactionLabel);
            var zero = plt.Add.HorizontalLine(0, 1, DashedSlate);
            zero.LegendText = "";
            CategoryAxis(plt, labels);
            plt.Axes.SetLimitsY(-100, 100);
            plt.Axes.SetLimitsX(-0.5, labels.Length - 0.5);
            plt.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([-100, -50, 0, 50, 100],
                ["-100", "-50", "0", "50", "100"]);
            ShowLegend(plt);
            return Svg(plt, width, height);
        }
    }

    /// <summary>Pareto: revenue bars by account (ranked) and the cumulative share line on a right axis.</summary>
    public static string Pareto(string[] labels, double[] values, double[] cumulativeShare, string valueLabel, string cumulativeLabel,
        Func<double, string> format, Func<double, string> percent,
        int width = 680, int height = 280, IReadOnlyList<Color>? colors = null)
    {
        // ScottPlot keeps the default font process-wide: one chart at a time, so parallel documents never borrow each other's font.
        lock (Gate)
        {
            using var plt = NewPlot([.. labels, valueLabel, cumulativeLabel, .. Samples(format), percent(0.5)]);
            var x = Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray();
            var bars = plt.Add.Bars(x, values);
            foreach (var b in bars.Bars) { b.FillColor = Pick(colors, 0, Navy); b.LineWidth = 0; b.Size = 0.75; }
            bars.LegendText = valueLabel;
            var right = plt.Axes.Right;
            var line = plt.Add.ScatterLine(x, cumulativeShare.Select(c => c * 100).ToArray(), Pick(colors, 1, Gold));
            line.Axes.YAxis = right;
            line.LineWidth = 2.5f;
            line.MarkerSize = values.Length > 30 ? 0 : 5;
            line.LegendText = cumulativeLabel;
            double[] shares = [0, 20, 40, 60, 80, 100];
            right.TickGenerator = new ScottPlot.TickGenerators.NumericManual(shares, shares.Select(p => Plain(percent(p / 100))).ToArray());
            StyleAxis(right);
            if (labels.Length <= 20) CategoryAxis(plt, labels.Select(l => Shorten(l, 14)).ToArray(), rotate: labels.Length > 6
                || labels.Any(l => l.Length > 10));
            else
            {
                var step = (int)Math.Ceiling(labels.Length / 10.0);
                var ticks = Enumerable.Range(0, labels.Length).Where(i => i % step == 0).ToArray();
                plt.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(),
                    ticks.Select(i => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            }
            ValueAxis(plt, plt.Axes.Left, values, format);
            // After the margins: the cumulative axis always spans 0-100%.
            plt.Axes.SetLimitsY(0, 105, right);
            // The series are named in the chart's caption: a legend box would cover bars or labels.
            plt.Legend.IsVisible = false;
            return Svg(plt, width, height);
        }
    }

    /// <summary>Portfolio matrix: relationship (x) against potential (y), bubble area ~ revenue, split at 3.</summary>
    public static string Matrix(IReadOnlyList<ChartPoint> points, string xLabel, string yLabel, string[] quadrantNames, int width = 680,
        int height = 420,
        IReadOnlyList<Color>? colors = null)
    {
        // ScottPlot keeps the default font process-wide: one chart at a time, so parallel documents never borrow each other's font.
        lock (Gate)
        {
            using var plt = NewPlot([.. points.Select(p => p.Label), .. quadrantNames, xLabel, yLabel]);
            plt.Add.VerticalLine(3, 1, DashedSlate);
            plt.Add.HorizontalLine(3, 1, DashedSlate);
            // Quadrant names sit in the outer corners, away from the split lines where bubbles gather.
            var corners = new[] { (0.65, 5.55, Alignment.UpperLeft), (5.35, 5.55, Alignment.UpperRight),
                (0.65, 0.65, Alignment.LowerLeft), (5.35, 0.65, Alignment.LowerRight) };
            for (var i = 0; i < Math.Min(4, quadrantNames.Length); i++)
            {
                var t = plt.Add.Text(quadrantNames[i], corners[i].Item1, corners[i].Item2);
                t.LabelFontSize = 11;
                t.LabelFontColor = Slate;
                t.LabelBold = true;
                t.Alignment = corners[i].Item3;
            }
            // Bubbles carry a short label (a number keyed in a table beside the chart), so crowded matrices stay readable.
            Bubbles(plt, points, 30, new Frame(0.6, 5.4, 0.6, 5.6, width, height), p => p.Tone switch
            {
                "green" => Pick(colors, 0, Teal), "amber" => Pick(colors, 1, Gold), "red" => Pick(colors, 2, Coral),
                    _ => Pick(colors, 3, Slate),
            });
            plt.Axes.SetLimits(0.6, 5.4, 0.6, 5.6);
            var ticks = new double[] { 1, 2, 3, 4, 5 };
            var tickLabels = ticks.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            plt.Axes.Bottom.SetTicks(ticks, tickLabels);
            plt.Axes.Left.SetTicks(ticks, tickLabels);
            plt.Axes.Bottom.Label.Text = xLabel;
            plt.Axes.Left.Label.Text = yLabel;
            foreach (var a in new IAxis[] { plt.Axes.Bottom, plt.Axes.Left }) { a.Label.FontSize = 12; a.Label.ForeColor =
                Ink; a.Label.Bold = false; }
            return Svg(plt, width, height);
        }
    }

    /// <summary>
    /// The value map: each numbered value element at (our advantage over the competitor, -4..4; importance to the
    /// customer, 1-5), bubble area by its quantified value; the zero line separates ahead from behind.
    /// </summary>
    public static string ValueMap(IReadOnlyList<ChartPoint> points, string xLabel, string yLabel, int width = 680, int height = 300,
        IReadOnlyList<Color>? colors = null)
    {
        // ScottPlot keeps the default font process-wide: one chart at a time, so parallel documents never borrow each other's font.
        lock (Gate)
        {
            using var plt = NewPlot([.. points.Select(p => p.Label), xLabel, yLabel]);
            plt.Add.VerticalLine(0, 1, DashedSlate);
            // A tie (X = 0) is a tie: neither ahead nor behind, drawn on the zero line in grey.
            Bubbles(plt, points, 26, new Frame(-4.4, 4.4, 0.5, 5.5, width, height), p => p.X > 0 ? Pick(colors, 0, Teal)
                : p.X < 0 ? Pick(colors, 1, Coral) : Pick(colors, 2, Slate));
            plt.Axes.SetLimits(-4.4, 4.4, 0.5, 5.5);
            var xt = new double[] { -4, -3, -2, -1, 0, 1, 2, 3, 4 };
            plt.Axes.Bottom.SetTicks(xt, xt.Select(t => t > 0 ? "+" + t.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            var yt = new double[] { 1, 2, 3, 4, 5 };
            plt.Axes.Left.SetTicks(yt, yt.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            plt.Axes.Bottom.Label.Text = xLabel;
            plt.Axes.Left.Label.Text = yLabel;
            foreach (var a in new IAxis[] { plt.Axes.Bottom, plt.Axes.Left }) { a.Label.FontSize = 12; a.Label.ForeColor =
                Ink; a.Label.Bold = false; }
            return Svg(plt, width, height);
        }
    }

    /// <summary>A word-sized trend line (no axes): the values left to right, the last point marked. Plain SVG, no fonts.</summary>
    public static string Sparkline(IReadOnlyList<double> values, int width = 90, int height = 20, IReadOnlyList<Color>? colors = null)
    {
        if (values.Count < 2) return "";
        double min = values.Min(), max = values.Max();
        var span = max - min < 1e-9 ? 1 : max - min;
        string X(int i) => (2 + i * (width - 4.0) / (values.Count - 1)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        string Y(double v) => (height - 2 - (v - min) / span * (height - 4))
            .ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        var points = string.Join(" ", values.Select((v, i) => X(i) + "," + Y(v)));
        var color = Pick(colors, 0, Navy).ToHex();
        return $"<svg class=\"spark\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">" +
               $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.4\" points=\"{points}\"/>" +
               $"<circle cx=\"{X(values.Count - 1)}\" cy=\"{Y(values[^1])}\" r=\"2\" fill=\"{color}\"/></svg>";
    }

    // The data area of a bubble chart, to place labels in pixels (the axes take about a tenth of the figure).
    private sealed record Frame(double XMin, double XMax, double YMin, double YMax, int Width, int Height)
    {
        public double PxX => Width * 0.88 / (XMax - XMin);
        public double PxY => Height * 0.82 / (YMax - YMin);
    }

    // Every bubble at its true coordinates (kpis.md: a chart draws every mark where its value is), largest first, translucent
    // with a white outline so crowded ones stay visible. Numbers go on top; a number that would overprint another moves out to
    // the nearest free place, drawn dark with a leader line to its bubble.
    private static void Bubbles(Plot plt, IReadOnlyList<ChartPoint> points, double spread, Frame frame, Func<ChartPoint, Color> tone)
    {
        var max = points.Count == 0 ? 1 : Math.Max(1e-9, points.Max(p => Math.Abs(p.Size)));
        foreach (var p in points.OrderByDescending(p => p.Size))
        {
            var m = plt.Add.Marker(p.X, p.Y, MarkerShape.FilledCircle, (float)(14 + spread * Math.Sqrt(Math.Abs(p.Size) / max)),
                tone(p).WithAlpha(0.62));
            m.MarkerLineColor = Colors.White;
            m.MarkerLineWidth = 1.2f;
        }
        var placed = new List<(double X, double Y, double W)>();
        bool Free(double x, double y, double w) => placed.All(b => Math.Abs(b.X - x) * frame.PxX >= (b.W + w) / 2 + 2
            || Math.Abs(b.Y - y) * frame.PxY >= 12);
        double[] rings = [0, 16, 24, 32, 42];
        foreach (var p in points.Where(p => p.Label.Length > 0).OrderByDescending(p => p.Size))
        {
            var w = 6.5 * p.Label.Length + 2;
            var (x, y) = (p.X, p.Y);
            var found = false;
            foreach (var r in rings)
            {
                foreach (var angle in r == 0 ? [0.0] : new[] { 90.0, 45, 135, 0, 180, 315, 225, 270 })
                {
                    var (cx, cy) = (p.X + r * Math.Cos(angle * Math.PI / 180) / frame.PxX, p.Y + r * Math.Sin(angle * Math.PI / 180) / frame.PxY);
                    if (!Free(cx, cy, w)) continue;
                    (x, y, found) = (cx, cy, true);
                    break;
                }
                if (found) break;
            }
            placed.Add((x, y, w));
            var moved = Math.Abs(x - p.X) > 1e-9 || Math.Abs(y - p.Y) > 1e-9;
            if (moved)
            {
                var leader = plt.Add.Line(p.X, p.Y, x, y);
                leader.LineColor = Slate;
                leader.LineWidth = 0.8f;
            }
            var label = plt.Add.Text(p.Label, x, y);
            label.LabelFontSize = 9;
            label.LabelFontColor = Ink; // dark on the translucent bubbles (white vanished on gold)
            label.LabelBackgroundColor = moved ? Colors.White.WithAlpha(0.85) : Colors.Transparent;
            label.LabelBold = true;
            label.Alignment = Alignment.MiddleCenter;
        }
    }
}
