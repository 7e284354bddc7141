using KamReports.Config;
using KamReports.Data;
using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 22, the last input edge cases: each costs its row (exit 3) or is one usage line (exit 2), never exit 4.</summary>
public class InputEdgeTests
{
    private static KamReports.Records.DataSet Load(TempDir dir) => DataLoader.Load(dir.Path, new KamConfig(), new DateOnly(2026, 11, 24));

    [Theory]
    [InlineData("２０２６-Q3")] // full-width digits
    [InlineData("٢٠٢٦-Q3")] // Arabic-Indic digits
    [InlineData("2026-٠٧")]
    [InlineData("0000-01")] // a year no budget has: a typo, not a crash
    [InlineData("9999-Q4")]
    public void A_target_period_in_other_digits_costs_its_row(string period)
    {
        using var dir = new TempDir().Minimal();
        dir.File("targets.csv", $"account_id,period,target\nA1,2026-Q3,100\nA1,{period},200\n");
        var data = Load(dir);
        var p = Assert.Single(data.Problems);
        Assert.Equal(("targets.csv", 3, "period", period), (p.File, p.Line, p.Column, p.Value));
        Assert.Equal(100m, Assert.Single(data.Targets!).Amount);
    }

    [Theory]
    [InlineData("２０２６-Q3")]
    [InlineData("٢٠٢٦-Q3")]
    public void A_period_option_in_other_digits_is_a_usage_error(string period)
    {
        using var dir = new TempDir().Minimal();
        var e = Assert.Throws<KamException>(() => RunSetup.ResolvePeriod(period, Load(dir), new KamConfig()));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("is not a quarter such as 2026-Q3", e.Message);
    }

    [Theory]
    [InlineData("Region\u00A0code", "Region code")] // no-break space
    [InlineData("Region\u3000code", "Region code")] // ideographic space
    [InlineData("Region code\u00A0", "Region code")] // a trailing no-break space
    [InlineData("Region\u200Bcode", "Regioncode")] // a zero-width space
    public void Extra_columns_that_differ_only_by_a_kind_of_space_are_one_line_naming_both(string first, string second)
    {
        using var dir = new TempDir().Minimal(accounts: $"account_id,name,{first},{second}\nA1,Acme,x,y\nA2,Beta,x,y\n");
        var e = Assert.Throws<KamException>(() => Load(dir));
        Assert.Equal(ExitCodes.Failed, e.ExitCode);
        Assert.Contains("have the same name", e.Message);
        Assert.Equal("accounts.csv", e.File);
    }

    [Fact]
    public void A_contract_column_written_with_a_no_break_space_is_the_contract_column()
    {
        using var dir = new TempDir().Minimal(accounts: "account\u00A0id,name,key\u00A0account\u00A0manager\nA1,Acme,Anna\nA2,Beta,Ben\n");
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Equal("Anna", data.Accounts.Single(a => a.AccountId == "A1").KeyAccountManager);
    }

    [Fact]
    public void A_row_dated_ahead_never_moves_the_default_period_and_is_named()
    {
        // Run on 2026-11-24: the last complete quarter is 2026-Q3, whatever a line dated 2027-06-30 says.
        using var dir = new TempDir()
            .Minimal(revenue: "account_id,date,product_line,amount\nA1,2026-08-01,P1,100\nA1,2027-06-30,P1,5\nA2,2026-09-01,P2,200\n");
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Equal("2026-Q3", RunSetup.ResolvePeriod(null, data, new KamConfig(), new DateOnly(2026, 11, 24)).ToString());
        var warning = Assert.Single(data.Warnings, w => w.StartsWith("revenue.csv: 1 row(s) dated after the day of the run",
            StringComparison.Ordinal));
        Assert.Contains("the first on line 3, the latest 2027-06-30", warning);
        // Run after the data ends, the data's own last complete quarter is the default.
        Assert.Equal("2027-Q2", RunSetup.ResolvePeriod(null, data, new KamConfig(), new DateOnly(2028, 1, 1)).ToString());
    }

    [Fact]
    public void An_unbalanced_quote_before_a_row_with_a_real_multi_line_field_costs_only_itself()
    {
        // Line 3 opens a quote that never closes; line 4 opens a comment that goes on on line 5 (a legitimate multi-line field).
        using var dir = new TempDir().Minimal(satisfaction: "account_id,date,nps,comment\n"
            + "A1,2026-07-01,9,fine\n"
            + "A1,2026-08-01,5,\"unbalanced comment\n"
            + "A2,2026-08-02,0,\"multi\n"
            + "line comment\"\n"
            + "A2,2026-09-01,10,ok\n");
        var data = Load(dir);
        var p = Assert.Single(data.Problems);
        Assert.Equal(("satisfaction.csv", 3), (p.File, p.Line));
        Assert.Contains("unbalanced quote", p.Reason);
        Assert.Equal([9, 0, 10], data.Satisfaction.Select(s => s.Nps!.Value));
        Assert.Equal("multi\nline comment", data.Satisfaction[1].Comment);
    }

    [Fact]
    public void When_every_revenue_row_is_rejected_the_message_says_why()
    {
        using var dir = new TempDir()
            .Minimal(revenue: "account_id,date,product_line,amount\nA1,2026-08-01,P1,lots\nA2,2026-08-02,P1,many\n");
        var data = Load(dir);
        var e = Assert.Throws<KamException>(() => RunSetup.ResolvePeriod(null, data, new KamConfig()));
        Assert.Contains("every row was rejected; 2 for amount: not a number", e.Message);
        Assert.Contains("first on line 2", e.Message);
    }

    [Theory]
    [InlineData("0001-01-01", "date before 1900")]
    [InlineData("9999-12-31", "a customer since a day after today")]
    [InlineData("someday", "not a valid ISO date")]
    public void A_bad_customer_since_costs_only_its_cell_not_the_account_and_its_revenue(string since, string reason)
    {
        using var dir = new TempDir().Minimal(accounts: $"account_id,name,customer_since\nA1,Acme,{since}\nA2,Beta,2020-01-01\n");
        var data = Load(dir);
        var p = Assert.Single(data.Problems);
        Assert.Equal(("accounts.csv", 2, "customer_since"), (p.File, p.Line, p.Column));
        Assert.StartsWith(reason, p.Reason);
        Assert.Null(data.Accounts.Single(a => a.AccountId == "A1").CustomerSince);
        Assert.Equal(2, data.Revenue.Count); // A1's revenue line is kept with its account
    }

    [Fact]
    public void A_line_of_millions_of_characters_is_one_bad_row_and_the_rest_is_read()
    {
        var huge = "A1,2026-08-02,P1," + new string('9', 3_000_000);
        using var dir = new TempDir()
            .Minimal(revenue: $"account_id,date,product_line,amount\nA1,2026-08-01,P1,100\n{huge}\nA2,2026-09-01,P2,200\n");
        var data = Load(dir);
        var p = Assert.Single(data.Problems);
        Assert.Equal(("revenue.csv", 3), (p.File, p.Line));
        Assert.StartsWith("line longer than 1 million characters", p.Reason);
        Assert.Equal([100m, 200m], data.Revenue.Select(r => r.Amount));
    }

    [Fact]
    public void A_csv_file_beyond_2_gb_is_one_line_naming_the_file_and_the_limit()
    {
        using var dir = new TempDir().Minimal();
        // A sparse file: 2.2 GB long, nothing written.
        using (var fs = new FileStream(Path.Combine(dir.Path, "revenue.csv"), FileMode.Create)) fs.SetLength(2_200_000_000);
        var e = Assert.Throws<KamException>(() => Load(dir));
        Assert.Equal("revenue.csv", e.File);
        Assert.Contains("is 2.2 GB: CSV files are read up to 2 GB", e.Message);
    }

    [Fact]
    public void A_german_export_reads_its_thousands_separators()
    {
        // README: input_culture de-DE reads 1.234,5 (it rejected "1.234,50").
        using var dir = new TempDir().Minimal(revenue: "account_id,date,product_line,amount\nA1,2026-08-01,P1,\"1.234,50\"\nA2,2026-09-01,P2,\"200,5\"\n");
        var data = DataLoader.Load(dir.Path, new KamConfig { InputCulture = "de-DE" }, new DateOnly(2026, 11, 24));
        Assert.Empty(data.Problems);
        Assert.Equal([1234.50m, 200.5m], data.Revenue.Select(r => r.Amount));
    }
}
