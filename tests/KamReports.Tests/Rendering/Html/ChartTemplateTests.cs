using System.Text.RegularExpressions;
using KamReports.TestSupport;

namespace KamReports.Tests.Rendering.Html;

/// <summary>Charts reach the model as data and the templates draw them: sales ops set a chart's kind, size and colours.</summary>
public class ChartTemplateTests
{
    private const string RevenueCall = "{{ chart charts.revenue_trend }}";

    private static string PlanWith(string call)
    {
        using var dir = new TempDir();
        var templates = dir.CopyTemplates();
        var section = Path.Combine(templates, "account-plan", "05-revenue.html");
        var text = File.ReadAllText(section);
        Assert.Contains(RevenueCall, text);
        File.WriteAllText(section, text.Replace(RevenueCall, call));
        return new RenderKit(templates: templates).Plan("A1").Html;
    }

    private static string RevenueSection(string html)
    {
        var start = html.IndexOf("id=\"revenue\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void A_copied_template_sets_the_size_and_colours_of_a_chart()
    {
        var svg =
            RevenueSection(PlanWith("{{ chart charts.revenue_trend { width: 520, height: 190, colors: [\"#C0392B\", \"#27AE60\"] } }}"));
        Assert.Contains("viewBox=\"0 0 520 190\"", svg);
        Assert.Contains("fill=\"#C0392B\"", svg); // the revenue bars
        Assert.Contains("stroke=\"#27AE60\"", svg); // the target line
        Assert.DoesNotContain("#1B3A5C", svg); // the default navy is gone
    }

    [Fact]
    public void The_default_chart_keeps_its_size_and_palette()
    {
        var svg = RevenueSection(new RenderKit().Plan("A1").Html);
        Assert.Contains("viewBox=\"0 0 680 250\"", svg);
        Assert.Contains("fill=\"#1B3A5C\"", svg);
    }

    [Fact]
    public void A_revenue_chart_can_be_drawn_as_lines_instead_of_bars()
    {
        var bars = RevenueSection(new RenderKit().Plan("A1").Html);
        var lines = RevenueSection(PlanWith("{{ chart charts.revenue_trend { kind: \"lines\" } }}"));
        // Bars are filled rectangles of the navy series; as lines, navy is a stroke and no bar is filled with it.
        Assert.Contains("fill=\"#1B3A5C\"", bars);
        Assert.Contains("stroke=\"#1B3A5C\"", lines);
        Assert.DoesNotMatch(new Regex("<path fill=\"#1B3A5C\" d=\"M[^\"]*Z"), lines);
    }

    [Theory]
    [InlineData("{{ chart charts.revenue_trend { kind: \"matrix\" } }}", "can be drawn as \"bars\" or \"lines\", not \"matrix\"")]
    [InlineData("{{ chart charts.revenue_trend { colors: [\"red\"] } }}", "\"red\" is not a colour")]
    [InlineData("{{ chart charts.revenue_trend { width: 5 } }}", "width is a number of pixels")]
    [InlineData("{{ chart charts.revenue_trend { size: 5 } }}", "unknown option \"size\"")]
    public void A_wrong_chart_option_is_a_template_error_naming_the_file(string call, string reason)
    {
        var e = Assert.Throws<KamException>(() => PlanWith(call));
        Assert.Contains(reason, e.Message);
        Assert.Contains("05-revenue.html", e.File);
    }

    [Fact]
    public void Dashed_reference_lines_are_dashed_in_the_svg()
    {
        // sample-data: the matrix needs 5 accounts (a smaller portfolio gets no matrix).
        var kit = SampleKit.Load();
        var html = kit.Renderer.ReviewPack(kit.Composer.PortfolioPack()).Html;
        var matrix = html[html.IndexOf("id=\"matrix\"", StringComparison.Ordinal)..];
        matrix = matrix[..matrix.IndexOf("</figure>", StringComparison.Ordinal)];
        // The two split lines at 3 on both axes.
        Assert.Equal(2, Regex.Matches(matrix, "stroke-dasharray=\"5 4\"").Count);
    }
}
