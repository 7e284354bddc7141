using System.Net;
using System.Text.RegularExpressions;
using KamReports.TestSupport;

namespace KamReports.Tests.Rendering.Html;

/// <summary>Issue 14: the zh-CN documents hold no English fixed text, money in 万, periods as 2026年第三季度.</summary>
public partial class ChineseEditionTests
{
    // The visible text of a document: tags, styles and inline SVG geometry removed, entities decoded.
    private static string Text(string html)
    {
        html = StyleOrScript().Replace(html, " ");
        return WebUtility.HtmlDecode(Tag().Replace(html, " "));
    }

    [GeneratedRegex(@"<(style|script)[\s\S]*?</\1>")]
    private static partial Regex StyleOrScript();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    public void No_english_fixed_text_is_left_in_the_translated_plan_and_packs(string culture)
    {
        var en = Repo.Strings("en");
        var table = Repo.Strings(culture);
        var kit = new RenderKit(culture);
        var docs = new[] { kit.Plan("A1").Html, kit.Renderer.ReviewPack(kit.Composer.PortfolioPack()).Html,
            kit.Renderer.ReviewPack(kit.Composer.SponsorPack("Claire")).Html };
        // Every English fixed text long enough to be unambiguous, cut at its placeholders.
        var fragments = en.Where(kv => table.GetValueOrDefault(kv.Key) != kv.Value)
            .SelectMany(kv => Regex.Split(kv.Value, @"\{\d\}")).Select(f => f.Trim(' ', ':', ',', '.', ';', '(', ')'))
            // phrases: a file name such as "contacts" is a data code
            .Where(f => f.Length >= 8 && f.Contains(' ') && f.Any(char.IsLetter)).Distinct().ToArray();
        foreach (var html in docs)
        {
            var text = Text(html);
            var left = fragments.Where(f => text.Contains(f, StringComparison.Ordinal)).ToArray();
            Assert.True(left.Length == 0, $"English left in the {culture} document: " + string.Join(" | ", left.Take(10)));
        }
    }

    [Fact]
    public void Chinese_money_periods_and_dates_read_as_a_chinese_reader_expects()
    {
        var kit = new RenderKit("zh-CN");
        Assert.Equal("€12.3万", kit.Formatter.MoneyShort(123_456));
        Assert.Equal("€1.2亿", kit.Formatter.MoneyShort(123_456_789));
        Assert.Equal("€800", kit.Formatter.MoneyShort(800));
        Assert.Equal("2026年第三季度", kit.Formatter.Quarter("2026-Q3"));
        var text = Text(kit.Plan("A1").Html);
        Assert.Contains("2026年第三季度", text);
        Assert.DoesNotContain("2026-Q3", text);
        Assert.Contains("2\u20600\u20602\u20606\u2060年", kit.Formatter.Date(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void Colors_up_red_is_a_stated_choice_of_the_config()
    {
        var config = KamReports.Data.ConfigLoader.Parse("""{ "culture": "zh-CN", "colors": { "up": "red" } }""", "kam.json");
        Assert.Equal("red", config.ColorsUp);
        Assert.Contains("class=\"account-plan up-red\"", new RenderKit("zh-CN", config: config).Plan("A1").Html);
        Assert.Contains("class=\"account-plan up-green\"", new RenderKit("zh-CN").Plan("A1").Html);
        Assert.Contains("colors.up", Assert.Throws<KamException>(() => KamReports.Data.ConfigLoader.Parse("""{ "colors": { "up": "blue" } }""", "kam.json")).Message);
    }

    [Fact]
    public void Chinese_chart_amounts_keep_their_scale_word()
    {
        // The product-mix chart's labels are all Latin (product lines): its amounts once lost 万 ("€29.0" for €29.0万).
        var kit = SampleKit.Load(culture: "zh-CN");
        var account = kit.P.Accounts.First(a => a.Account.AccountId == "ACC-0001");
        var html = kit.Renderer.AccountPlan(kit.Composer.AccountPlan(account)).Html;
        var texts = Regex.Matches(html, @"<text[^>]*>\s*([^<]*?)\s*</text>").Select(m => m.Groups[1].Value).ToHashSet();
        var large = account.ProductLines.Where(l => l.RevenueTtm >= 10_000).ToArray();
        Assert.NotEmpty(large);
        foreach (var line in large)
        {
            var label = kit.Formatter.MoneyShort((double)line.RevenueTtm);
            Assert.EndsWith("万", label);
            Assert.Contains(label, texts);
        }
    }
}
