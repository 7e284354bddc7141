using ClosedXML.Excel;
using KamReports.Config;
using KamReports.Data;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

public class DataLoaderTests
{
    private static KamReports.Records.DataSet Load(TempDir dir, KamConfig? config = null) => DataLoader.Load(dir.Path, config
        ?? new KamConfig());

    [Fact]
    public void Clean_folder_loads_every_row_and_optional_files_stay_absent()
    {
        using var dir = new TempDir().Minimal();
        var data = Load(dir);
        Assert.Equal(2, data.Accounts.Count);
        Assert.Equal(100.50m, data.Revenue[0].Amount);
        Assert.Empty(data.Problems);
        Assert.Null(data.Complaints);
        Assert.Null(data.Targets);
        Assert.Equal(3, data.Files.Count);
        Assert.All(data.Files, f => Assert.Equal(64, f.Sha256.Length));
    }

    [Fact]
    public void Missing_folder_is_a_usage_error_naming_it()
    {
        var e = Assert.Throws<KamException>(() => DataLoader.Load("/nonexistent/kam", new KamConfig()));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("/nonexistent/kam", e.Message);
    }

    [Fact]
    public void Missing_required_file_names_it()
    {
        using var dir = new TempDir().Minimal();
        File.Delete(Path.Combine(dir.Path, "satisfaction.csv"));
        var e = Assert.Throws<KamException>(() => Load(dir));
        Assert.Contains("satisfaction.csv", e.Message);
    }

    [Fact]
    public void Missing_required_column_names_file_and_column()
    {
        using var dir = new TempDir().Minimal(revenue: "account_id,date,product_line\nA1,2026-08-01,P1\n");
        var e = Assert.Throws<KamException>(() => Load(dir));
        Assert.StartsWith("revenue.csv:", e.Message);
        Assert.Contains("\"amount\"", e.Message);
    }

    [Fact]
    public void Bad_values_are_reported_with_file_line_column_value_and_reason_and_left_out()
    {
        using var dir = new TempDir().Minimal(revenue:
            "account_id,date,product_line,amount\n" +
            "A1,2026-13-45,P1,100\n" +       // line 2: bad date
            "A1,2026-08-01,P1,lots\n" +      // line 3: not a number
            "A1,2026-08-01,P1,\"1,234.5\"\n" + // line 4: thousands separator in an invariant file
            "A1,2026-08-01,,100\n" +         // line 5: empty required cell
            "ZZ,2026-08-01,P1,100\n" +       // line 6: unknown account
            "A1,2026-08-01,P1,-25\n");       // line 7: a valid return
        var data = Load(dir);
        Assert.Single(data.Revenue);
        Assert.Equal(-25m, data.Revenue[0].Amount);
        var p = data.Problems;
        Assert.Equal(5, p.Count);
        Assert.Equal(("revenue.csv", 2, "date", "2026-13-45"), (p[0].File, p[0].Line, p[0].Column, p[0].Value));
        Assert.Contains("date", p[0].Reason);
        Assert.Equal((3, "amount", "lots"), (p[1].Line, p[1].Column, p[1].Value));
        Assert.Equal((4, "amount", "1,234.5"), (p[2].Line, p[2].Column, p[2].Value));
        Assert.Equal((5, "product_line"), (p[3].Line, p[3].Column));
        Assert.Contains("required", p[3].Reason);
        Assert.Equal((6, "account_id", "ZZ"), (p[4].Line, p[4].Column, p[4].Value));
        Assert.Contains("unknown account", p[4].Reason);
        Assert.Equal(5, data.Files.Single(f => f.Role == "revenue").Rejected);
    }

    [Fact]
    public void Duplicate_keys_and_out_of_range_scores_are_reported()
    {
        using var dir = new TempDir().Minimal(
            accounts: "account_id,name,growth_potential\nA1,Acme,3\nA1,Acme again,2\nA2,Beta,7\n",
            satisfaction: "account_id,date,nps,csat\nA1,2026-08-01,11,5\nA1,2026-08-02,9,0\nA1,2026-08-03,9.5,4\n");
        var data = Load(dir);
        // The duplicate A1 is rejected; A2's out-of-range growth potential costs only that cell (issue 22), so A2 is kept.
        Assert.Equal(["A1", "A2"], data.Accounts.Select(a => a.AccountId));
        Assert.Null(data.Accounts[1].GrowthPotential);
        Assert.Contains(data.Problems, x => x.File == "accounts.csv" && x.Line == 3 && x.Reason.Contains("duplicate")
            && x.Reason.Contains("line 2"));
        Assert.Contains(data.Problems, x => x.File == "accounts.csv" && x.Line == 4 && x.Column == "growth_potential"
            && x.Reason.Contains("out of range")
            && x.Reason.EndsWith("the row kept", StringComparison.Ordinal));
        Assert.Contains(data.Problems, x => x.File == "satisfaction.csv" && x.Line == 2 && x.Column == "nps");
        Assert.Contains(data.Problems, x => x.File == "satisfaction.csv" && x.Line == 3 && x.Column == "csat");
        Assert.Contains(data.Problems, x => x.File == "satisfaction.csv" && x.Line == 4 && x.Reason.Contains("whole number"));
        // A2 was kept, so its revenue row is read.
        Assert.DoesNotContain(data.Problems, x => x.File == "revenue.csv");
        Assert.Contains(data.Revenue, r => r.AccountId == "A2");
    }

    [Fact]
    public void Bom_crlf_quoted_commas_and_non_ascii_names_are_read_right()
    {
        using var dir = new TempDir().Minimal();
        dir.File("accounts.csv", "Account ID,Name,Industry\r\nA1,\"Zoë & \"\"Söhne\"\", GmbH\",Chem\r\nA2,上海精密机械有限公司,Food\r\n", bom: true);
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Equal("A1", data.Accounts[0].AccountId);
        Assert.Equal("Zoë & \"Söhne\", GmbH", data.Accounts[0].Name);
        Assert.Equal("上海精密机械有限公司", data.Accounts[1].Name);
    }

    [Fact]
    public void Line_numbers_count_physical_lines_when_a_quoted_field_spans_lines()
    {
        using var dir = new TempDir()
            .Minimal(satisfaction: "account_id,date,nps,comment\nA1,2026-08-01,9,\"two\nlines\"\nA1,2026-08-02,x,ok\n");
        var p = Assert.Single(Load(dir).Problems);
        Assert.Equal(4, p.Line);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported()
    {
        using var dir = new TempDir()
            .Minimal(revenue: "account_id,date,product_line,amount\nA1,2026-08-01,P1,100,extra\nA1,2026-08-01,P1\n");
        var data = Load(dir);
        Assert.Equal(2, data.Problems.Count);
        Assert.All(data.Problems, p => Assert.Contains("fields but the header has 4", p.Reason));
    }

    [Fact]
    public void Binary_or_xlsx_content_in_a_csv_file_is_a_clear_error()
    {
        using var dir = new TempDir().Minimal();
        File.WriteAllBytes(Path.Combine(dir.Path, "revenue.csv"), [0x41, 0x00, 0x42, 0x00, 0xFF]);
        var e = Assert.Throws<KamException>(() => Load(dir));
        Assert.Contains("revenue.csv", e.Message);
        Assert.Contains("binary", e.Message);
        File.WriteAllBytes(Path.Combine(dir.Path, "revenue.csv"), [(byte)'P', (byte)'K', 3, 4, 0, 0]);
        Assert.Contains("xlsx", Assert.Throws<KamException>(() => Load(dir)).Message);
    }

    [Fact]
    public void Extra_columns_are_kept_for_templates()
    {
        using var dir = new TempDir().Minimal(accounts: "account_id,name,CRM Owner\nA1,Acme,Jane\nA2,Beta,\n");
        var a = Load(dir).Accounts[0];
        Assert.Equal("Jane", a.Extra["CRM Owner"]);
    }

    [Fact]
    public void Foreign_exports_are_read_through_the_files_and_columns_mapping()
    {
        using var dir = new TempDir().Minimal();
        File.Delete(Path.Combine(dir.Path, "revenue.csv"));
        dir.File("erp-invoice-lines.csv",
            "Customer ID,Order Date,Category,Sales,Invoice\nA1,2026-08-01,Pumps,120.5,INV-1\nA2,2026-08-02,Valves,80,INV-2\n");
        var config = ConfigLoader.Parse("""
            { "files": { "revenue": "erp-invoice-lines.csv" },
              "columns": { "revenue": { "account_id": "Customer ID", "date": "Order Date", "product_line": "Category", "amount": "Sales",
                  "order_id": "Invoice" } } }
            """, "kam.json");
        var data = Load(dir, config);
        Assert.Empty(data.Problems);
        Assert.Equal(2, data.Revenue.Count);
        Assert.Equal(("Pumps", 120.5m, "INV-1"), (data.Revenue[0].ProductLine, data.Revenue[0].Amount, data.Revenue[0].OrderId));
        Assert.Equal("erp-invoice-lines.csv", data.Files.Single(f => f.Role == "revenue").Path);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_export_names_both_names()
    {
        using var dir = new TempDir().Minimal();
        var config = ConfigLoader.Parse("""{ "columns": { "revenue": { "amount": "Sales" } } }""", "kam.json");
        var e = Assert.Throws<KamException>(() => Load(dir, config));
        Assert.Contains("\"Sales\"", e.Message);
        Assert.Contains("amount", e.Message);
    }

    [Fact]
    public void Culture_and_date_format_from_config_read_local_exports()
    {
        using var dir = new TempDir().Minimal(revenue: "account_id,date,product_line,amount\nA1,14.07.2026,P1,\"1234,5\"\n");
        var config = new KamConfig { InputCulture = "de-DE", DateFormat = "dd.MM.yyyy" };
        var data = Load(dir, config);
        Assert.Empty(data.Problems);
        Assert.Equal(1234.5m, data.Revenue[0].Amount);
        Assert.Equal(new DateOnly(2026, 7, 14), data.Revenue[0].Date);
    }

    [Fact]
    public void The_documents_culture_does_not_change_how_input_numbers_are_read()
    {
        // German documents over an ordinary export: "1234.5" stays 1234.5 (input_culture is a separate setting).
        using var dir = new TempDir().Minimal(revenue: "account_id,date,product_line,amount\nA1,2026-07-14,P1,1234.5\n");
        var data = Load(dir, new KamConfig { Culture = "de-DE" });
        Assert.Empty(data.Problems);
        Assert.Equal(1234.5m, data.Revenue[0].Amount);
    }

    [Fact]
    public void Sheets_of_a_data_workbook_are_read_like_csv_files()
    {
        using var dir = new TempDir();
        using (var wb = new XLWorkbook())
        {
            var a = wb.AddWorksheet("accounts");
            a.Cell(1, 1).Value = "account_id"; a.Cell(1, 2).Value = "name"; a.Cell(1, 3).Value = "is_key_account";
            a.Cell(2, 1).Value = "A1"; a.Cell(2, 2).Value = "Acme"; a.Cell(2, 3).Value = true;
            var r = wb.AddWorksheet("revenue");
            r.Cell(1, 1).Value = "account_id"; r.Cell(1, 2).Value = "date"; r.Cell(1, 3).Value = "product_line"; r.Cell(1, 4)
                .Value = "amount";
            r.Cell(2, 1).Value = "A1"; r.Cell(2, 2).Value = new DateTime(2026, 8, 1); r.Cell(2, 3).Value = "P1"; r.Cell(2, 4).Value = 99.25;
            r.Cell(3, 1).Value = "A1"; r.Cell(3, 2).Value = "not a date"; r.Cell(3, 3).Value = "P1"; r.Cell(3, 4).Value = 1;
            var s = wb.AddWorksheet("satisfaction");
            s.Cell(1, 1).Value = "account_id"; s.Cell(1, 2).Value = "date"; s.Cell(1, 3).Value = "nps";
            s.Cell(2, 1).Value = "A1"; s.Cell(2, 2).Value = new DateTime(2026, 8, 2); s.Cell(2, 3).Value = 9;
            wb.SaveAs(Path.Combine(dir.Path, "data.xlsx"));
        }
        var data = Load(dir);
        Assert.Equal(true, data.Accounts[0].IsKeyAccount);
        Assert.Equal(99.25m, data.Revenue.Single().Amount);
        Assert.Equal(new DateOnly(2026, 8, 1), data.Revenue[0].Date);
        Assert.Equal(9, data.Satisfaction[0].Nps);
        var p = Assert.Single(data.Problems);
        Assert.Equal(("data.xlsx[revenue]", 3, "date"), (p.File, p.Line, p.Column));
    }
}
