using System.Globalization;
using KamReports.Formatting;
using System.Text.RegularExpressions;
using KamReports.TestSupport;

namespace KamReports.Tests.Formatting;

/// <summary>The string tables shipped in <c>templates/strings/</c>.</summary>
public class StringTableTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    public void Every_shipped_table_translates_every_key_with_the_same_placeholders(string culture)
    {
        var en = Repo.Strings("en");
        var table = Repo.Strings(culture);
        Assert.Empty(en.Keys.Except(table.Keys));
        Assert.Empty(table.Keys.Except(en.Keys));
        // A format may use {2} or {3} of its own.
        foreach (var (key, text) in en.Where(kv => !kv.Key.StartsWith("format.", StringComparison.Ordinal)))
        {
            var expected = Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct().Order();
            var actual = Regex.Matches(table[key], @"\{\d\}").Select(m => m.Value).Distinct().Order();
            Assert.True(expected.SequenceEqual(actual), $"{culture}: {key} has other placeholders than en");
        }
    }

    [Fact]
    public void A_cultures_file_overlays_english_first_its_language_then_its_region()
    {
        using var dir = new TempDir();
        dir.File("strings/en.json", """{ "a": "A", "b": "B", "c": "C" }""");
        dir.File("strings/zh.json", """{ "b": "B-zh", "c": "C-zh" }""");
        dir.File("strings/zh-CN.json", """{ "c": "C-cn" }""");
        var table = StringTable.Load(dir.Path, CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal("zh-CN", table.Culture);
        Assert.Equal(("A", "B-zh", "C-cn"), (table.TryGet("a"), table.TryGet("b"), table.TryGet("c")));
        Assert.Null(table.TryGet("d"));
    }

    [Fact]
    public void A_culture_without_a_file_reads_english()
    {
        using var dir = new TempDir();
        dir.File("strings/en.json", """{ "a": "A" }""");
        Assert.Equal("A", StringTable.Load(dir.Path, CultureInfo.GetCultureInfo("fr-FR")).TryGet("a"));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        using var dir = new TempDir();
        dir.File("strings/en.json", "{\n  // the title\n  \"a\": \"A\",\n}\n");
        Assert.Equal("A", StringTable.Load(dir.Path, CultureInfo.GetCultureInfo("en")).TryGet("a"));
    }

    [Fact]
    public void Broken_json_is_an_error_with_file_line_and_column()
    {
        using var dir = new TempDir();
        var path = dir.File("strings/en.json", "{\n  \"a\": \"A\",\n  \"b\": \n}\n");
        var e = Assert.Throws<KamException>(() => StringTable.Load(dir.Path, CultureInfo.GetCultureInfo("en")));
        Assert.Equal(path, e.File);
        Assert.Equal(4, e.Line); // where the missing value of "b" shows: the closing brace
        Assert.StartsWith($"{path}:4:", e.Message);
        Assert.Contains("invalid JSON", e.Message);
    }

    [Fact]
    public void A_text_that_is_not_a_json_string_is_an_error_naming_it()
    {
        using var dir = new TempDir();
        var path = dir.File("strings/de.json", """{ "a": 5 }""");
        dir.File("strings/en.json", """{ "a": "A" }""");
        var e = Assert.Throws<KamException>(() => StringTable.Load(dir.Path, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(path, e.File);
        Assert.Contains("string \"a\" must be a JSON string", e.Message);
    }
}
