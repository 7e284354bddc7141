using KamReports.Compute;
using KamReports.TestSupport;

namespace KamReports.Tests.Rendering.Html;

/// <summary>Issue 23: a health check whose every line is 100% informs nobody: the page says so in one sentence.</summary>
public class HealthCheckPageTests
{
    [Fact]
    public void A_complete_health_check_is_one_sentence_and_a_partial_one_a_table()
    {
        var check = new HealthCheck(4, 1, 1, 1, 1, 1);
        Assert.True(check.Complete);
        Assert.False((check with { WithTarget = 0.75 }).Complete);
        Assert.False((check with { WithSurveyResponse = null }).Complete); // no survey data is no proof

        var kit = new RenderKit();
        var pack = kit.Composer.PortfolioPack();
        var html = kit.Renderer.ReviewPack(pack with { HealthCheckComplete = true }).Html;
        var section = html[html.IndexOf("id=\"health-check\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Equal(1, pack.KeyAccountsChecked); // the scenario's one key account
        Assert.Contains("The key account follows every practice", section);
        Assert.DoesNotContain("<table>", section);
        var partial = kit.Renderer.ReviewPack(pack with { HealthCheckComplete = false }).Html;
        Assert.Contains("Share of the", partial);
    }

    [Fact]
    public void A_light_below_full_coverage_says_how_much_of_the_data_it_stands_on()
    {
        // kpis.md: "58 · 67% of the data".
        var kit = new RenderKit();
        var pack = kit.Composer.SponsorPack("Claire");
        var watch = pack.Watch.Select((w, i) => w with { HealthCoverage = i == 0 ? 2.0 / 3 : 1.0 }).ToArray();
        var html = kit.Renderer.ReviewPack(pack with { Watch = watch }).Html;
        var section = html[html.IndexOf("id=\"watch\"", StringComparison.Ordinal)..];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(section[..section.IndexOf("</table>", StringComparison.Ordinal)], "of the data"));
        Assert.Contains("67% of the data", section);
    }
}
