using System.Text.RegularExpressions;
using KamReports.TestSupport;

namespace KamReports.Tests.Formatting;

/// <summary>Typography of the shipped zh-CN table: full-width punctuation in Chinese text, numbers kept with their units.</summary>
public class ChineseTypographyTests
{
    private const string Han = @"\p{IsCJKUnifiedIdeographs}";

    private static IEnumerable<string> Problems(string key, string text)
    {
        if (!Regex.IsMatch(text, Han)) yield break;
        if (Regex.IsMatch(text, Han + @"[。！？”）]?\.$"))
            yield return "a Chinese sentence ends with an ASCII '.' (use 。)";
        if (Regex.IsMatch(text, $@"{Han}\s*[,:;()]|[,:;()]\s*{Han}"))
            yield return "half-width , : ; ( ) next to Chinese text (use ，：；（）)";
        if (Regex.IsMatch(text, $@"{Han}\s+{Han}"))
            yield return "a space between Chinese characters";
        if (Regex.IsMatch(text, @"(\d|\{\d\})\s+[个天项位起家份分页次条倍年月日]"))
            yield return "a space between a number and its unit";
        if (Regex.IsMatch(text, $@"{Han}\s+\{{\d\}}|\{{\d\}}\s+{Han}"))
            yield return "a space between a placeholder and Chinese text";
    }

    [Fact]
    public void The_chinese_table_uses_chinese_punctuation_and_keeps_numbers_with_units()
    {
        var failures = Repo.Strings("zh-CN")
            .Where(kv => !kv.Key.StartsWith("format.", StringComparison.Ordinal))
            .SelectMany(kv => Problems(kv.Key, kv.Value).Select(p => $"{kv.Key}: {p}: {kv.Value}"))
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} problems:\n" + string.Join("\n", failures));
    }
}
