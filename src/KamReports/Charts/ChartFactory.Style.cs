using System.Text.RegularExpressions;
using ScottPlot;

namespace KamReports.Charts;

// What every chart shares: one drawing at a time, the font chosen from the texts, axes, legend, the SVG made page-safe.
public static partial class ChartFactory
{
    private static readonly Lock Gate = new();

    // Skia's SVG canvas has no dash effect (it warns "Unsupported path effect" on stderr and draws solid): dashed
    // reference lines are drawn solid in this marker colour and given their dashes in the SVG (see Svg()).
    private static readonly Color DashedSlate = Color.FromHex("#8A97A9");

    /// <summary>The chart's colour at <paramref name="index"/> when the template set one, else the default.</summary>
    private static Color Pick(IReadOnlyList<Color>? colors, int index, Color fallback) =>
        colors is not null && index < colors.Count ? colors[index] : fallback;

    // Tick labels are made while the chart draws: two formatted amounts show whether the culture's money needs CJK glyphs
    // (¥1.2万).
    private static string[] Samples(Func<double, string> format) => [format(12_345), format(123_456_789)];

    // Every text the chart will draw decides its font: Skia's SVG output drops a glyph the font lacks (an axis title "重要性 (1-5)" would read
    // "1-5").
    private static Plot NewPlot(IEnumerable<string> texts)
    {
        // Lato for Latin text; a CJK font when any label needs it, so glyph metrics match what the browser draws.
        // The default is set before the plot exists, so its legend and every label made later use the same font.
        var font = texts.Any(t => t.Any(c => c >= '\u2E80')) ? "WenQuanYi Zen Hei" : "Lato";
        ScottPlot.Fonts.Default = font;
        var plt = new Plot();
        plt.Font.Set(font);
        plt.FigureBackground.Color = Colors.White;
        plt.DataBackground.Color = Colors.White;
        plt.Grid.MajorLineColor = Grid;
        plt.Grid.XAxisStyle.IsVisible = false;
        foreach (var a in new IAxis[] { plt.Axes.Top, plt.Axes.Right, plt.Axes.Left }) a.FrameLineStyle.Width = 0;
        foreach (var a in new IAxis[] { plt.Axes.Left, plt.Axes.Bottom }) StyleAxis(a);
        plt.Axes.Bottom.FrameLineStyle.Width = 1;
        plt.Axes.Bottom.FrameLineStyle.Color = Slate;
        return plt;
    }

    private static void StyleAxis(IAxis a)
    {
        a.TickLabelStyle.FontSize = 11;
        a.TickLabelStyle.ForeColor = Ink;
        a.MajorTickStyle.Color = Slate;
        a.MinorTickStyle.Length = 0;
    }

    private static void CategoryAxis(Plot plt, string[] labels, bool rotate = false)
    {
        plt.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Length).Select(i => (double)i).ToArray(), labels);
        plt.Axes.Bottom.MajorTickStyle.Length = 0;
        if (rotate)
        {
            plt.Axes.Bottom.TickLabelStyle.Rotation = -35;
            plt.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plt.Axes.Bottom.MinimumSize = 70;
        }
    }

    // Category labels that would run together on a narrow chart (8 quarters in 300 pixels) keep every second, third... one, from the
    // first; the bars and points keep their places. The first and last slots leave room for half a label, so it never runs into the
    // value axis's labels or off the chart.
    private static void ThinCategories(Plot plt, string[] labels, double pixels)
    {
        if (labels.Length == 0 || pixels <= 0 || plt.Axes.Bottom.TickLabelStyle.Rotation != 0) return;
        var half = labels.Max(l => TextWidth(l, 11)) / 2 + 4;
        var n = labels.Length;
        var lead = pixels > 4 * half ? Math.Max(0.5, half * (n - 1) / (pixels - 2 * half)) : 0.5;
        plt.Axes.SetLimitsX(-lead, n - 1 + lead);
        var slot = pixels / (n - 1 + 2 * lead);
        var every = (int)Math.Ceiling(2 * half / slot);
        if (every <= 1) return;
        var kept = Enumerable.Range(0, n).Where(i => i % every == 0).ToArray();
        plt.Axes.Bottom.SetTicks(kept.Select(i => (double)i).ToArray(), kept.Select(i => labels[i]).ToArray());
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    /// <summary>
    /// The width a text takes, estimated by characters: a Latin character about 0.62 em, a CJK one a full em. Generous on purpose, so
    /// a longer German label ("740 Tsd. €") gets its room and two labels that might touch are kept apart.
    /// </summary>
    internal static double TextWidth(string text, double fontSize) => text.Sum(c => c >= '\u2E80' ? 1.0 : 0.62) * fontSize;

    // Lays the plot out once in memory: the data area in pixels, and GetPixel/GetCoordinates answer for it.
    private static PixelRect Layout(Plot plt, int width, int height)
    {
        plt.RenderInMemory(width, height);
        return plt.RenderManager.LastRender.DataRect;
    }

    /// <summary>
    /// A value axis whose ticks run on a round step from at or below the lowest value to at or above the highest, so no bar rises
    /// above the top tick (kpis.md: the axis always above the highest value). The step grows until the tick labels, measured by
    /// <see cref="TextWidth"/>, stand apart on <paramref name="pixels"/> (the axis length). <paramref name="widen"/> may widen the axis
    /// past its ticks (room for value labels) given the first and last tick.
    /// </summary>
    private static void ValueAxis(Plot plt, IAxis axis, IEnumerable<double> values, Func<double, string> format, double pixels,
        Func<double, double, (double Min, double Max)>? widen = null)
    {
        var list = values.Where(double.IsFinite).ToArray();
        var lo = Math.Min(0, list.Length == 0 ? 0 : list.Min());
        var hi = Math.Max(0, list.Length == 0 ? 1 : list.Max());
        if (hi - lo < 1e-9) hi = lo + 1;
        var horizontal = axis is IXAxis;
        for (var step = NiceStep((hi - lo) / 4); ; step = NiceStep(step * 1.0001))
        {
            var bottom = Math.Floor(lo / step + 1e-9) * step;
            var top = Math.Ceiling(hi / step - 1e-9) * step;
            var ticks = new List<double>();
            for (var t = bottom; t <= top + step / 2; t += step) ticks.Add(Math.Round(t / step) * step);
            var labels = ticks.Select(t => Plain(format(t))).ToArray();
            var (min, max) = widen?.Invoke(bottom, top) ?? (bottom, top);
            var extent = horizontal ? labels.Max(l => TextWidth(l, 11)) : 15;
            if (ticks.Count > 2 && pixels > 0 && step / (max - min) * pixels < extent + 8) continue;
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray(), labels);
            if (axis is IXAxis x) plt.Axes.SetLimitsX(min, max, x);
            else if (axis is IYAxis y) plt.Axes.SetLimitsY(min, max, y);
            return;
        }
    }

    // 1, 2, 2.5 or 5 times a power of ten, the smallest at or above the raw step.
    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
            if (m * power >= raw - 1e-12) return m * power;
        return 10 * power;
    }

    private static void AddSeries(Plot plt, double?[] values, Color color, string label)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { } v) { xs.Add(i); ys.Add(v); }
        if (xs.Count == 0) return;
        var s = plt.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
        s.LineWidth = 2.5f;
        s.MarkerShape = MarkerShape.FilledCircle;
        s.MarkerSize = 7;
        s.LegendText = label;
    }

    // The legend sits above the data area, never over a mark.
    private static void ShowLegend(Plot plt)
    {
        plt.ShowLegend(Edge.Top);
        plt.Legend.Alignment = Alignment.UpperLeft;
        plt.Legend.Orientation = Orientation.Horizontal;
        plt.Legend.OutlineWidth = 0;
        plt.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
        plt.Legend.FontSize = 11;
        plt.Legend.ShadowColor = Colors.Transparent;
    }

    /// <summary>Shortens a label with an ellipsis for axis space.</summary>
    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";

    [GeneratedRegex("(id=\"|url\\(#|href=\"#)([A-Za-z_][\\w-]*)")]
    private static partial Regex IdRegex();

    [GeneratedRegex(" (x|y)=\"(-?[0-9.eE+-]+),[^\"]*\"")]
    private static partial Regex GlyphPositionsRegex();

    // Several charts share one HTML page: prefix the SVG's ids so clip paths never collide.
    private static string Svg(Plot plt, int width, int height)
    {
        var svg = plt.GetSvgXml(width, height).Replace("stroke=\"#8A97A9\"", "stroke=\"#8A97A8\" stroke-dasharray=\"5 4\"",
            StringComparison.Ordinal);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start > 0) svg = svg[start..];
        // Skia numbers clip paths with a process-wide counter: renumber them per chart first, then prefix them
        // with a content hash, so identical charts give identical HTML and charts on one page never collide.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = IdRegex().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Groups[2].Value, out var local)) ids[m.Groups[2].Value] = local =
                "k" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return m.Groups[1].Value + local;
        });
        var prefix =
            "c" + Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(svg)))[..8] + "_";
        svg = IdRegex().Replace(svg, m => m.Groups[1].Value + prefix + m.Groups[2].Value);
        // Skia writes one x per glyph, measured with the font it found; keep only the start so the
        // browser lays the text out with the font it actually uses (Latin or CJK).
        svg = GlyphPositionsRegex().Replace(svg, m => $" {m.Groups[1].Value}=\"{m.Groups[2].Value}\"");
        // Only the root element becomes responsive; inner rects (background, clip paths) keep their pixel sizes.
        var rootSize = $"width=\"{width}\" height=\"{height}\"";
        var at = svg.IndexOf(rootSize, StringComparison.Ordinal);
        if (at >= 0) svg = string.Concat(svg.AsSpan(0, at),
            $"viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\"",
            svg.AsSpan(at + rootSize.Length));
        return svg;
    }
}
