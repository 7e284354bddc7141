using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KamReports.Charts;

namespace KamReports.Tests.Charts;

/// <summary>ChartFactory draws exactly what it is given: the SVG is read back as XML and its shapes measured.</summary>
public partial class ChartFactoryTests
{
    private const string Navy = "#1B3A5C", Teal = "#2A9D8F", Gold = "#E9B949", Coral = "#D9534F";

    private static string Euro(double v) => "€" + v.ToString("0", CultureInfo.InvariantCulture);

    private static XElement[] Elements(string svg, string name) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == name).ToArray();

    private static string[] Texts(string svg) => Elements(svg, "text").Select(t => t.Value.Trim()).ToArray();

    private static XElement[] Filled(string svg, string name, string fill) =>
        Elements(svg, name).Where(e => (string?)e.Attribute("fill") == fill).ToArray();

    private static double Number(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Horizontal_bars_are_as_long_as_their_values_and_carry_their_labels_and_formatted_values()
    {
        var svg = ChartFactory.HorizontalBars(["Pumps", "Valves"], [1200, 800], Euro);
        var bars = Filled(svg, "rect", Teal);
        Assert.Equal(2, bars.Length);
        Assert.Equal(1200.0 / 800, Number(bars[0], "width") / Number(bars[1], "width"), 3);
        Assert.True(Number(bars[0], "y") < Number(bars[1], "y"), "the first value is drawn on top");
        Assert.Subset(Texts(svg).ToHashSet(), new HashSet<string> { "Pumps", "Valves", "€1200", "€800" });
    }

    [Fact]
    public void A_negative_bar_is_drawn_in_red()
    {
        var svg = ChartFactory.HorizontalBars(["Pumps", "Returns"], [1200, -50], Euro);
        Assert.Single(Filled(svg, "rect", Teal));
        Assert.Single(Filled(svg, "rect", Coral));
        Assert.Contains("€-50", Texts(svg));
    }

    [Fact]
    public void Revenue_bars_follow_the_quarters_and_the_target_line_skips_a_quarter_without_target()
    {
        var svg = ChartFactory.RevenueVsTarget(["Q1", "Q2", "Q3"], [100, 200, 300], [150, null, 250], "Revenue", "Target", Euro);
        // Three bars (the legend's swatch is the fourth navy rectangle, and the smallest).
        var bars = Filled(svg, "rect", Navy).OrderByDescending(r => Number(r, "height")).Take(3).OrderBy(r => Number(r, "x")).ToArray();
        var tallest = Number(bars[2], "height");
        Assert.Equal([0.333, 0.667, 1.0], bars.Select(b => Math.Round(Number(b, "height") / tallest, 3)));
        // Target markers stand over the first and the third bar only.
        var centres = bars.Select(b => Number(b, "x") + Number(b, "width") / 2).ToArray();
        var markers = Filled(svg, "ellipse", Gold).Select(e => Number(e, "cx")).ToArray();
        Assert.Equal([true, false, true], centres.Select(c => markers.Any(m => Math.Abs(m - c) < 0.01)));
        var texts = Texts(svg);
        Assert.Equal(["Q1", "Q2", "Q3"], texts.Where(t => t.StartsWith('Q')));
        Assert.Contains("Revenue", texts);
        Assert.Contains("Target", texts);
    }

    [Fact]
    public void Matrix_bubbles_sit_at_their_scores_coloured_by_tone_with_their_numbers_and_the_quadrant_names()
    {
        ChartPoint[] points = [new("1", 2, 4, 100, "green"), new("2", 4, 2, 50, "red")];
        var svg = ChartFactory.Matrix(points, "Relationship", "Potential", ["Develop", "Strategic", "Streamline", "Maintain"]);
        var green = Assert.Single(Filled(svg, "ellipse", Teal));
        var red = Assert.Single(Filled(svg, "ellipse", Coral));
        // Relationship 2 is left of 4; potential 4 is above 2 (SVG y grows downwards); revenue 100 makes the larger bubble.
        Assert.True(Number(green, "cx") < Number(red, "cx"));
        Assert.True(Number(green, "cy") < Number(red, "cy"));
        Assert.True(Number(green, "rx") > Number(red, "rx"));
        var expected = new HashSet<string> { "1", "2", "Develop", "Strategic", "Streamline", "Maintain", "Relationship", "Potential" };
        Assert.Subset(Texts(svg).ToHashSet(), expected);
    }

    [Fact]
    public void Chinese_labels_are_drawn_in_a_cjk_font_and_latin_ones_in_lato()
    {
        static string[] Fonts(string svg) => Elements(svg, "text").Select(t => (string)t.Attribute("font-family")!).Distinct().ToArray();
        var chinese = ChartFactory.HorizontalBars(["泵", "阀门"], [1200, 800], Euro);
        Assert.All(Fonts(chinese), f => Assert.StartsWith("WenQuanYi Zen Hei", f));
        Assert.Contains("阀门", Texts(chinese));
        Assert.Equal(["Lato"], Fonts(ChartFactory.HorizontalBars(["Pumps"], [1200], Euro)));
    }

    [Fact]
    public void The_same_chart_gives_the_same_svg_and_two_charts_share_no_id_on_a_page()
    {
        var first = ChartFactory.HorizontalBars(["Pumps"], [1200], Euro);
        var other = ChartFactory.HorizontalBars(["Valves"], [800], Euro);
        Assert.Equal(first, ChartFactory.HorizontalBars(["Pumps"], [1200], Euro));
        var ids = Ids().Matches(first).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(ids);
        Assert.Empty(ids.Intersect(Ids().Matches(other).Select(m => m.Groups[1].Value)));
    }

    [Theory]
    [InlineData(1, "0 0 680 140")]
    [InlineData(4, "0 0 680 196")]
    public void Horizontal_bars_take_34_pixels_a_bar_and_140_at_least_and_scale_to_the_page_width(int bars, string viewBox)
    {
        var labels = Enumerable.Range(1, bars).Select(i => "Line " + i).ToArray();
        var root = XDocument.Parse(ChartFactory.HorizontalBars(labels, labels.Select(_ => 100.0).ToArray(), Euro)).Root!;
        Assert.Equal((viewBox, "100%"), ((string?)root.Attribute("viewBox"), (string?)root.Attribute("width")));
    }

    [Fact]
    public void A_sparkline_runs_left_to_right_from_the_lowest_to_the_highest_value_and_marks_the_last()
    {
        // 90 x 20 with a 2-pixel margin: x = 2, 45, 88; values 1, 2, 3 map to y = 18, 10, 2.
        var svg = ChartFactory.Sparkline([1, 2, 3]);
        Assert.Equal("2,18 45,10 88,2", (string)Assert.Single(Elements(svg, "polyline")).Attribute("points")!);
        var last = Assert.Single(Elements(svg, "circle"));
        Assert.Equal(("88", "2"), ((string)last.Attribute("cx")!, (string)last.Attribute("cy")!));
        Assert.Equal("", ChartFactory.Sparkline([5]));
        Assert.Equal("2,18 88,18", (string)Elements(ChartFactory.Sparkline([4, 4]), "polyline")[0].Attribute("points")!);
    }

    [Theory]
    [InlineData("Short", 10, "Short")]
    [InlineData("Industrial pumps", 10, "Industria…")]
    [InlineData("Spare parts", 7, "Spare…")]
    public void Long_labels_are_shortened_with_an_ellipsis(string label, int max, string expected)
    {
        Assert.Equal(expected, ChartFactory.Shorten(label, max));
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex Ids();
}
