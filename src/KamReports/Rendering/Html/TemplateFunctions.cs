using KamReports.Formatting;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

using KamReports.Documents;

namespace KamReports.Rendering.Html;

/// <summary>
/// Functions available to templates (imported with snake_case names). All formatting is culture-aware
/// through the run's <see cref="ValueFormatter"/>; none of them computes a KPI.
/// </summary>
public static class TemplateFunctions
{
    private static ValueFormatter F(TemplateContext context) => ((HtmlTemplateContext)context).Formatter;

    /// <summary><c>money x</c>: full amount in the reporting currency, e.g. €1,234,567.</summary>
    public static string Money(TemplateContext context, object? value) => F(context).Money(ValueFormatter.ToDouble(value));

    /// <summary><c>money_short x</c>: compact amount, e.g. €1.2M.</summary>
    public static string MoneyShort(TemplateContext context, object? value) => F(context).MoneyShort(ValueFormatter.ToDouble(value));

    /// <summary><c>pct x [decimals]</c>: a fraction as percent, e.g. 0.125 → 12.5%.</summary>
    public static string Pct(TemplateContext context, object? value, int decimals = 1) => F(context)
        .Percent(ValueFormatter.ToDouble(value), decimals);

    /// <summary><c>num x [decimals]</c>: a number with the culture's separators.</summary>
    public static string Num(TemplateContext context, object? value, int decimals = 0) => F(context)
        .Number(ValueFormatter.ToDouble(value), decimals);

    /// <summary><c>delta x</c>: a change (fraction) with arrow and colour class, e.g. ▲ 12.5%.</summary>
    public static RawHtml Delta(TemplateContext context, object? value, bool invert = false) =>
        Arrow(F(context).Delta(ValueFormatter.ToDouble(value)), ValueFormatter.ToDouble(value), invert);

    /// <summary><c>delta_pts x</c>: a change in points (NPS, index), e.g. ▲ 5.0 pts.</summary>
    public static RawHtml DeltaPts(TemplateContext context, object? value, bool invert = false) =>
        Arrow(F(context).DeltaPoints(ValueFormatter.ToDouble(value)), ValueFormatter.ToDouble(value), invert);

    /// <summary><c>delta_pp x</c>: a change of a percentage in percentage points, e.g. ▲ 1.7 pts ("Pp." in German).</summary>
    public static RawHtml DeltaPp(TemplateContext context, object? value, bool invert = false) =>
        Arrow(F(context).DeltaPercentPoints(ValueFormatter.ToDouble(value)), ValueFormatter.ToDouble(value), invert);

    /// <summary><c>delta_abs x</c>: a change of a count, e.g. ▲ 2.</summary>
    public static RawHtml DeltaAbs(TemplateContext context, object? value, bool invert = false) =>
        Arrow(F(context).DeltaCount(ValueFormatter.ToDouble(value)), ValueFormatter.ToDouble(value), invert);

    /// <summary><c>fdate d</c>: a date in the culture's document pattern.</summary>
    public static string Fdate(TemplateContext context, object? value) => value switch
    {
        DateOnly d => F(context).Date(d),
        DateTime dt => F(context).Date(DateOnly.FromDateTime(dt)),
        null => F(context).Missing,
        _ => value.ToString() ?? "",
    };

    /// <summary><c>kpi value unit</c>: formats a KPI value by its unit (money, percent, count, score, index, ratio, text).</summary>
    public static string Kpi(TemplateContext context, object? value, string unit) => F(context).Kpi(value, unit);

    /// <summary><c>light code</c>: a traffic-light dot (green, amber, red, unknown) with its name for screen readers.</summary>
    public static RawHtml Light(TemplateContext context, string? code)
    {
        var c = code is "green" or "amber" or "red" ? code : "unknown";
        var label = HtmlTemplateContext.Escape(F(context).Strings.TryGet("light." + c) ?? c);
        return new RawHtml($"<span class=\"light light-{c}\" role=\"img\" aria-label=\"{label}\" title=\"{label}\"></span>");
    }

    /// <summary><c>t "key"</c>: a fixed text of the documents in the run's culture; an unknown key is a template error.</summary>
    public static string T(TemplateContext context, string key) =>
        F(context).Strings.TryGet(key) ?? throw new ScriptRuntimeException(context.CurrentSpan,
            $"unknown text key \"{key}\" (add it to strings/en.json)");

    /// <summary>
    /// <c>label x</c>: a data code as a word for people: its string-table text (<c>value.x</c>) when there is one, else a
    /// lower-case code written as a label ("enterprise" → "Enterprise", "key_account" → "Key account"); other text as it is.
    /// </summary>
    public static string Label(TemplateContext context, string? value) => F(context).Label(value);

    /// <summary><c>figure x</c>: a number as people write it: whole numbers without decimals, others with one (growth potential 3,
    /// 3.5).</summary>
    public static string Figure(TemplateContext context, object? value) =>
        ValueFormatter.ToDouble(value) is { } v ? F(context).Number(v, Math.Abs(v - Math.Round(v)) < 1e-9 ? 0 : 1) : F(context).Missing;

    /// <summary><c>text_or "key" "fallback"</c>: a fixed text, or the fallback when the string table has no such key.</summary>
    public static string TextOr(TemplateContext context, string key, string fallback) => F(context).Strings.TryGet(key) ?? fallback;

    /// <summary><c>fmt "pattern {0} {1}" a b</c>: fills a text from the string table with values (already formatted).</summary>
    public static string Fmt(TemplateContext context, string pattern, object? a = null, object? b = null, object? c = null,
        object? d = null, object? e = null, object? f = null) =>
        string.Format(F(context).Culture, pattern, a, b, c, d, e, f);

    /// <summary>
    /// <c>chart x [options]</c>: draws a chart of the model (<c>charts.revenue_trend</c> ...) as inline SVG. Options, all optional:
    /// <c>{ kind: "lines", width: 680, height: 250, colors: ["#1B3A5C", "#E9B949"] }</c>. Kinds: a revenue series is drawn as
    /// <c>bars</c> (the first series as bars, the others as lines) or <c>lines</c>; the others keep their own kind. Colours go to
    /// the series in legend order (a matrix: green, amber, red, unknown health; a value map: ahead, behind, level).
    /// </summary>
    public static RawHtml Chart(TemplateContext context, ChartData? data, ScriptObject? options = null) => ChartFunction.Draw(context,
        F(context), data, options);

    /// <summary><c>raw x</c>: writes the value without HTML escaping. Use only for trusted markup.</summary>
    public static RawHtml Raw(object? value) => new(value?.ToString() ?? "");

    /// <summary><c>na</c>: the "no data" text.</summary>
    public static string Na(TemplateContext context) => F(context).Missing;

    /// <summary><c>bar_width x</c>: a 0-100 CSS width for an in-table bar from a fraction (clamped).</summary>
    public static string BarWidth(object? fraction) =>
        (Math.Clamp(ValueFormatter.ToDouble(fraction) ?? 0, 0, 1) * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static RawHtml Arrow(string text, double? value, bool invert)
    {
        var cls = value is not { } v || Math.Abs(v) < 0.0005 ? "flat" : (v > 0) ^ invert ? "up" : "down";
        var sb = new StringBuilder("<span class=\"delta delta-").Append(cls).Append("\">").Append(HtmlTemplateContext.Escape(text))
            .Append("</span>");
        return new RawHtml(sb.ToString());
    }
}
