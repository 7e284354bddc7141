using System.Text.RegularExpressions;
using KamReports.Documents;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents;

/// <summary>architecture.md, One home per fact: Compose selects and labels; it never sums and never draws.</summary>
public class ComposeRulesTests
{
    private static IEnumerable<(string File, int Line, string Text)> DocumentsCode()
    {
        var root = Path.Combine(Repo.Root, "src", "KamReports", "Documents");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (!lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                    yield return (Path.GetRelativePath(root, file), i + 1, lines[i]);
        }
    }

    [Fact]
    public void Documents_never_sum()
    {
        var sums = DocumentsCode().Where(l => l.Text.Contains(".Sum(", StringComparison.Ordinal)).Select(l => $"{l.File}:{l.Line}")
            .ToArray();
        Assert.True(sums.Length == 0, "Compose adds up figures (move it to Compute): " + string.Join(", ", sums));
    }

    [Fact]
    public void Documents_never_draw_charts_nor_write_html()
    {
        var charts = DocumentsCode().Where(l => l.Text.Contains("KamReports.Charts", StringComparison.Ordinal)
            || l.Text.Contains("ChartFactory", StringComparison.Ordinal));
        var html = DocumentsCode().Where(l => Regex.IsMatch(l.Text, "\"[^\"]*<[a-zA-Z/][^\"]*\""));
        var found = charts.Concat(html).Select(l => $"{l.File}:{l.Line}").ToArray();
        Assert.True(found.Length == 0, "Compose draws or writes markup: " + string.Join(", ", found));
    }

    [Fact]
    public void Every_kind_names_its_template_group_and_a_distinct_print_order()
    {
        Assert.Equal(DocumentCatalog.Kinds.Count, DocumentCatalog.Kinds.Select(k => k.PrintOrder).Distinct().Count());
        Assert.Equal(DocumentCatalog.Kinds.OrderBy(k => k.PrintOrder), DocumentCatalog.Kinds);
        foreach (var k in DocumentCatalog.Kinds)
        {
            Assert.True(File.Exists(Path.Combine(Repo.Templates, k.Template)), k.Template);
            foreach (var culture in new[] { "en", "de-DE", "zh-CN" })
                Assert.Contains("\"" + k.GroupKey + "\"", File.ReadAllText(Path.Combine(Repo.Templates, "strings", culture + ".json")));
        }
    }
}
