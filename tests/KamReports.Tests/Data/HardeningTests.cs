using System.Runtime.InteropServices;
using System.Text;
using KamReports.Config;
using KamReports.Data;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 10: messy and hostile input costs one row, reported, or stops with one clear line; never silently.</summary>
public class HardeningTests
{
    private static KamReports.Records.DataSet Load(TempDir dir, KamConfig? config = null) => DataLoader.Load(dir.Path, config
        ?? new KamConfig(), new DateOnly(2026, 11, 24));

    private static string Revenue(int rows, int badLine, string bad)
    {
        var sb = new StringBuilder("account_id,date,product_line,amount\n");
        for (var i = 2; i <= rows + 1; i++) sb.Append(i == badLine ? bad : $"A1,2026-08-{1 + i % 28:00},P{i % 3},{i}").Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void An_unbalanced_quote_costs_one_row_and_every_later_row_is_read()
    {
        // 306 rows; line 11 opens a quote that never closes.
        using var dir = new TempDir().Minimal(revenue: Revenue(306, 11, "A1,2026-08-03,\"Spare Parts,100"));
        var data = Load(dir);
        Assert.Equal(305, data.Revenue.Count);
        var p = Assert.Single(data.Problems);
        Assert.Equal(("revenue.csv", 11), (p.File, p.Line));
        Assert.Contains("unbalanced quote", p.Reason);
        Assert.Equal(306, data.Files.Single(f => f.Role == "revenue").Rows);
    }

    [Fact]
    public void A_comment_that_starts_with_a_quote_costs_only_its_row_while_real_multi_line_fields_still_work()
    {
        using var dir = new TempDir().Minimal(satisfaction:
            "account_id,date,nps,csat,comment\nA1,2026-08-01,9,5,\"Great\nservice\"\nA1,2026-08-02,8,4,\"Quick delivery, but\nA1,2026-08-03,7,4,fine\nA1,2026-08-04,10,5,ok\n");
        var data = Load(dir);
        Assert.Equal(3, data.Satisfaction.Count);
        Assert.Equal("Great\nservice", data.Satisfaction[0].Comment);
        Assert.Equal(4, Assert.Single(data.Problems).Line);
    }

    [Fact]
    public void Duplicate_headers_are_one_error_naming_both_columns()
    {
        using var dir = new TempDir().Minimal(revenue: "account_id,date,product_line,amount,Amount\nA1,2026-08-01,P1,1,2\n");
        var e = Assert.Throws<KamException>(() => Load(dir));
        Assert.Contains("\"amount\" and 5 \"Amount\" have the same name", e.Message);
        Assert.StartsWith("revenue.csv:1:5:", e.Message);
    }

    [Fact]
    public void Windows_1252_bytes_are_refused_with_the_line_unless_the_config_names_the_encoding()
    {
        using var dir = new TempDir().Minimal();
        var bytes = Encoding.Latin1.GetBytes("account_id,name\nA1,Acme\nA2,M\u00fcller\n");
        File.WriteAllBytes(Path.Combine(dir.Path, "accounts.csv"), bytes);
        var e = Assert.Throws<KamException>(() => Load(dir));
        Assert.StartsWith("accounts.csv:3:", e.Message);
        Assert.Contains("not valid UTF-8", e.Message);
        var data = Load(dir, ConfigLoader.Parse("""{ "encoding": "windows-1252" }""", "kam.json"));
        Assert.Equal("Müller", data.Accounts.Single(a => a.AccountId == "A2").Name);
    }

    [Fact]
    public void Utf16_files_with_a_byte_order_mark_are_decoded()
    {
        using var dir = new TempDir().Minimal();
        File.WriteAllText(Path.Combine(dir.Path, "accounts.csv"), "account_id,name\nA1,Zoë\nA2,Beta\n", new UnicodeEncoding(false, true));
        Assert.Equal("Zoë", Load(dir).Accounts[0].Name);
    }

    [Theory]
    [InlineData("2062-07-14", "more than a year after today")]
    [InlineData("9999-12-31", "more than a year after today")]
    [InlineData("1899-12-31", "date before 1900")]
    [InlineData("0001-01-01", "date before 1900")]
    public void Event_dates_far_in_the_future_or_before_1900_are_bad_values(string date, string reason)
    {
        using var dir = new TempDir().Minimal(revenue: $"account_id,date,product_line,amount\nA1,2026-08-01,P1,1\nA1,{date},P1,2\n");
        var data = Load(dir);
        Assert.Single(data.Revenue);
        Assert.Contains(reason, Assert.Single(data.Problems).Reason);
    }

    [Fact]
    public void Amounts_beyond_ten_to_the_fifteen_and_negative_targets_are_bad_values()
    {
        using var dir = new TempDir()
            .Minimal(revenue: "account_id,date,product_line,amount\nA1,2026-08-01,P1,1\nA1,2026-08-01,P1,79228162514264337593543950335\nA1,2026-08-01,P1,2000000000000000\n");
        dir.File("targets.csv", "account_id,period,target\nA1,2026-Q3,-500\nA2,2026-Q3,500\n");
        var data = Load(dir);
        Assert.Single(data.Revenue);
        Assert.Single(data.Targets!);
        Assert.Equal(3, data.Problems.Count);
    }

    [Fact]
    public void A_file_named_in_the_config_must_lie_inside_the_data_folder()
    {
        using var dir = new TempDir().Minimal();
        foreach (var outside in new[] { "/etc/passwd", "../../x.csv" })
        {
            var config = ConfigLoader.Parse($$"""{ "files": { "team": "{{outside}}" } }""", "kam.json");
            var e = Assert.Throws<KamException>(() => Load(dir, config));
            Assert.Contains("outside the data folder", e.Message);
        }
    }

    [Fact]
    public void A_link_out_of_the_data_folder_and_a_fifo_are_refused_without_reading_them()
    {
        using var dir = new TempDir().Minimal();
        File.CreateSymbolicLink(Path.Combine(dir.Path, "team.csv"), "/etc/passwd");
        Assert.Contains("outside the data folder", Assert.Throws<KamException>(() => Load(dir)).Message);
        File.Delete(Path.Combine(dir.Path, "team.csv"));
        Fifo.Make(Path.Combine(dir.Path, "team.csv"));
        var e = Assert.Throws<KamException>(() => Load(dir)); // would hang if the FIFO were opened
        Assert.StartsWith("team.csv: is empty (or not a regular file)", e.Message);
    }

    [Fact]
    public void A_role_in_both_a_csv_and_the_workbook_is_an_error_and_an_encrypted_workbook_says_so()
    {
        using var dir = new TempDir().Minimal();
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            wb.AddWorksheet("accounts").Cell(1, 1).SetValue("account_id");
            wb.SaveAs(Path.Combine(dir.Path, "data.xlsx"));
        }
        Assert.Contains("accounts is both accounts.csv and a sheet of data.xlsx", Assert.Throws<KamException>(() => Load(dir)).Message);
        File.WriteAllBytes(Path.Combine(dir.Path, "data.xlsx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        Assert.Contains("password-protected", Assert.Throws<KamException>(() => Load(dir)).Message);
    }

    [Fact]
    public void Sponsors_that_differ_in_case_spacing_or_accents_are_one_sponsor_with_a_warning()
    {
        using var dir = new TempDir()
            .Minimal(accounts: "account_id,name,executive_sponsor\nA1,Acme,Anna Berg\nA2,Beta,anna  berg\nA3,Gamma,Ánna Berg\nA4,Delta,Bob\n");
        var data = Load(dir);
        Assert.Equal(["Anna Berg", "Anna Berg", "Anna Berg", "Bob"], data.Accounts.Select(a => a.ExecutiveSponsor));
        Assert.Contains(data.Warnings, w => w.Contains("\"anna  berg\", \"Ánna Berg\" taken as \"Anna Berg\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Inverted_thresholds_are_config_errors()
    {
        Assert.Contains("health_green", Assert.Throws<KamException>(() => ConfigLoader.Parse("""{ "thresholds": { "health_green": 30, "health_amber": 60 } }""", "kam.json")).Message);
        Assert.Contains("satisfied", Assert.Throws<KamException>(() => ConfigLoader.Parse("""{ "thresholds": { "satisfied": 40 } }""", "kam.json")).Message);
    }
}
