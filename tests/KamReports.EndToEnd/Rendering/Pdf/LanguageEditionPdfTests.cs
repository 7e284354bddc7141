using System.Text.RegularExpressions;
using KamReports.EndToEnd.Support;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Rendering.Pdf;

/// <summary>
/// Issue 14: the zh-CN and de-DE documents, printed and read back with PdfPig, speak their language: legends, money, periods,
/// no English fixed text.
/// </summary>
[Collection("browser")]
public class LanguageEditionPdfTests(BrowserFixture browser)
{
    // PdfPig reads a no-break space as a space; line ends are spaces too.
    private static string Flat(string text) => Regex.Replace(text.Replace('\u00A0', ' ').Replace('\u2060'.ToString(), ""), @"\s+", " ");

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    [Theory]
    [InlineData("zh-CN", "万", "2026年第三季度")]
    [InlineData("de-DE", "Tsd. €", "3. Quartal 2026")]
    public async Task Printed_plan_and_pack_carry_translated_legends_local_money_and_period_and_no_english(string culture,
        string moneyScale, string period)
    {
        var kit = SampleKit.Load(culture: culture); // sample-data: amounts large enough for 万 and Tsd.
        var en = Repo.Strings("en");
        var table = Repo.Strings(culture);
        var account = kit.P.Accounts.First(a => a.Account.AccountId == "ACC-0001");
        var planDoc = kit.Renderer.AccountPlan(kit.Composer.AccountPlan(account));
        var packDoc = kit.Renderer.ReviewPack(kit.Composer.PortfolioPack());
        var (planHtml, packHtml) = (planDoc.Html, packDoc.Html);
        var plan = Flat(PdfText.Read(await browser.Printer.PrintAsync(planDoc)).All);
        var pack = Flat(PdfText.Read(await browser.Printer.PrintAsync(packDoc)).All);

        // Chart legends of the revenue and satisfaction charts, and the pack's revenue chart.
        foreach (var key in new[] { "chart.revenue", "chart.target", "chart.nps", "chart.satisfaction" })
            Assert.Contains(Flat(table[key]), plan);
        Assert.Contains(Flat(table["chart.revenue_with_target"]), pack);
        // Axis titles (the value map's and the portfolio matrix's), drawn in a font that has their glyphs: none is lost.
        // The horizontal ones are read back from the PDF; the vertical ones (PdfPig reads rotated text letter by letter) from the chart's
        // SVG.
        Assert.Contains(Flat(table["chart.advantage"]), plan);
        Assert.Contains(Flat(table["chart.relationship"]), pack);
        Assert.Matches(">\\s*" + Regex.Escape(Xml(table["chart.importance"])) + "\\s*</text>", planHtml);
        Assert.Matches(">\\s*" + Regex.Escape(Xml(table["chart.potential"])) + "\\s*</text>", packHtml);
        // Money in the culture's scale words, the period as the culture writes it, the ISO label nowhere.
        Assert.Contains(Flat(kit.Formatter.MoneyShort((double)account.Kpis.RevenueTtm)), plan);
        Assert.Contains(moneyScale, plan);
        foreach (var text in new[] { plan, pack })
        {
            Assert.Contains(period, text);
            Assert.DoesNotContain("2026-Q3", text);
        }
        // No English phrase of the string table that the culture translates.
        var fragments = en.Where(kv => table[kv.Key] != kv.Value)
            .SelectMany(kv => Regex.Split(kv.Value, @"\{\d\}")).Select(s => s.Trim(' ', ':', ',', '.', ';', '(', ')'))
            .Where(s => s.Length >= 8 && s.Contains(' ') && s.Any(char.IsLetter)).Distinct().ToArray();
        foreach (var text in new[] { plan, pack })
        {
            var left = fragments.Where(s => text.Contains(s, StringComparison.Ordinal)).ToArray();
            Assert.True(left.Length == 0, $"English left in the printed {culture} document: " + string.Join(" | ", left.Take(10)));
        }
    }
}
