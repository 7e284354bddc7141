using ClosedXML.Excel;
using KamReports.Config;
using KamReports.Data;
using KamReports.Records;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 24: the asks file (data-contract.md, asks): every check costs one row, reported with file, line, column, value and
/// reason.</summary>
public class AsksTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private const string Header = "ask_id,account_id,ask,raised,asked_of,needed_by,value_at_stake,status,decided,outcome,owner\n";
    // Line 2 of every file below: a clean open ask.
    private const string Good = "K1,A1,Call the CFO about the 2027 frame contract before 15 Oct,2026-07-01,,2026-10-15,120000,,,,\n";

    private static DataSet Load(TempDir dir) => DataLoader.Load(dir.Path, new KamConfig(), Today);

    private static string Line(ValidationProblem p) => $"{p.File}:{p.Line}:{p.Column} \"{p.Value}\": {p.Reason}";

    [Fact]
    public void A_clean_file_is_read_into_asks_with_open_as_the_empty_status_and_leadership_in_any_case()
    {
        using var dir = new TempDir().Minimal();
        dir.File("asks.csv", Header + Good
            + "K2,A2,Approve 90-day payment terms,2026-05-04,Leadership,,,AGREED,2026-08-12,\"Agreed: 75 days, signed 12 Aug\",Petra Vogel\n"
            + "K3,A1,Host the customer's board,2026-03-02,Helen Park,2026-04-30,0,Withdrawn,2026-04-01,,\n");
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Equal(
            [
                new Ask("K1", "A1", "Call the CFO about the 2027 frame contract before 15 Oct", new(2026, 7, 1), null, new(2026, 10, 15),
                    120000m, AskStatus.Open, null, null, null),
                new Ask("K2", "A2", "Approve 90-day payment terms", new(2026, 5, 4), Ask.Leadership, null, null, AskStatus.Agreed,
                    new(2026, 8, 12), "Agreed: 75 days, signed 12 Aug", "Petra Vogel"),
                new Ask("K3", "A1", "Host the customer's board", new(2026, 3, 2), "Helen Park", new(2026, 4, 30), 0m, AskStatus.Withdrawn,
                    new(2026, 4, 1), null, null),
            ],
            data.Asks!);
        var file = data.Files.Single(f => f.Role == "asks");
        Assert.Equal(("asks.csv", 3, 0), (file.Path, file.Rows, file.Rejected));
    }

    [Fact]
    public void Without_the_file_asks_are_absent_not_empty()
    {
        using var dir = new TempDir().Minimal();
        Assert.Null(Load(dir).Asks);
    }

    [Theory]
    [InlineData(",A1,Call the CFO,2026-07-01,,,,,,,", "asks.csv:3:ask_id \"\": required value is empty")]
    [InlineData("K2,ZZ,Call the CFO,2026-07-01,,,,,,,", "asks.csv:3:account_id \"ZZ\": unknown account (not in accounts)")]
    [InlineData("K2,A1,,2026-07-01,,,,,,,", "asks.csv:3:ask \"\": required value is empty")]
    [InlineData("K2,A1,Call the CFO,,,,,,,,", "asks.csv:3:raised \"\": required value is empty")]
    [InlineData("K2,A1,Call the CFO,2026-13-01,,,,,,,", "asks.csv:3:raised \"2026-13-01\": not a valid ISO date (yyyy-MM-dd)")]
    [InlineData("K2,A1,Call the CFO,2028-01-05,,,,,,,",
        "asks.csv:3:raised \"2028-01-05\": date more than a year after today (2026-11-30): a typo?")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,15/10/2026,,,,,", "asks.csv:3:needed_by \"15/10/2026\": not a valid ISO date (yyyy-MM-dd)")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,2026-06-30,,,,,", "asks.csv:3:needed_by \"2026-06-30\": needed before it was raised (2026-07-01)")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,-5000,,,,", "asks.csv:3:value_at_stake \"-5000\": out of range 0..")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,lots,,,,",
        "asks.csv:3:value_at_stake \"lots\": not a number (use . for decimals, no thousands separators)")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,,maybe,,,",
        "asks.csv:3:status \"maybe\": not one of open, agreed, done, declined, withdrawn")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,,agreed,,,",
        "asks.csv:3:decided \"\": required when the status is agreed: the day the ask left open")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,,withdrawn,,no longer needed,",
        "asks.csv:3:decided \"\": required when the status is withdrawn: the day the ask left open")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,,open,2026-08-01,,",
        "asks.csv:3:decided \"2026-08-01\": an open ask has no decision date: set the status it was decided with, or clear decided")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,,,2026-08-01,,",
        "asks.csv:3:decided \"2026-08-01\": an open ask has no decision date: set the status it was decided with, or clear decided")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,,done,2026-06-15,,",
        "asks.csv:3:decided \"2026-06-15\": decided before it was raised (2026-07-01)")]
    [InlineData("K2,A1,Call the CFO,2026-07-01,,,,done,2026-02-30,,",
        "asks.csv:3:decided \"2026-02-30\": not a valid ISO date (yyyy-MM-dd)")]
    [InlineData("K1,A2,Call the CFO,2026-07-01,,,,,,,", "asks.csv:3:ask_id \"K1\": duplicate ask_id (first on line 2)")]
    public void Each_check_costs_its_row_with_one_line_naming_file_line_column_value_and_reason(string row, string expected)
    {
        using var dir = new TempDir().Minimal();
        dir.File("asks.csv", Header + Good + row + "\n");
        var data = Load(dir);
        Assert.Equal([expected], data.Problems.Select(Line));
        Assert.Equal(["K1"], data.Asks!.Select(a => a.AskId));
        Assert.Equal(1, data.Files.Single(f => f.Role == "asks").Rejected);
    }

    [Fact]
    public void A_bad_status_is_reported_once_and_not_compared_with_decided()
    {
        using var dir = new TempDir().Minimal();
        dir.File("asks.csv", Header + "K1,A1,Call the CFO,2026-07-01,,,,agred,,,\nK2,A1,Call the CFO,2026-07-01,,,,agreed,soon,,\n");
        Assert.Equal(
            [
                "asks.csv:2:status \"agred\": not one of open, agreed, done, declined, withdrawn",
                "asks.csv:3:decided \"soon\": not a valid ISO date (yyyy-MM-dd)",
            ],
            Load(dir).Problems.Select(Line));
    }

    [Fact]
    public void A_future_decision_within_a_year_is_kept_with_the_files_warning()
    {
        using var dir = new TempDir().Minimal();
        dir.File("asks.csv", Header + "K1,A1,Call the CFO,2026-07-01,,,,agreed,2026-12-10,,\n");
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Single(data.Asks!);
        Assert.Contains(data.Warnings, w => w.StartsWith("asks.csv: 1 row(s) dated after the day of the run", StringComparison.Ordinal));
    }

    [Fact]
    public void An_asks_sheet_of_the_data_workbook_is_read_and_checked_like_the_csv_file()
    {
        using var dir = new TempDir().Minimal();
        using (var wb = new XLWorkbook())
        {
            var s = wb.AddWorksheet("asks");
            string[] header = ["ask_id", "account_id", "ask", "raised", "status", "decided", "value_at_stake"];
            for (var c = 0; c < header.Length; c++) s.Cell(1, c + 1).Value = header[c];
            s.Cell(2, 1).Value = "K1"; s.Cell(2, 2).Value = "A1"; s.Cell(2, 3).Value = "Call the CFO";
            s.Cell(2, 4).Value = new DateTime(2026, 7, 1); s.Cell(2, 5).Value = "Done"; s.Cell(2, 6).Value = new DateTime(2026, 7, 20);
            s.Cell(2, 7).Value = 25000;
            s.Cell(3, 1).Value = "K2"; s.Cell(3, 2).Value = "A2"; s.Cell(3, 3).Value = "Approve the discount";
            s.Cell(3, 4).Value = new DateTime(2026, 8, 1); s.Cell(3, 5).Value = "declined";
            wb.SaveAs(Path.Combine(dir.Path, "data.xlsx"));
        }
        var data = Load(dir);
        var ask = Assert.Single(data.Asks!);
        Assert.Equal((AskStatus.Done, new DateOnly(2026, 7, 20), 25000m), (ask.Status, ask.Decided, ask.ValueAtStake));
        Assert.Equal(["data.xlsx[asks]:3:decided \"\": required when the status is declined: the day the ask left open"],
            data.Problems.Select(Line));
    }

    [Fact]
    public void Sample_data_asks_load_without_a_problem_and_give_each_sponsor_open_and_decided_asks()
    {
        var data = DataLoader.Load(Repo.SampleData, ConfigLoader.Load(null, Repo.SampleData), Today);
        Assert.Empty(data.Problems);
        var asks = data.Asks!;
        Assert.True(asks.Count >= 20);
        var q3 = (From: new DateOnly(2026, 7, 1), To: new DateOnly(2026, 9, 30));
        var sponsorOf = data.Accounts.ToDictionary(a => a.AccountId, a => a.ExecutiveSponsor);
        foreach (var sponsor in new[] { "Claire Dubois", "Martin Schulz", "Helen Park" })
        {
            var mine = asks.Where(a => sponsorOf[a.AccountId] == sponsor).ToArray();
            Assert.True(mine.Count(a => a.Status == AskStatus.Open) >= 2, sponsor);
            Assert.Contains(mine, a => a.Decided >= q3.From && a.Decided <= q3.To);
        }
        // The variety the documents need: every status, open asks raised before the quarter and overdue, an older decision,
        // one asked of leadership, values at stake and owners.
        Assert.Equal(Enum.GetValues<AskStatus>(), asks.Select(a => a.Status).Distinct().Order());
        Assert.Contains(asks, a => a.Status == AskStatus.Open && a.Raised < q3.From);
        Assert.Contains(asks, a => a.Status == AskStatus.Open && a.Raised >= q3.From);
        Assert.Contains(asks, a => a.Status == AskStatus.Open && a.NeededBy < q3.To);
        Assert.Contains(asks, a => a.Decided is { } d && d < q3.From && d >= new DateOnly(2026, 4, 1));
        Assert.Contains(asks, a => a.AskedOf == Ask.Leadership);
        Assert.Contains(asks, a => a.ValueAtStake > 0);
        Assert.Contains(asks, a => a.Owner is not null);
        Assert.All(asks.Where(a => a.Status != AskStatus.Open), a => Assert.NotNull(a.Outcome));
    }

    [Fact]
    public void Kam_sample_asks_load_without_a_problem_with_every_status_and_the_same_seed_gives_the_same_asks()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 42)).Write(folder);
        var data = DataLoader.Load(folder, new KamConfig(), new DateOnly(2026, 11, 24));
        Assert.Empty(data.Problems);
        var asks = data.Asks!;
        Assert.Equal(Enum.GetValues<AskStatus>(), asks.Select(a => a.Status).Distinct().Order());
        var keys = data.Accounts.Where(a => a.IsKeyAccount == true).Select(a => a.AccountId).ToHashSet();
        Assert.All(asks, a => Assert.Contains(a.AccountId, keys));
        Assert.All(asks.GroupBy(a => a.AccountId), g => Assert.InRange(g.Count(), 1, 3));
        // Raised over the last four quarters (2025-Q4 to 2026-Q3).
        Assert.All(asks, a => Assert.InRange(a.Raised, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)));
        var again = Path.Combine(dir.Path, "again");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 42)).Write(again);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "asks.csv")), File.ReadAllText(Path.Combine(again, "asks.csv")));
    }
}
