using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KamReports.Charts;

namespace KamReports.Tests.Charts;

/// <summary>Issue 23, true charts: every mark at its true coordinates, no two labels overprinting, a tie drawn as a tie, the axis
/// above the highest value.</summary>
public class TrueChartTests
{
    private static XElement[] Elements(string svg, string name) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == name).ToArray();

    private static double N(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    // The x of the dashed vertical reference line (the split at 3, or the value map's zero).
    private static double DashedX(string svg) => Elements(svg, "path")
        .Where(p => (string?)p.Attribute("stroke-dasharray") is not null)
        .Select(p => Regex.Match((string)p.Attribute("d")!, @"^M([-0-9.]+) ([-0-9.]+)L([-0-9.]+) ([-0-9.]+)$"))
        .Where(m => m.Success && m.Groups[1].Value == m.Groups[3].Value)
        .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Single();

    [Fact]
    public void A_matrix_bubble_stands_at_its_true_relationship_even_when_crowded()
    {
        // The review's Meridian: relationship 3.33 ("strategic") was drawn at about 2.9, left of the split; Nordwerk at 2.9 beside it.
        var svg = ChartFactory.Matrix([new("1", 3.33, 3, 390, "amber"), new("5", 2.9, 3, 140, "amber"), new("7", 3.6, 3, 97, "green")],
            "Relationship", "Potential", ["develop", "strategic", "streamline", "maintain"]);
        var split = DashedX(svg);
        var bubbles = Elements(svg, "ellipse"); // largest first
        Assert.Equal(3, bubbles.Length);
        Assert.True(N(bubbles[0], "cx") > split, "Meridian (3.33) is drawn right of the split at 3");
        Assert.True(N(bubbles[1], "cx") < split, "Nordwerk (2.9) is drawn left of it");
        // Their centres keep the data's proportions: (3.33 - 3) / (3 - 2.9) = 3.3.
        Assert.Equal(3.3, (N(bubbles[0], "cx") - split) / (split - N(bubbles[1], "cx")), 1);
    }

    [Fact]
    public void Labels_of_bubbles_at_one_place_never_overprint()
    {
        var svg = ChartFactory.Matrix([new("1", 3.4, 3, 100, "green"), new("5", 3.4, 3, 90, "green"), new("12", 3.45, 3.02, 80, "red")],
            "Relationship", "Potential", ["develop", "strategic", "streamline", "maintain"]);
        var labels = Elements(svg, "text").Where(t => (string?)t.Attribute("font-size") == "9") // the bubble numbers (ticks are 11)
            .Select(t => (Text: t.Value.Trim(), Transform: (string)t.Attribute("transform")!)).ToArray();
        Assert.Equal(3, labels.Length);
        Assert.Equal(3, labels.Select(l => l.Transform).Distinct().Count());
    }

    [Fact]
    public void A_tie_on_the_value_map_is_grey_on_the_zero_line()
    {
        // The review's 5-vs-5 tie was drawn red at -0.2 ("we are behind").
        var svg = ChartFactory.ValueMap([new("1", 0, 4, 10, ""), new("2", 0, 4, 8, ""), new("3", -1, 3, 5, "")], "Advantage", "Importance");
        var zero = DashedX(svg);
        var bubbles = Elements(svg, "ellipse");
        Assert.All(bubbles.Take(2), b => Assert.Equal(zero, N(b, "cx"), 0));
        Assert.All(bubbles.Take(2), b => Assert.Equal("#8A97A8", (string?)b.Attribute("fill")));
        Assert.Equal("#D9534F", (string?)bubbles[2].Attribute("fill"));
    }

    [Theory]
    [InlineData(60_400)]
    [InlineData(99_999)]
    [InlineData(100_001)]
    public void The_value_axis_always_has_a_tick_above_the_highest_bar(double top)
    {
        var svg = ChartFactory.RevenueVsTarget(["Q1", "Q2"], [top / 2, top], [null, null], "Revenue", "Target",
            v => "€" + v.ToString("0", CultureInfo.InvariantCulture));
        var ticks = Elements(svg, "text").Select(t => t.Value.Trim()).Where(t => t.StartsWith('€'))
            .Select(t => double.Parse(t[1..], CultureInfo.InvariantCulture)).ToArray();
        Assert.True(ticks.Max() >= top, $"top tick {ticks.Max()} under the highest bar {top}");
        Assert.Equal(0, ticks.Min());
    }
}
