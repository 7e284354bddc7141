using KamReports.EndToEnd.Support;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Cli;

public class CliTests
{
    private static void AssertOneLineError(KamProcess.Result r, int exitCode, string contains)
    {
        Assert.Equal(exitCode, r.ExitCode);
        var lines = r.Stderr.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("kam: error: ", lines[0]);
        Assert.Contains(contains, lines[0]);
        Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Missing_data_folder_is_one_line_and_exit_code_2()
    {
        using var dir = new TempDir();
        AssertOneLineError(KamProcess.Run(dir.Path, "generate", "--data", "no-such-folder", "--no-pdf"), 2,
            "data folder not found: no-such-folder");
    }

    [Fact]
    public void Missing_required_column_is_one_line_and_exit_code_1()
    {
        using var dir = new TempDir().Minimal(revenue: "account_id,date,amount\nA1,2026-08-01,5\n");
        AssertOneLineError(KamProcess.Run(dir.Path, "validate", "--data", "."), 1, "revenue.csv: missing required column \"product_line\"");
    }

    [Fact]
    public void A_wrong_service_model_key_is_a_usage_error_naming_it()
    {
        using var dir = new TempDir().Minimal();
        dir.File("kam.json", """{ "service_models": { "abc_class": { "A": { "tactics": ["pricing", "bribes"] } } } }""");
        AssertOneLineError(KamProcess.Run(dir.Path, "generate", "--data", ".", "--no-pdf"), 2,
            "\"service_models.abc_class.A.tactics\": \"bribes\" is not a tactic");
    }

    [Fact]
    public void Unknown_config_key_is_a_usage_error_naming_it()
    {
        using var dir = new TempDir().Minimal();
        dir.File("kam.json", """{ "currency": "EUR", "curency": "USD" }""");
        AssertOneLineError(KamProcess.Run(dir.Path, "generate", "--data", ".", "--no-pdf"), 2, "\"curency\"");
    }

    [Fact]
    public void Bad_period_and_unknown_options_are_usage_errors()
    {
        using var dir = new TempDir().Minimal();
        AssertOneLineError(KamProcess.Run(dir.Path, "generate", "--data", ".", "--period", "Q3-2026", "--no-pdf"), 2, "--period");
        var r = KamProcess.Run(dir.Path, "generate", "--frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("frobnicate", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Rejected_rows_complete_the_run_with_exit_code_3_and_are_listed()
    {
        using var dir = new TempDir()
            .Minimal(revenue: "account_id,date,product_line,amount\nA1,2026-13-45,P1,100\nA1,2026-09-01,P1,100\nA2,2026-09-02,P2,lots\n");
        var r = KamProcess.Run(dir.Path, "generate", "--data", ".", "--out", "out", "--no-pdf");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("revenue.csv:2:date value \"2026-13-45\"", r.Stdout);
        Assert.Contains("revenue.csv:4:amount value \"lots\"", r.Stdout);
        var validation = File.ReadAllLines(Path.Combine(dir.Path, "out", "2026-Q3", "validation.csv"));
        Assert.Equal(3, validation.Length);
        Assert.Equal("revenue.csv,2,date,2026-13-45,not a valid ISO date (yyyy-MM-dd)", validation[1]);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "2026-Q3", "kpis.csv")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "2026-Q3", "kam-review-2026-Q3.xlsx")));
    }

    [Fact]
    public void Validate_prints_counts_and_exit_code_0_for_clean_data()
    {
        using var dir = new TempDir().Minimal();
        var r = KamProcess.Run(dir.Path, "validate", "--data", ".");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("accounts.csv", r.Stdout);
        Assert.Contains("Data is valid.", r.Stdout);
    }

    [Fact]
    public void Sample_is_deterministic_for_a_seed()
    {
        using var dir = new TempDir();
        Assert.Equal(0, KamProcess.Run(dir.Path, "sample", "--accounts", "12", "--seed", "5", "--out", "a").ExitCode);
        Assert.Equal(0, KamProcess.Run(dir.Path, "sample", "--accounts", "12", "--seed", "5", "--out", "b").ExitCode);
        foreach (var f in Directory.GetFiles(Path.Combine(dir.Path, "a")))
            Assert.Equal(File.ReadAllText(f), File.ReadAllText(Path.Combine(dir.Path, "b", Path.GetFileName(f))));
        Assert.Equal(KamReports.Data.DataContract.All.Count, Directory.GetFiles(Path.Combine(dir.Path, "a"), "*.csv").Length); // every file of the contract
    }

    [Fact]
    public void Init_templates_copies_the_defaults_and_refuses_a_non_empty_folder()
    {
        using var dir = new TempDir();
        var r = KamProcess.Run(Repo.Root, "init-templates", Path.Combine(dir.Path, "mine"));
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "mine", "account-plan", "account-plan.html")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "mine", "strings", "zh-CN.json")));
        AssertOneLineError(KamProcess.Run(Repo.Root, "init-templates", Path.Combine(dir.Path, "mine")), 2, "not empty");
    }

    [Theory]
    [InlineData("0001-Q1")]
    [InlineData("9999-Q4")]
    public void Periods_outside_1900_to_next_year_are_usage_errors_and_leave_no_folder(string period)
    {
        using var dir = new TempDir().Minimal();
        AssertOneLineError(KamProcess.Run(dir.Path, "generate", "--data", ".", "--period", period, "--no-pdf"), 2,
            $"--period \"{period}\" is outside the years 1900 to");
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_output_folder_is_one_line_and_exit_code_1()
    {
        using var dir = new TempDir().Minimal();
        var outDir = Path.Combine(dir.Path, "ro");
        Directory.CreateDirectory(outDir);
        File.SetUnixFileMode(outDir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var r = KamProcess.Run(dir.Path, "generate", "--data", ".", "--out", "ro", "--no-pdf");
            if (Environment.UserName == "root") Assert.True(r.ExitCode is 0 or 3); // root writes anyway
            else AssertOneLineError(r, 1, "ro");
            Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
        }
        finally
        {
            File.SetUnixFileMode(outDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Validate_runs_the_checks_generate_runs_and_a_period_without_revenue_is_warned()
    {
        using var dir = new TempDir().Minimal(revenue: "account_id,date,product_line,amount\n");
        AssertOneLineError(KamProcess.Run(dir.Path, "validate", "--data", "."), 1, "revenue has no valid rows");
        using var dir2 = new TempDir().Minimal();
        var r = KamProcess.Run(dir2.Path, "generate", "--data", ".", "--period", "1900-Q1", "--no-pdf");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("no revenue in the 8 quarters up to 1900-Q1", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Preview_refuses_a_port_out_of_range()
    {
        using var dir = new TempDir().Minimal();
        AssertOneLineError(KamProcess.Run(dir.Path, "preview", "--data", ".", "--port", "70000"), 2, "--port 70000 is not a port");
    }

    [Fact]
    public void A_template_link_that_leaves_the_template_folder_is_refused_with_file_and_line()
    {
        using var dir = new TempDir().Minimal(accounts: "account_id,name,is_key_account\nA1,Acme,true\nA2,Beta,false\n");
        var templates = dir.CopyTemplates();
        File.CreateSymbolicLink(Path.Combine(templates, "partials", "evil.html"), "/etc/passwd");
        File.AppendAllText(Path.Combine(templates, "account-plan", "account-plan.html"), "{{ include 'partials/evil.html' }}");
        Directory.CreateSymbolicLink(Path.Combine(templates, "loop"), Path.Combine(templates, "loop"));
        var r = KamProcess.Run(dir.Path, "generate", "--data", ".", "--templates", templates, "--no-workbook");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("a link that leaves the template folder is not followed", r.Stderr);
        Assert.DoesNotContain("root:", r.Stdout + r.Stderr);
        Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
    }
}
