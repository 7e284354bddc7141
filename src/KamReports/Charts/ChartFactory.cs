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
            // kpis.md: a target of 0 (or less) is no target: no point, and no line diving to it.
            for (var i = 0; i < target.Length; i++)
                if (target[i] is { } t && t > 0) { xs.Add(i); ys.Add(t); }
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
            var area = Layout(plt, width, height);
            ThinCategories(plt, labels, area.Width);
            ValueAxis(plt, plt.Axes.Left, [.. revenue, .. ys], format, area.Height);
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
            var area = Layout(plt, width, height);
            ThinCategories(plt, labels, area.Width);
            ValueAxis(plt, plt.Axes.Left, series.SelectMany(v => v.OfType<double>()), format, area.Height);
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
            // The labels take at most a third of a narrow chart, so the bars and their value labels keep room.
            var chars = Math.Clamp((int)(width / 3.0 / TextWidth("n", 11)), 8, 28);
            var shown = labels.Select(l => Shorten(l, chars)).ToArray();
            plt.Axes.Left.SetTicks(positions, shown);
            // Room for the labels as wide as TextWidth says (a German or Chinese text may draw wider than Skia measured in Lato).
            plt.Axes.Left.MinimumSize = (float)(shown.Select(l => TextWidth(l, 11)).DefaultIfEmpty(0).Max() + 12);
            plt.Axes.Left.MajorTickStyle.Length = 0;
            var negative = values.Any(v => v < 0);
            if (negative) plt.Add.VerticalLine(0, 1, Ink);
            plt.Axes.Margins(bottom: 0.06, top: 0.06);
            // Room past each bar's end for its label (¥29.0万, 740 Tsd. €), measured by characters, and for half the last tick label.
            var area = Layout(plt, width, height);
            var right = width - area.Right;
            var ends = values.Select(v => (v, TextWidth(Plain(format(v)), 11) + 10)).ToArray();
            ValueAxis(plt, plt.Axes.Bottom, values, format, area.Width, (first, last) =>
            {
                var (min, max) = (first, last);
                // Generous: the label's estimated width is more than a Latin text takes, so it never touches the edge.
                var half = TextWidth(Plain(format(last)), 11) * 0.6;
                for (var round = 0; round < 30; round++)
                {
                    var perPixel = (max - min) / area.Width;
                    var needMax = Math.Max(last + Math.Max(0, half - right + 4) * perPixel,
                        ends.Where(e => e.v >= 0).Select(e => e.v + e.Item2 * perPixel).DefaultIfEmpty(last).Max());
                    var needMin = ends.Where(e => e.v < 0).Select(e => e.v - e.Item2 * perPixel).DefaultIfEmpty(first).Min();
                    if (needMax <= max + 1e-9 && needMin >= min - 1e-9) break;
                    (min, max) = (Math.Min(min, needMin), Math.Max(max, needMax));
                }
                return (min, max);
            });
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
            ThinCategories(plt, labels, Layout(plt, width, height).Width);
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
            ValueAxis(plt, plt.Axes.Left, values, format, Layout(plt, width, height).Height);
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
            var names = new List<Corner>();
            for (var i = 0; i < Math.Min(4, quadrantNames.Length); i++)
            {
                var t = plt.Add.Text(quadrantNames[i], corners[i].Item1, corners[i].Item2);
                t.LabelFontSize = 11;
                t.LabelFontColor = Slate;
                t.LabelBold = true;
                t.Alignment = corners[i].Item3;
                names.Add(new Corner(quadrantNames[i], corners[i].Item1, corners[i].Item2, corners[i].Item3));
            }
            plt.Axes.SetLimits(0.6, 5.4, 0.6, 5.6);
            var ticks = new double[] { 1, 2, 3, 4, 5 };
            var tickLabels = ticks.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            plt.Axes.Bottom.SetTicks(ticks, tickLabels);
            plt.Axes.Left.SetTicks(ticks, tickLabels);
            plt.Axes.Bottom.Label.Text = xLabel;
            plt.Axes.Left.Label.Text = yLabel;
            foreach (var a in new IAxis[] { plt.Axes.Bottom, plt.Axes.Left }) { a.Label.FontSize = 12; a.Label.ForeColor =
                Ink; a.Label.Bold = false; }
            // Bubbles carry a short label (a number keyed in a table beside the chart), so crowded matrices stay readable.
            Bubbles(plt, points, 30, width, height, names, p => p.Tone switch
            {
                "green" => Pick(colors, 0, Teal), "amber" => Pick(colors, 1, Gold), "red" => Pick(colors, 2, Coral),
                    _ => Pick(colors, 3, Slate),
            });
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
            // A tie (X = 0) is a tie: neither ahead nor behind, drawn on the zero line in grey.
            Bubbles(plt, points, 26, width, height, [], p => p.X > 0 ? Pick(colors, 0, Teal)
                : p.X < 0 ? Pick(colors, 1, Coral) : Pick(colors, 2, Slate));
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

    /// <summary>At most this many bubbles carry their number (the largest); the table beside the chart keys the rest.</summary>
    public const int MaxBubbleLabels = 20;

    // A text fixed in the data area (a quadrant name): its anchor in data units and how it hangs from it.
    private sealed record Corner(string Text, double X, double Y, Alignment Alignment);

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Hits(Box o, double gap) => Left < o.Right + gap && o.Left < Right + gap && Top < o.Bottom + gap && o.Top < Bottom + gap;
        public bool Inside(PixelRect r) => Left >= r.Left + 1 && Right <= r.Right - 1 && Top >= r.Top + 1 && Bottom <= r.Bottom - 1;
    }

    // Every bubble at its true coordinates (kpis.md: a chart draws every mark where its value is), largest first, translucent
    // with a white outline so crowded ones stay visible. The largest MaxBubbleLabels carry their number: on the bubble where
    // it is free, else at the nearest free place in the data area, on a white ground with a leader line to its bubble. No number
    // overprints another or a quadrant name; one that finds no free place is left to the table.
    private static void Bubbles(Plot plt, IReadOnlyList<ChartPoint> points, double spread, int width, int height,
        IReadOnlyList<Corner> fixedTexts, Func<ChartPoint, Color> tone)
    {
        var max = points.Count == 0 ? 1 : Math.Max(1e-9, points.Max(p => Math.Abs(p.Size)));
        foreach (var p in points.OrderByDescending(p => p.Size))
        {
            var m = plt.Add.Marker(p.X, p.Y, MarkerShape.FilledCircle, (float)(14 + spread * Math.Sqrt(Math.Abs(p.Size) / max)),
                tone(p).WithAlpha(0.62));
            m.MarkerLineColor = Colors.White;
            m.MarkerLineWidth = 1.2f;
        }
        var area = Layout(plt, width, height);
        var taken = fixedTexts.Select(t =>
        {
            var at = plt.GetPixel(new Coordinates(t.X, t.Y));
            var w = TextWidth(t.Text, 11) + 4;
            var left = t.Alignment is Alignment.UpperLeft or Alignment.LowerLeft ? at.X : at.X - w;
            var top = t.Alignment is Alignment.UpperLeft or Alignment.UpperRight ? at.Y : at.Y - 16;
            return new Box(left, top, left + w, top + 16);
        }).ToList();
        var labels = new List<(ChartPoint Point, Pixel At, bool Moved)>();
        foreach (var p in points.Where(p => p.Label.Length > 0).OrderByDescending(p => p.Size).Take(MaxBubbleLabels))
        {
            var centre = plt.GetPixel(new Coordinates(p.X, p.Y));
            var (w, h) = (TextWidth(p.Label, 9) + 4, 12.0);
            Box At(double x, double y) => new(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
            foreach (var (dx, dy) in Offsets())
            {
                var box = At(centre.X + dx, centre.Y + dy);
                if (!box.Inside(area) || taken.Any(t => t.Hits(box, 2))) continue;
                taken.Add(box);
                labels.Add((p, new Pixel(centre.X + dx, centre.Y + dy), dx != 0 || dy != 0));
                break;
            }
        }
        foreach (var (p, at, _) in labels.Where(l => l.Moved))
        {
            var end = plt.GetCoordinates(at);
            var leader = plt.Add.Line(p.X, p.Y, end.X, end.Y);
            leader.LineColor = Slate;
            leader.LineWidth = 0.8f;
        }
        foreach (var (p, at, moved) in labels)
        {
            var spot = plt.GetCoordinates(at);
            var label = plt.Add.Text(p.Label, spot.X, spot.Y);
            label.LabelFontSize = 9;
            label.LabelFontColor = Ink; // dark on the translucent bubbles (white vanished on gold)
            label.LabelBackgroundColor = moved ? Colors.White.WithAlpha(0.85) : Colors.Transparent;
            label.LabelBold = true;
            label.Alignment = Alignment.MiddleCenter;
        }
    }

    // Where a bubble's number may go, nearest first: on the bubble, then rings around it (above first), out to 180 pixels.
    private static IEnumerable<(float X, float Y)> Offsets()
    {
        yield return (0, 0);
        for (var r = 14; r <= 180; r += 6)
        {
            var steps = Math.Max(8, r / 4);
            for (var i = 0; i < steps; i++)
            {
                var angle = Math.PI / 2 + (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2) * 2 * Math.PI / steps;
                yield return ((float)(r * Math.Cos(angle)), (float)(-r * Math.Sin(angle)));
            }
        }
    }
}
