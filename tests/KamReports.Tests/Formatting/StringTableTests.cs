using System.Text.Json;
using System.Text.RegularExpressions;
using KamReports.TestSupport;

namespace KamReports.Tests.Formatting;

/// <summary>The string tables shipped in <c>templates/strings/</c>.</summary>
public class StringTableTests
{
    private static Dictionary<string, string> Table(string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Repo.Templates, "strings", culture + ".json")))!;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    public void Every_shipped_table_translates_every_key_with_the_same_placeholders(string culture)
    {
        var en = Table("en");
        var table = Table(culture);
        Assert.Empty(en.Keys.Except(table.Keys));
        Assert.Empty(table.Keys.Except(en.Keys));
        foreach (var (key, text) in en.Where(kv => !kv.Key.StartsWith("format.", StringComparison.Ordinal))) // a format may use {2} or {3} of its own
        {
            var expected = Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct().Order();
            var actual = Regex.Matches(table[key], @"\{\d\}").Select(m => m.Value).Distinct().Order();
            Assert.True(expected.SequenceEqual(actual), $"{culture}: {key} has other placeholders than en");
        }
    }
}
