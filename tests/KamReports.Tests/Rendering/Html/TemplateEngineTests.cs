using System.Globalization;
using KamReports.Formatting;
using KamReports.Rendering.Html;
using KamReports.TestSupport;

namespace KamReports.Tests.Rendering.Html;

public class TemplateEngineTests
{
    private sealed record Model(string Name, decimal Amount, double? Share, DateOnly Day, IReadOnlyList<string> Items);

    private static readonly Model Sample = new("<script>alert('x')</script> & \"Söhne\"", 1234567.5m, 0.125, new DateOnly(2026, 7, 14),
        ["a<b", "c"]);

    private static TemplateEngine Engine(TempDir dir, string culture = "en")
    {
        dir.File("strings/en.json", """{ "na": "n/a", "format.date": "d MMM yyyy", "hello": "Hello {0}" }""");
        dir.File("strings/zh-CN.json", """{ "na": "无数据", "format.date": "yyyy年M月d日" }""");
        var ci = CultureInfo.GetCultureInfo(culture);
        return new TemplateEngine(dir.Path, new ValueFormatter(ci, "EUR", StringTable.Load(dir.Path, ci)));
    }

    [Fact]
    public void Values_are_html_escaped_unless_marked_raw()
    {
        using var dir = new TempDir();
        dir.File("t.html", "<p>{{ name }}</p><p>{{ raw \"<b>bold</b>\" }}</p>{{ for i in items }}<i>{{ i }}</i>{{ end }}");
        var html = Engine(dir).Render("t.html", Sample);
        Assert.Equal("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Söhne&quot;</p><p><b>bold</b></p><i>a&lt;b</i><i>c</i>", html);
    }

    [Fact]
    public void Formatting_functions_follow_the_culture()
    {
        using var dir = new TempDir();
        dir.File("t.html",
            "{{ money amount }}|{{ money_short amount }}|{{ pct share }}|{{ fdate day }}|{{ delta share }}|{{ money null }}|{{ fmt (t \"hello\") \"you\" }}");
        Assert.Equal("€1,234,568|€1.2M|12.5%|14 Jul 2026|<span class=\"delta delta-up\">▲ 12.5%</span>|n/a|Hello you", Engine(dir)
            .Render("t.html", Sample));
        var zh = Engine(dir, "zh-CN").Render("t.html", Sample);
        // 万 for short money; the date's characters held together by word joiners (no line break inside a date).
        Assert.StartsWith("€1,234,568|€123万|12.5%|" + string.Join('\u2060', "2026年7月14日".ToCharArray()) + "|", zh);
        Assert.Contains("|无数据|", zh);
    }

    [Fact]
    public void Partials_are_included_raw_and_their_values_escaped()
    {
        using var dir = new TempDir();
        dir.File("partials/p.html", "<em>{{ name }}</em>");
        dir.File("t.html", "<div>{{ include 'partials/p.html' }}</div>");
        Assert.Equal("<div><em>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Söhne&quot;</em></div>", Engine(dir)
            .Render("t.html", Sample));
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../outside.html")]
    public void Include_only_resolves_inside_the_template_folder(string name)
    {
        using var dir = new TempDir();
        dir.File("t.html", "{{ include '" + name + "' }}");
        var e = Assert.Throws<KamException>(() => Engine(dir).Render("t.html", Sample));
        Assert.Contains("only paths inside the template folder", e.Message);
        Assert.Contains("t.html:1:", e.Message);
    }

    [Fact]
    public void Syntax_errors_name_file_line_and_column()
    {
        using var dir = new TempDir();
        dir.File("t.html", "line one\n<p>{{ if name }}</p>\n");
        var e = Assert.Throws<KamException>(() => Engine(dir).Render("t.html", Sample));
        Assert.Matches(@"t\.html:\d+:\d+: template error: ", e.Message);
    }

    [Fact]
    public void Unknown_members_and_variables_are_errors_with_position()
    {
        using var dir = new TempDir();
        dir.File("a.html", "ok\n  {{ nmae }}");
        var e = Assert.Throws<KamException>(() => Engine(dir).Render("a.html", Sample));
        Assert.Contains("a.html:2:6: template error:", e.Message);
        Assert.Contains("nmae", e.Message);
        dir.File("b.html", "{{ day.no_such_member }}");
        Assert.Contains("b.html:1:", Assert.Throws<KamException>(() => Engine(dir).Render("b.html", Sample)).Message);
        dir.File("c.html", "{{ t \"no.such.key\" }}");
        Assert.Contains("unknown text key", Assert.Throws<KamException>(() => Engine(dir).Render("c.html", Sample)).Message);
    }

    [Fact]
    public void Errors_in_an_included_partial_name_the_partial()
    {
        using var dir = new TempDir();
        dir.File("partials/bad.html", "fine\n{{ end }}");
        dir.File("t.html", "{{ include 'partials/bad.html' }}");
        var e = Assert.Throws<KamException>(() => Engine(dir).Render("t.html", Sample));
        Assert.Contains("bad.html:2:", e.Message);
    }

    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\">", "<meta http-equiv=\"refresh\">")]
    [InlineData("<style>@import url(https://example.com/x.css);</style>", "@import")]
    [InlineData("<base href=\"https://example.com/\">", "<base>")]
    [InlineData("<meta http-equiv=\"&#114;efresh\" content=\"0;url=about:blank\">", "<meta http-equiv=\"refresh\">")] // an entity
    [InlineData("<base/href=\"https://example.com/\">", "<base>")]
    [InlineData("<style>/*<*/ @import url(https://example.com/x.css);</style>", "@import")]
    [InlineData("<style>@\\69mport url(https://example.com/x.css);</style>", "@import")] // a CSS escape
    public void Markup_that_would_navigate_the_page_is_a_template_error_naming_file_and_line(string markup, string what)
    {
        // Issue 22: not "the browser failed twice" at print time.
        using var dir = new TempDir();
        var templates = dir.CopyTemplates();
        var section = Path.Combine(templates, "account-plan", "02-summary.html");
        File.WriteAllText(section, File.ReadAllText(section) + "\n" + markup + "\n");
        var e = Assert.Throws<KamException>(() => new RenderKit(templates: templates).Plan("A1"));
        Assert.Contains(what, e.Message);
        Assert.EndsWith("account-plan/02-summary.html", e.File);
        Assert.Equal(File.ReadAllLines(section).Length, e.Line);
    }

    [Fact]
    public void A_value_that_reads_like_navigating_markup_is_text_and_prints()
    {
        // A KAM's note may quote markup: values are escaped, so it is never taken for a template's tag.
        var kit = new RenderKit();
        var plan = kit.Composer.AccountPlan(kit.Account("A1"));
        var html = kit.Renderer.AccountPlan(plan with
        {
            CoverSummary = "Their intranet uses <base href=x> and <meta http-equiv=refresh>; styles via @import.",
        }).Html;
        Assert.Contains("&lt;base href=x&gt;", html);
    }
}
