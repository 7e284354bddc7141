using KamReports.TestSupport;
using KamReports.Tests.Support;

namespace KamReports.Tests.Rendering.Html;

public class AccountPlanHtmlTests
{
    [Fact]
    public void Account_plan_html_matches_the_golden_file()
    {
        var doc = new RenderKit().Plan("A1");
        Golden.AssertMatches("account-plan-A1.html", doc.Html);
        Golden.AssertMatches("account-plan-A1.footer.html", doc.FooterHtml);
    }

    [Fact]
    public void Rendering_is_deterministic_whatever_was_drawn_before()
    {
        var first = new RenderKit().Plan("A1").Html;
        _ = new RenderKit().Renderer.ReviewPack(new RenderKit().Composer.PortfolioPack()); // draws other charts in between
        Assert.Equal(first, new RenderKit().Plan("A1").Html);
    }

    [Fact]
    public void Account_plan_has_every_section_of_outputs_md_in_order()
    {
        var html = new RenderKit().Plan("A1").Html;
        // outputs.md: summary, analysis (overview, revenue, cross-selling, satisfaction, competition), relationship map
        // (with the team), strategy, value proposition, action plan with support program and pipeline, scorecard.
        string[] sections = ["aria-label=\"Cover\"", "Executive summary", "Customer overview", "Revenue and potential",
            "Cross-selling and white space",
            "Satisfaction", "Competitive position", "Relationship map", "Account team", "Strategy", "Value proposition", "Action plan",
                "Support program", "Open pipeline", "KPI scorecard"];
        var last = -1;
        foreach (var s in sections)
        {
            var at = s.StartsWith("aria", StringComparison.Ordinal) ? html.IndexOf(s, StringComparison.Ordinal)
                : Math.Max(html.IndexOf(s + "</h2>", StringComparison.Ordinal), html.IndexOf(s + "</h3>", StringComparison.Ordinal));
            Assert.True(at > last, $"section '{s}' missing or out of order");
            last = at;
        }
    }

    [Fact]
    public void Sections_without_their_optional_file_say_so()
    {
        var kit = new RenderKit();
        var html = kit.Plan("A2").Html; // A2 has no team, contacts, actions, competitors, wallet rows
        Assert.Contains("No account team members are recorded for this account.", html);
        Assert.Contains("No contacts are recorded for this account.", html);
        Assert.Contains("No actions are planned for this account.", html);
        Assert.Contains("No wallet estimate was provided for this account.", html);
        // The plan files are absent in the scenario: each plan section says so in one sentence.
        Assert.Contains("No objectives file was provided.", html);
        Assert.Contains("No value propositions file was provided.", html);
        Assert.Contains("No partners file was provided.", html);
        Assert.Contains("No plan notes file (plan_notes) was provided", html);
    }

    [Fact]
    public void Values_are_formatted_and_risks_listed()
    {
        var html = new RenderKit().Plan("A1").Html;
        Assert.Contains("€2,000", html);            // revenue in Q
        Assert.Contains("80.0%", html);             // attainment
        Assert.Contains("▼ 20.0%", html);           // growth vs last year
        // Risks name their window: A1 is 20% down on the quarter but flat over 12 months, so it is not "declining".
        Assert.DoesNotContain("Declining revenue", html);
        Assert.Contains("Below target this quarter: 80.0% of target", html);
        Assert.Contains("Overdue actions at quarter end: 2 (done late included)", html);
        Assert.Contains("vs the 12 months before", html); // the TTM tile
        Assert.Contains(">done late<", html);           // a2 was done after its due date
    }

    [Fact]
    public void Chinese_culture_uses_the_chinese_string_table_and_formats()
    {
        var html = new RenderKit("zh-CN").Plan("A1").Html;
        Assert.Contains("执行摘要", html);
        Assert.Contains("行动计划", html);
        Assert.Contains("<html lang=\"zh\">", html);
        Assert.Contains("2026年7月1日", html);
    }

    [Fact]
    public void Hostile_account_names_are_escaped_in_the_document()
    {
        var kit = new RenderKit();
        var a = kit.Account("A1");
        var hostile = a with { Account = a.Account with { Name = "<img src=x onerror=alert(1)>=HYPERLINK(\"http://evil\")" } };
        var html = kit.Renderer.AccountPlan(kit.Composer.AccountPlan(hostile)).Html;
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }
}
