namespace KamReports.Documents;

/// <summary>
/// A chart as data: the values, their labels and units, and the finding its title states. Templates draw it with
/// <c>{{ chart x }}</c> or <c>{{ chart x { kind: "lines", width: 680, height: 250, colors: ["#1B3A5C", "#E9B949"] } }}</c>;
/// Compose never draws.
/// </summary>
public sealed record ChartData
{
    /// <summary>How it is drawn unless the template says otherwise: bars, lines, hbars, trend, pareto, matrix, value_map,
    /// sparkline.</summary>
    public required string Kind { get; init; }
    /// <summary>The unit of the values on the value axis: money, percent or score.</summary>
    public string Unit { get; init; } = "money";
    /// <summary>The category labels (quarters, accounts, product lines), in drawing order.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>The series over the categories, in legend order (a missing value is a gap, never 0).</summary>
    public IReadOnlyList<ChartSeries> Series { get; init; } = [];
    /// <summary>The bubbles of a matrix or value map.</summary>
    public IReadOnlyList<ChartMark> Marks { get; init; } = [];
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
    /// <summary>A matrix's quadrant names: upper left, upper right, lower left, lower right.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];
    /// <summary>The finding the chart's title states, with its population and window.</summary>
    public string? Title { get; init; }
}

/// <summary>One series of a chart: its name (for the legend) and a value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>One bubble: its short label (a number keyed in a table), position, size (area) and tone (green, amber, red, unknown).</summary>
public sealed record ChartMark(string Label, double X, double Y, double Size, string Tone);
