using System.Globalization;
using KamReports.Config;
using KamReports.Data;
using KamReports.Formatting;
using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Pipeline;

/// <summary>Issue 22, low: files that must never be opened, and config values that name no file, are one line.</summary>
public class OutputAndTemplateEdgeTests
{
    [Fact]
    public async Task A_fifo_named_manifest_json_is_not_read_and_the_run_completes()
    {
        using var dir = new TempDir().Minimal();
        var outDir = Directory.CreateDirectory(Path.Combine(dir.Path, "out", "2026-Q3")).FullName;
        Fifo.Make(Path.Combine(outDir, "manifest.json"));
        var options = new GenerateOptions { DataDir = dir.Path, OutRoot = Path.Combine(dir.Path, "out"), TemplatesDir = Repo.Templates,
            SkipPdf = true, SkipWorkbook = true, Period = "2026-Q3" };
        var result = await new GenerateRunner(options, NullProgress.Instance).RunAsync();
        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(Path.Combine(outDir, "manifest.json")).Length > 0); // replaced by the run's own manifest
    }

    [Fact]
    public void A_string_table_linked_outside_the_template_folder_is_refused()
    {
        using var dir = new TempDir();
        var templates = dir.CopyTemplates();
        var outside = dir.File("outside.json", "{ \"doc.company\": \"from outside\" }");
        var german = Path.Combine(templates, "strings", "de-DE.json");
        File.Delete(german);
        File.CreateSymbolicLink(german, outside);
        var e = Assert.Throws<KamException>(() => StringTable.Load(templates, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("outside the template folder", e.Message);
    }

    [Fact]
    public void A_string_table_that_is_a_fifo_is_refused_without_reading_it()
    {
        using var dir = new TempDir();
        var templates = dir.CopyTemplates();
        var german = Path.Combine(templates, "strings", "de-DE.json");
        File.Delete(german);
        Fifo.Make(german);
        var e = Assert.Throws<KamException>(() => StringTable.Load(templates, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Contains("not a regular file", e.Message);
    }

    [Theory]
    [InlineData("rev\\u0000.csv")]
    [InlineData("rev\\nenue.csv")]
    public void A_control_character_in_a_file_name_of_the_config_is_one_line_naming_the_key(string name)
    {
        using var dir = new TempDir().Minimal();
        dir.File("kam.json", $"{{ \"files\": {{ \"revenue\": \"{name}\" }} }}");
        var e = Assert.Throws<KamException>(() => ConfigLoader.Load(null, dir.Path));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("config key \"files.revenue\": contains a control character", e.Message);
    }
}
