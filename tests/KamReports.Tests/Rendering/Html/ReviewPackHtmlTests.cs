using KamReports.TestSupport;
using KamReports.Tests.Support;

namespace KamReports.Tests.Rendering.Html;

public class ReviewPackHtmlTests
{
    [Fact]
    public void Portfolio_pack_html_matches_the_golden_file()
    {
        var kit = new RenderKit();
        var doc = kit.Renderer.ReviewPack(kit.Composer.PortfolioPack());
        Golden.AssertMatches("review-pack-portfolio.html", doc.Html);
    }

    [Fact]
    public void Sponsor_pack_html_matches_the_golden_file()
    {
        var kit = new RenderKit();
        var doc = kit.Renderer.ReviewPack(kit.Composer.SponsorPack("Claire"));
        Golden.AssertMatches("review-pack-sponsor-claire.html", doc.Html);
    }
}
