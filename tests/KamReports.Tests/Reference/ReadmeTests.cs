using KamReports.Reference;
using KamReports.TestSupport;

namespace KamReports.Tests.Reference;

public class ReadmeTests
{
    private static string Section(string name)
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).Replace("\r\n", "\n");
        var begin = readme.IndexOf($"<!-- BEGIN {name}", StringComparison.Ordinal);
        var start = readme.IndexOf("-->\n", begin, StringComparison.Ordinal) + 4;
        var end = readme.IndexOf($"<!-- END {name}", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > start, $"README section {name} not found");
        return readme[start..end];
    }

    [Fact]
    public void Readme_data_contract_is_the_generated_one()
    {
        Assert.Equal(ReferenceDocs.Contract(), Section("contract"));
    }

    [Fact]
    public void Readme_template_reference_is_the_generated_one()
    {
        Assert.Equal(ReferenceDocs.TemplateModel(), Section("templates"));
    }
}
