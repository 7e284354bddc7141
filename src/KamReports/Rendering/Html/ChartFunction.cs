using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KamReports.Charts;
using KamReports.Documents;
using KamReports.Formatting;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Color = ScottPlot.Color;

namespace KamReports.Rendering.Html;

/// <summary>
/// The template function <c>chart</c>: draws a <see cref="ChartData"/> with ScottPlot as inline SVG (vector in the PDF).
/// Options set the kind, size and colours; a chart's values and labels always come from the model.
/// </summary>
internal static partial class ChartFunction
{
    // Kinds a chart of each data kind may be drawn as (a revenue series reads as bars or as lines; a matrix only as a matrix).
    private static readonly Dictionary<string, string[]> Drawable = new(StringComparer.Ordinal)
    {
        ["bars"] = ["bars", "lines"],
        ["lines"] = ["lines", "bars"],
        ["hbars"] = ["hbars"],
        ["trend"] = ["trend"],
        ["pareto"] = ["pareto"],
        ["matrix"] = ["matrix"],
        ["value_map"] = ["value_map"],
        ["sparkline"] = ["sparkline"],
    };

    // Default size of each kind, in CSS pixels (height 0: as many rows as the chart has bars).
    private static readonly Dictionary<string, (int Width, int Height)> Sizes = new(StringComparer.Ordinal)
    {
        ["bars"] = (680, 250), ["lines"] = (680, 250), ["hbars"] = (680, 0), ["trend"] = (680, 230),
        ["pareto"] = (680, 280), ["matrix"] = (680, 420), ["value_map"] = (680, 300), ["sparkline"] = (90, 20),
    };

    // One drawing per chart and options: an account's revenue chart is shared by its plan and the packs that show it.
    private static readonly ConditionalWeakTable<ChartData, ConcurrentDictionary<string, string>> Drawn = new();

    /// <summary>Draws <paramref name="data"/>; nothing for a missing chart.</summary>
    public static RawHtml Draw(TemplateContext context, ValueFormatter f, ChartData? data, ScriptObject? options)
    {
        if (data is null) return new RawHtml("");
        var o = Read(context, data, options);
        var key = string.Join("|", o.Kind, o.Width, o.Height, string.Join(",", o.Colors.Select(c => c.ToHex())), f.Culture.Name);
        var svg = Drawn.GetOrCreateValue(data).GetOrAdd(key, _ => Svg(data, o, f));
        return new RawHtml(o.Kind == "sparkline" || svg.Length == 0 ? svg : $"<figure class=\"chart\">{svg}</figure>");
    }

    private sealed record Options(string Kind, int Width, int Height, IReadOnlyList<Color> Colors);

    private static Options Read(TemplateContext context, ChartData data, ScriptObject? options)
    {
        if (!Drawable.TryGetValue(data.Kind, out var kinds)) throw Error(context,
            $"chart: the model's chart kind \"{data.Kind}\" is unknown");
        var kind = data.Kind;
        var (width, height) = Sizes[kind];
        var colors = new List<Color>();
        foreach (var (name, value) in options ?? [])
        {
            switch (name)
            {
                case "kind":
                    kind = value?.ToString() ?? "";
                    if (!kinds.Contains(kind)) throw Error(context,
                        $"chart: this chart can be drawn as {string.Join(" or ", kinds.Select(k => "\"" + k + "\""))}, not \"{kind}\"");
                    break;
                case "width": width = Size(context, name, value, 40); break;
                case "height": height = Size(context, name, value, 12); break;
                case "colors":
                    if (value is not IEnumerable<object> list || value is string) throw Error(context,
                        "chart: colors is a list of colours such as [\"#1B3A5C\", \"#E9B949\"]");
                    foreach (var c in list)
                    {
                        var hex = c?.ToString() ?? "";
                        if (!HexColor().IsMatch(hex)) throw Error(context, $"chart: \"{hex}\" is not a colour (#RRGGBB)");
                        colors.Add(Color.FromHex(hex));
                    }
                    break;
                default:
                    throw Error(context, $"chart: unknown option \"{name}\" (kind, width, height, colors)");
            }
        }
        return new Options(kind, width, height, colors);
    }

    private static int Size(TemplateContext context, string name, object? value, int min)
    {
        var n = value switch { int i => i, long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue), double d => (int)d, _ => -1 };
        if (n < min || n > 2000) throw Error(context, $"chart: {name} is a number of pixels from {min} to 2000");
        return n;
    }

    private static string Svg(ChartData d, Options o, ValueFormatter f)
    {
        Func<double, string> format = d.Unit switch
        {
            "percent" => v => f.Percent(v, 0),
            "score" => v => f.Number(v),
            _ => v => f.MoneyShort(v),
        };
        var labels = d.Categories.ToArray();
        var names = d.Series.Select(s => s.Name).ToArray();
        double?[] Values(int i) => i < d.Series.Count ? d.Series[i].Values.ToArray() : new double?[labels.Length];
        double[] Filled(int i) => Values(i).Select(v => v ?? 0).ToArray();
        string Name(int i) => i < names.Length ? names[i] : "";
        var points = d.Marks.Select(m => new ChartPoint(m.Label, m.X, m.Y, m.Size, m.Tone)).ToArray();
        var colors = o.Colors.Count == 0 ? null : o.Colors;
        return o.Kind switch
        {
            "bars" => ChartFactory.RevenueVsTarget(labels, Filled(0), Values(1), Name(0), Name(1), format, o.Width, o.Height, colors),
            "lines" => ChartFactory.Lines(labels, d.Series.Select(s => s.Values.ToArray()).ToArray(), names, format, o.Width, o.Height,
                colors),
            "hbars" => ChartFactory.HorizontalBars(labels, Filled(0), format, o.Width, o.Height, colors),
            "trend" => ChartFactory.SatisfactionTrend(labels, Values(0), Values(1), Name(0), Name(1), o.Width, o.Height, colors),
            "pareto" => ChartFactory.Pareto(labels, Filled(0), Filled(1), Name(0), Name(1), format, v => f.Percent(v, 0), o.Width,
                o.Height, colors),
            "matrix" => ChartFactory.Matrix(points, d.XTitle ?? "", d.YTitle ?? "", d.Regions.ToArray(), o.Width, o.Height, colors),
            "value_map" => ChartFactory.ValueMap(points, d.XTitle ?? "", d.YTitle ?? "", o.Width, o.Height, colors),
            _ => ChartFactory.Sparkline(Values(0).OfType<double>().ToArray(), o.Width, o.Height, colors),
        };
    }

    private static ScriptRuntimeException Error(TemplateContext context, string message) => new(context.CurrentSpan, message);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$")]
    private static partial Regex HexColor();
}
