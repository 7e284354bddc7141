using System.Globalization;

namespace KamReports.Formatting;

/// <summary>Culture-aware formatting for people: money, percent, deltas, dates. Missing values show the "n/a" text.</summary>
public sealed class ValueFormatter
{
    private readonly NumberFormatInfo _money;

    public ValueFormatter(CultureInfo culture, string currency, StringTable strings)
    {
        Culture = culture;
        Currency = currency;
        Strings = strings;
        _money = (NumberFormatInfo)culture.NumberFormat.Clone();
        _money.CurrencySymbol = CurrencySymbol(currency);
        DatePattern = strings.TryGet("format.date") ?? "d MMM yyyy";
    }

    public CultureInfo Culture { get; }
    public string Currency { get; }
    public StringTable Strings { get; }
    public string DatePattern { get; }
    public string Missing => Strings.TryGet("na") ?? "n/a";

    public static string CurrencySymbol(string currency) => currency switch
    {
        "EUR" => "€", "USD" => "$", "GBP" => "£", "JPY" => "¥", "CNY" => "¥", "INR" => "₹", "KRW" => "₩", "CHF" => "CHF ",
        _ => currency + " ",
    };

    // A figure and its unit stay on one line: "1.234 €", "12,5 %" keep a no-break space where the culture writes a space.
    private static string Keep(string text) => text.Replace(' ', '\u00A0');

    /// <summary>
    /// A data code as a word for people: its string-table text (<c>value.x</c>) when there is one, else a lower-case code
    /// written as a label ("enterprise" → "Enterprise", "key_account" → "Key account"); other text as it is.
    /// </summary>
    public string Label(string? value)
    {
        if (string.IsNullOrEmpty(value)) return Missing;
        if (Strings.TryGet("value." + value) is { } text) return text;
        if (!value.All(c => c is (>= 'a' and <= 'z') or '_' or ' ' or '-')) return value;
        var words = value.Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public string Money(double? value) => value is not { } v ? Missing : Keep(v.ToString("C0", _money));

    /// <summary>
    /// Compact money for tiles and axes: €1.2M, €850k; the scale words come from the string table (<c>format.thousand</c>,
    /// <c>format.million</c>, <c>format.billion</c>: "1,2 Mio. €" in German), Chinese counts in 万 and 亿.
    /// </summary>
    public string MoneyShort(double? value)
    {
        if (value is not { } v) return Missing;
        var abs = Math.Abs(v);
        if (Culture.TwoLetterISOLanguageName == "zh")
        {
            // Chinese readers count in 万 (10^4) and 亿 (10^8), not in thousands and millions.
            var (zs, zu) = abs >= 1e8 ? (v / 1e8, "亿") : abs >= 1e4 ? (v / 1e4, "万") : (v, "");
            var zd = zu.Length == 0 || Math.Abs(zs) >= 100 || Math.Abs(zs - Math.Round(zs)) < 1e-9 ? 0 : 1;
            var zt = Keep(zs.ToString("C" + zd.ToString(CultureInfo.InvariantCulture), _money));
            return zu.Length == 0 ? zt : InsertSuffix(zt, zu);
        }
        var (scaled, suffix) = abs >= 1e9 ? (v / 1e9, Strings.TryGet("format.billion") ?? "B")
            : abs >= 1e6 ? (v / 1e6, Strings.TryGet("format.million") ?? "M")
            : abs >= 1e3 ? (v / 1e3, Strings.TryGet("format.thousand") ?? "k")
            : (v, "");
        // Whole numbers drop the decimal, so an axis reads €50k, €100k, €150k (one format, no "€50.0k").
        var digits = suffix.Length == 0 || Math.Abs(scaled) >= 100 || Math.Abs(scaled - Math.Round(scaled)) < 1e-9 ? 0 : 1;
        var text = Keep(scaled.ToString("C" + digits.ToString(CultureInfo.InvariantCulture), _money));
        return suffix.Length == 0 ? text : InsertSuffix(text, suffix.Replace(' ', '\u00A0'));
    }

    // The suffix goes right after the digits, wherever the culture puts the currency symbol.
    private static string InsertSuffix(string text, string suffix)
    {
        var last = -1;
        for (var i = 0; i < text.Length; i++) if (char.IsDigit(text[i])) last = i;
        return last < 0 ? text + suffix : text.Insert(last + 1, suffix);
    }

    public string Percent(double? fraction, int decimals = 1) =>
        fraction is not { } f || !double.IsFinite(f)
            ? Missing
            : Keep(Half(f * 100, decimals) / 100 is var r && r == 0 ? 0d.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture)
                : r.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture));

    public string Number(double? value, int decimals = 0) =>
        value is not { } v || !double.IsFinite(v)
            ? Missing
            : (Half(v, decimals) is var r && r == 0 ? 0d : r).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    // One rounding rule for every figure people read, the one they use themselves: a half goes away from zero (-12.5 reads -13,
    // as its change against 0 does), where .NET's formatting would round it to even.
    private static double Half(double v, int decimals) => Math.Round(v, Math.Clamp(decimals, 0, 15), MidpointRounding.AwayFromZero);

    // In Chinese text a line may break between any two characters: a word joiner (U+2060) keeps a date whole.
    public string Date(DateOnly? date) => date is not { } d ? Missing
        : Culture.TwoLetterISOLanguageName == "zh" ? string.Join('\u2060', d.ToString(DatePattern, Culture).ToCharArray())
        : d.ToString(DatePattern, Culture);

    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四"];

    /// <summary>
    /// A fiscal quarter label ("2026-Q3") as the culture writes it (string table <c>format.quarter</c>: {0} year, {1} quarter,
    /// {2} quarter in Chinese numerals).
    /// </summary>
    public string Quarter(string label) => QuarterIn(label, Strings.TryGet("format.quarter") ?? "{0}-Q{1}");

    /// <summary>
    /// The short form of a quarter for chart axes, where eight labels share one line (<c>format.quarter_axis</c>, {3}: two-digit
    /// year); the long form when the table has none.
    /// </summary>
    public string QuarterAxis(string label) =>
        QuarterIn(label, Strings.TryGet("format.quarter_axis") ?? Strings.TryGet("format.quarter") ?? "{0}-Q{1}");

    private string QuarterIn(string label, string pattern)
    {
        if (label.Length != 7 || label[4] != '-' || label[5] != 'Q'
            || !int.TryParse(label[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return label;
        }
        var q = label[6] - '0';
        if (q is < 1 or > 4) return label;
        return string.Format(Culture, pattern, year, q, ChineseNumerals[q - 1], (year % 100).ToString("00", CultureInfo.InvariantCulture));
    }

    /// <summary>Signed percent change with an arrow: ▲ 12.5%, ▼ 3.0%.</summary>
    public string Delta(double? fraction)
    {
        if (fraction is not { } f || !double.IsFinite(f)) return Missing;
        var arrow = f > 0.0005 ? "▲" : f < -0.0005 ? "▼" : "■";
        return arrow + " " + Keep((Half(Math.Abs(f) * 100, 1) / 100).ToString("P1", Culture));
    }

    /// <summary>Signed change in points: ▲ 5 pts.</summary>
    public string DeltaPoints(double? points) => Points(points, Strings.TryGet("unit.points") ?? "pts");

    /// <summary>Signed change of a percentage in percentage points: ▲ 1.7 pts, "▲ 1,7 Pp.", "▲ 1.7 个百分点" (<c>unit.percentage_points</c>).
    /// </summary>
    public string DeltaPercentPoints(double? points) =>
        Points(points, Strings.TryGet("unit.percentage_points") ?? Strings.TryGet("unit.points") ?? "pts");

    private string Points(double? points, string unit)
    {
        if (points is not { } p || !double.IsFinite(p)) return Missing;
        var arrow = p > 0.05 ? "▲" : p < -0.05 ? "▼" : "■";
        return arrow + " " + Half(Math.Abs(p), 1).ToString("N1", Culture) + " " + unit;
    }

    /// <summary>Signed change of a count: ▲ 2.</summary>
    public string DeltaCount(double? change)
    {
        if (change is not { } c || !double.IsFinite(c)) return Missing;
        var arrow = c > 0 ? "▲" : c < 0 ? "▼" : "■";
        return arrow + " " + Math.Abs(c).ToString("N0", Culture);
    }

    /// <summary>
    /// A figure in one of the forms documents write it (<see cref="KamReports.Documents.Figure.Form"/>): money, money_short,
    /// percent, percent0, number, number1, delta, delta_pts, delta_count; <c>_abs</c> appended writes the size without its sign.
    /// </summary>
    public string Show(string form, double? value)
    {
        var abs = form.EndsWith("_abs", StringComparison.Ordinal);
        var v = abs && value is { } x ? Math.Abs(x) : value;
        return (abs ? form[..^4] : form) switch
        {
            "money" => Money(v),
            "money_short" => MoneyShort(v),
            "percent" => Percent(v),
            "percent0" => Percent(v, 0),
            "number" => Number(v),
            "number1" => Number(v, 1),
            "delta" => Delta(v),
            "delta_pts" => DeltaPoints(v),
            "delta_pp" => DeltaPercentPoints(v),
            "delta_count" => DeltaCount(v),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, "not a figure form"),
        };
    }

    /// <summary>The form a KPI tile writes a value of this unit in (money compact, as <c>kpi</c> writes the others).</summary>
    public static string FormOf(string unit) => unit switch
    {
        "money" => "money_short",
        "percent" => "percent",
        "ratio" => "number1",
        _ => "number",
    };

    /// <summary>The form a tile writes a change of this kind in (pct, abs, pts; a percentage's points are percentage points).</summary>
    public static string ChangeFormOf(string changeKind, string unit = "") => changeKind switch
    {
        "pct" => "delta",
        "abs" => "delta_count",
        _ => unit == "percent" ? "delta_pp" : "delta_pts",
    };

    /// <summary>Formats a KPI value by its unit (money, percent, count, score, index, ratio, text).</summary>
    public string Kpi(object? value, string unit) => value switch
    {
        null => Missing,
        string s => Strings.TryGet("value." + s) ?? s,
        _ => unit switch
        {
            "money" => Money(ToDouble(value)),
            "percent" => Percent(ToDouble(value)),
            "count" => Number(ToDouble(value)),
            "score" => Number(ToDouble(value), 0),
            "index" => Number(ToDouble(value), 0),
            "ratio" => Number(ToDouble(value), 1),
            _ => Convert.ToString(value, Culture) ?? Missing,
        },
    };

    public static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => d,
        decimal m => (double)m,
        float f => f,
        int i => i,
        long l => l,
        _ => double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float,
                CultureInfo.InvariantCulture, out var x)
            ? x
            : null,
    };
}
