using ClosedXML.Excel;
using KamReports.Config;
using KamReports.Data;
using KamReports.Records;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 25: the programme file (data-contract.md, programme): one row per account and tactic; every check costs one row,
/// reported with file, line, column, value and reason.</summary>
public class ProgrammeTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private const string Header = "account_id,tactic,status,since,evidence,owner\n";
    // Line 2 of every file below: a clean row.
    private const string Good = "A1,ordering,in_place,2025-03-17,EDI link live since March 2025,Jan Larsen\n";

    private static DataSet Load(TempDir dir) => DataLoader.Load(dir.Path, new KamConfig(), Today);

    private static string Line(ValidationProblem p) => $"{p.File}:{p.Line}:{p.Column} \"{p.Value}\": {p.Reason}";

    [Fact]
    public void A_clean_file_is_read_with_missing_as_the_empty_status_and_tactics_in_any_spelling()
    {
        using var dir = new TempDir().Minimal();
        dir.File("programme.csv", Header + Good
            + "A1,Customisation,NOT_APPLICABLE,,Standard products only,\n"
            + "A1,sales units,,,,\n"
            + "A2,Single-Point-Of-Contact,In_Place,2020-09-01,\"Anna with Jan Larsen (service), the one team\",\n"
            + "A2,joint_teams,planned,2027-06-30,Joint quality team for the new hub,Omar Ito\n"
            + "A2,INTEGRATED_SUPPLY,missing,,Deliveries and invoices order by order,\n"
            + "A2,pricing,in_place,2026-11-30,\"Private-label housings, contract K-2024-17\",\n");
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Equal(
            [
                new ProgrammeRow("A1", Tactic.Ordering, TacticStatus.InPlace, new(2025, 3, 17), "EDI link live since March 2025", "Jan Larsen"),
                new ProgrammeRow("A1", Tactic.Customisation, TacticStatus.NotApplicable, null, "Standard products only", null),
                new ProgrammeRow("A1", Tactic.SalesUnits, TacticStatus.Missing, null, null, null),
                new ProgrammeRow("A2", Tactic.SinglePointOfContact, TacticStatus.InPlace, new(2020, 9, 1),
                    "Anna with Jan Larsen (service), the one team", null),
                new ProgrammeRow("A2", Tactic.JointTeams, TacticStatus.Planned, new(2027, 6, 30), "Joint quality team for the new hub", "Omar Ito"),
                new ProgrammeRow("A2", Tactic.IntegratedSupply, TacticStatus.Missing, null, "Deliveries and invoices order by order", null),
                new ProgrammeRow("A2", Tactic.Pricing, TacticStatus.InPlace, new(2026, 11, 30), "Private-label housings, contract K-2024-17", null),
            ],
            data.Programme!);
        var file = data.Files.Single(f => f.Role == "programme");
        Assert.Equal(("programme.csv", 7, 0), (file.Path, file.Rows, file.Rejected));
        // A plan date after the run is what planned means: no warning (since is not an event date).
        Assert.DoesNotContain(data.Warnings, w => w.StartsWith("programme.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_file_the_programme_is_absent_not_empty()
    {
        using var dir = new TempDir().Minimal();
        Assert.Null(Load(dir).Programme);
        dir.File("programme.csv", Header);
        Assert.Empty(Load(dir).Programme!);
    }

    [Fact]
    public void The_contract_lists_the_seven_tactics_and_four_statuses_in_the_records_order()
    {
        Assert.Equal(Enum.GetNames<Tactic>().Select(n => n.ToLowerInvariant()),
            DataContract.Tactics.Select(t => t.Replace("_", "", StringComparison.Ordinal)));
        var status = DataContract.Programme.Columns.Single(c => c.Name == "status");
        Assert.Equal(Enum.GetNames<TacticStatus>().Select(n => n.ToLowerInvariant()),
            status.Choices!.Select(t => t.Replace("_", "", StringComparison.Ordinal)));
        Assert.Equal(["account_id", "tactic"], DataContract.Programme.UniqueKey);
        Assert.Contains(DataContract.Programme, PlanForm.Files);
    }

    [Theory]
    [InlineData(",pricing,in_place,,,", "programme.csv:3:account_id \"\": required value is empty")]
    [InlineData("ZZ,pricing,in_place,,,", "programme.csv:3:account_id \"ZZ\": unknown account (not in accounts)")]
    [InlineData("A1,,in_place,,,", "programme.csv:3:tactic \"\": required value is empty")]
    [InlineData("A1,discounts,in_place,,,",
        "programme.csv:3:tactic \"discounts\": not one of single_point_of_contact, pricing, ordering, customisation, sales_units, joint_teams, integrated_supply")]
    [InlineData("A1,pricing,done,,,", "programme.csv:3:status \"done\": not one of in_place, planned, missing, not_applicable")]
    [InlineData("A1,pricing,in_place,2025-13-01,,", "programme.csv:3:since \"2025-13-01\": not a valid ISO date (yyyy-MM-dd)")]
    [InlineData("A1,pricing,planned,March 2027,,", "programme.csv:3:since \"March 2027\": not a valid ISO date (yyyy-MM-dd)")]
    [InlineData("A1,pricing,in_place,1899-12-31,,", "programme.csv:3:since \"1899-12-31\": date before 1900")]
    [InlineData("A1,pricing,in_place,2026-12-01,,",
        "programme.csv:3:since \"2026-12-01\": in place since a day after today (2026-11-30): status planned until then")]
    [InlineData("A1,ordering,planned,2027-01-15,,", "programme.csv:3:tactic \"ordering\": duplicate account_id+tactic (first on line 2)")]
    [InlineData("A1,ORDERING,missing,,,", "programme.csv:3:tactic \"ORDERING\": duplicate account_id+tactic (first on line 2)")]
    public void Each_check_costs_its_row_with_one_line_naming_file_line_column_value_and_reason(string row, string expected)
    {
        using var dir = new TempDir().Minimal();
        dir.File("programme.csv", Header + Good + row + "\n");
        var data = Load(dir);
        Assert.Equal([expected], data.Problems.Select(Line));
        Assert.Equal([(Tactic.Ordering, TacticStatus.InPlace)], data.Programme!.Select(r => (r.Tactic, r.Status)));
        Assert.Equal(1, data.Files.Single(f => f.Role == "programme").Rejected);
    }

    [Fact]
    public void A_duplicate_pair_names_the_first_line_and_other_accounts_and_tactics_are_not_duplicates()
    {
        using var dir = new TempDir().Minimal();
        dir.File("programme.csv", Header + Good
            + "A2,ordering,planned,2027-01-15,EDI planned with their IT,\n"
            + "A1,pricing,in_place,2024-01-01,Volume rebate,\n"
            + "A1,Pricing,planned,2027-01-01,New rebate scheme,\n"
            + "A1,ordering,missing,,,\n");
        var data = Load(dir);
        Assert.Equal(
            [
                "programme.csv:5:tactic \"Pricing\": duplicate account_id+tactic (first on line 4)",
                "programme.csv:6:tactic \"ordering\": duplicate account_id+tactic (first on line 2)",
            ],
            data.Problems.Select(Line));
        // The first row of a pair is kept.
        Assert.Equal([("A1", Tactic.Ordering, TacticStatus.InPlace), ("A2", Tactic.Ordering, TacticStatus.Planned),
            ("A1", Tactic.Pricing, TacticStatus.InPlace)], data.Programme!.Select(r => (r.AccountId, r.Tactic, r.Status)));
    }

    [Fact]
    public void A_bad_status_is_reported_once_and_not_compared_with_since()
    {
        using var dir = new TempDir().Minimal();
        dir.File("programme.csv", Header + "A1,pricing,inplace2,2027-05-01,,\nA1,ordering,planned,2027-05-01,,\n");
        var data = Load(dir);
        Assert.Equal(["programme.csv:2:status \"inplace2\": not one of in_place, planned, missing, not_applicable"],
            data.Problems.Select(Line));
        Assert.Equal([Tactic.Ordering], data.Programme!.Select(r => r.Tactic));
    }

    [Fact]
    public void A_programme_sheet_of_the_data_workbook_is_read_and_checked_like_the_csv_file()
    {
        using var dir = new TempDir().Minimal();
        using (var wb = new XLWorkbook())
        {
            var s = wb.AddWorksheet("programme");
            string[] header = ["Account ID", "Tactic", "Status", "Since", "Evidence"];
            for (var c = 0; c < header.Length; c++) s.Cell(1, c + 1).Value = header[c];
            s.Cell(2, 1).Value = "A1"; s.Cell(2, 2).Value = "Customisation"; s.Cell(2, 3).Value = "in_place";
            s.Cell(2, 4).Value = new DateTime(2024, 6, 1); s.Cell(2, 5).Value = "Private-label housings, contract K-2024-17";
            s.Cell(3, 1).Value = "A1"; s.Cell(3, 2).Value = "customisation"; s.Cell(3, 3).Value = "planned";
            s.Cell(4, 1).Value = "A2"; s.Cell(4, 2).Value = "joint_teams"; s.Cell(4, 3).Value = "in_place";
            s.Cell(4, 4).Value = new DateTime(2027, 2, 1);
            wb.SaveAs(Path.Combine(dir.Path, "data.xlsx"));
        }
        var data = Load(dir);
        var row = Assert.Single(data.Programme!);
        Assert.Equal(new ProgrammeRow("A1", Tactic.Customisation, TacticStatus.InPlace, new(2024, 6, 1),
            "Private-label housings, contract K-2024-17", null), row);
        Assert.Equal(
            [
                "data.xlsx[programme]:3:Tactic \"customisation\": duplicate account_id+tactic (first on line 2)",
                "data.xlsx[programme]:4:Since \"2027-02-01\": in place since a day after today (2026-11-30): status planned until then",
            ],
            data.Problems.Select(Line));
    }

    [Fact]
    public void Sample_data_programme_loads_without_a_problem_with_the_variety_the_documents_need()
    {
        var data = DataLoader.Load(Repo.SampleData, ConfigLoader.Load(null, Repo.SampleData), Today);
        Assert.Empty(data.Problems);
        var rows = data.Programme!;
        var keys = data.Accounts.Where(a => a.IsKeyAccount == true).Select(a => a.AccountId).ToArray();
        Assert.Equal(10, keys.Length);
        Assert.All(rows, r => Assert.Contains(r.AccountId, keys));
        var inPlace = keys.ToDictionary(k => k, k => rows.Count(r => r.AccountId == k && r.Status == TacticStatus.InPlace));
        // Well covered (5-7 in place), thin (1-2 in place with the rest missing or planned), and one key account with no rows.
        Assert.True(inPlace.Values.Count(n => n >= 5) >= 2);
        Assert.True(inPlace.Count(kv => kv.Value is 1 or 2 && rows.Any(r => r.AccountId == kv.Key && r.Status is TacticStatus.Missing))
            >= 2);
        Assert.Contains(keys, k => rows.All(r => r.AccountId != k));
        Assert.Equal(Enum.GetValues<TacticStatus>(), rows.Select(r => r.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<Tactic>(), rows.Select(r => r.Tactic).Distinct().Order());
        Assert.InRange(rows.Count(r => r.Status == TacticStatus.NotApplicable), 2, 6);
        // A key account without a single_point_of_contact row (derived from its manager and team).
        Assert.Contains(keys, k => rows.Any(r => r.AccountId == k) && !rows.Any(r => r.AccountId == k && r.Tactic == Tactic.SinglePointOfContact));
        Assert.All(rows.Where(r => r.Status == TacticStatus.InPlace), r => Assert.NotNull(r.Since));
        Assert.Contains(rows, r => r.Status == TacticStatus.Planned && r.Since > Today);
        Assert.Contains(rows, r => r.Evidence == "EDI link live since March 2025; 80% of spare-parts orders come in through it");
        Assert.Contains(rows, r => r.Evidence == "Private-label housings, contract K-2024-17");
        Assert.Contains(rows, r => r.Owner is not null);
    }

    [Fact]
    public void Kam_sample_programme_loads_without_a_problem_with_its_variety_and_the_same_seed_gives_the_same_rows()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 42)).Write(folder);
        var data = DataLoader.Load(folder, new KamConfig(), new DateOnly(2026, 11, 24));
        Assert.Empty(data.Problems);
        var rows = data.Programme!;
        var keys = data.Accounts.Where(a => a.IsKeyAccount == true).Select(a => a.AccountId).ToArray();
        Assert.All(rows, r => Assert.Contains(r.AccountId, keys));
        Assert.Contains(keys, k => rows.All(r => r.AccountId != k));
        var inPlace = rows.Where(r => r.Status == TacticStatus.InPlace).GroupBy(r => r.AccountId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(inPlace.Values, n => n >= 5);
        Assert.Contains(inPlace.Values, n => n <= 2);
        Assert.Equal(Enum.GetValues<TacticStatus>(), rows.Select(r => r.Status).Distinct().Order());
        Assert.All(rows.Where(r => r.Status == TacticStatus.InPlace), r => Assert.InRange(r.Since!.Value, new DateOnly(1990, 1, 1),
            new DateOnly(2026, 9, 30)));
        Assert.All(rows.Where(r => r.Status == TacticStatus.Planned), r => Assert.True(r.Since > new DateOnly(2026, 9, 30)));
        var again = Path.Combine(dir.Path, "again");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 42)).Write(again);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "programme.csv")), File.ReadAllText(Path.Combine(again, "programme.csv")));
        var other = Path.Combine(dir.Path, "other");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 7)).Write(other);
        Assert.NotEqual(File.ReadAllText(Path.Combine(folder, "programme.csv")), File.ReadAllText(Path.Combine(other, "programme.csv")));
    }
}
