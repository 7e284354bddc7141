using System.Text.RegularExpressions;
using KamReports.Documents;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents;

/// <summary>Issue 23: a headline sentence writes money in one form (all compact, or all in full), in English and in Chinese.</summary>
public partial class MessageFormTests
{
    [GeneratedRegex(@"€\d+(\.\d)?[kMB]|[€¥][\d.]+[万亿]")]
    private static partial Regex Compact();

    [GeneratedRegex(@"[€¥]\d{1,3}(,\d{3})+(?![\d.])")]
    private static partial Regex Full();

    [Theory]
    [InlineData("sample", "en")]
    [InlineData("sample", "zh-CN")]
    [InlineData("300", "en")]
    public void Every_headline_sentence_writes_money_in_one_form(string portfolio, string culture)
    {
        using var data = new TempDir();
        var dir = SampleFolders.Make(portfolio, data);
        var kit = SampleKit.Load(dir, culture);
        var messages = kit.P.KeyAccounts.SelectMany(a => kit.Composer.AccountPlan(a).Messages)
            .Concat(kit.Composer.PortfolioPack().Messages)
            .Concat(DocumentCatalog.Sponsors(kit.P).SelectMany(s => kit.Composer.SponsorPack(s).Messages))
            .ToArray();
        Assert.Contains(messages, m => m.Key == "revenue_ttm" && Full().IsMatch(m.Text));
        foreach (var m in messages)
            Assert.False(Compact().IsMatch(m.Text) && Full().IsMatch(m.Text), $"{m.Key}: \"{m.Text}\" mixes compact and full amounts");
    }

    [Theory]
    [InlineData("sample", "en")]
    [InlineData("sample", "de-DE")]
    [InlineData("sample", "zh-CN")]
    [InlineData("300", "en")]
    [InlineData("300", "zh-CN")]
    public void No_headline_sentence_chains_colons_or_counts_two_of_two(string portfolio, string culture)
    {
        using var data = new TempDir();
        var kit = SampleKit.Load(SampleFolders.Make(portfolio, data), culture);
        var messages = kit.P.KeyAccounts.SelectMany(a => kit.Composer.AccountPlan(a).Messages)
            .Concat(kit.Composer.PortfolioPack().Messages)
            .Concat(DocumentCatalog.Sponsors(kit.P).SelectMany(s => kit.Composer.SponsorPack(s).Messages))
            .ToArray();
        foreach (var m in messages)
        {
            Assert.True(m.Text.Count(c => c is ':' or '：') <= 1, $"{m.Key}: \"{m.Text}\" chains colons");
            Assert.DoesNotMatch(@"\b(\d+) of the \1 decision makers", m.Text);
        }
    }
}
