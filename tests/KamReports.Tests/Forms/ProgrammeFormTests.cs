using ClosedXML.Excel;
using KamReports.Data;
using KamReports.Forms;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Forms;

/// <summary>Issue 25: the programme sheet of a plan form: pre-filled, tactic and status from lists, since a date, the account id
/// locked; read back by the next run, its accounts' rows replacing theirs.</summary>
public class ProgrammeFormTests
{
    // Columns of the programme sheet: account id, account name, then the contract's columns without account_id, then Remove.
    private const int TacticCol = 3, StatusCol = 4, Since = 5, Evidence = 6, Owner = 7, Remove = 8;

    [Fact]
    public void The_programme_sheet_holds_the_managers_tactics_with_lists_for_tactic_and_status_and_a_date_for_since()
    {
        using var data = FormKit.SampleCopy();
        var (_, path, _) = FormsRunner.Run(data.Path, null, Path.Combine(data.Path, "out"), "Anna Berg", FormKit.Today).Written.Single();
        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("programme");
        Assert.Equal(["account_id", "Account name", "tactic", "status", "since", "evidence", "owner", "Remove (x)"],
            Enumerable.Range(1, Remove).Select(c => ws.Cell(1, c).GetString()));
        Assert.Equal(["Account ID", "Account name", "Tactic *", "Status", "Since", "Evidence", "Owner", "Remove (x)"],
            Enumerable.Range(1, Remove).Select(c => ws.Cell(2, c).GetString()));

        // Anna Berg's accounts (ACC-0001, ACC-0007), in the form's account order, then file order.
        var expected = FormKit.Load(data.Path).Programme!.Where(r => r.AccountId is "ACC-0001" or "ACC-0007").OrderBy(r => r.AccountId)
            .ToArray();
        Assert.Equal(14, expected.Length);
        Assert.Equal(expected.Select(r => PlanFormRows.Code(r.Tactic)), Enumerable.Range(3, 14).Select(r => ws.Cell(r, TacticCol).GetString()));
        Assert.Equal(expected.Select(r => PlanFormRows.Code(r.Status)), Enumerable.Range(3, 14).Select(r => ws.Cell(r, StatusCol).GetString()));
        Assert.Equal("ordering", ws.Cell(5, TacticCol).GetString());
        Assert.Equal(new DateTime(2025, 3, 17), ws.Cell(5, Since).GetDateTime());
        Assert.Equal("EDI link live since March 2025; 80% of spare-parts orders come in through it", ws.Cell(5, Evidence).GetString());
        Assert.Equal("Jan Larsen", ws.Cell(5, Owner).GetString());
        Assert.Equal("Meridian GmbH", ws.Cell(3, 2).GetString());

        // The account is locked; the tactic, its status, since and evidence are the manager's to change.
        Assert.True(ws.IsProtected);
        Assert.All(new[] { 1, 2 }, c => Assert.True(ws.Cell(3, c).Style.Protection.Locked, $"column {c}"));
        Assert.All(new[] { TacticCol, StatusCol, Since, Evidence, Owner, Remove },
            c => Assert.False(ws.Cell(3, c).Style.Protection.Locked, $"column {c}"));
        Assert.False(ws.Cell(17, 1).Style.Protection.Locked);
        Assert.True(ws.Cell(17, 2).HasFormula);

        var lists = wb.Worksheet("Lists");
        string[] List(string key)
        {
            var col = lists.Row(1).CellsUsed().Single(c => c.GetString() == key).Address.ColumnNumber;
            return lists.Column(col).CellsUsed().Skip(1).Select(c => c.GetString()).ToArray();
        }
        Assert.Equal(DataContract.Tactics, List("programme.tactic"));
        Assert.Equal(["in_place", "planned", "missing", "not_applicable"], List("programme.status"));
        Assert.Equal(XLAllowedValues.List, ws.Cell(3, TacticCol).DataValidation.AllowedValues);
        Assert.Equal(XLAllowedValues.List, ws.Cell(17, StatusCol).DataValidation.AllowedValues);
        var since = ws.Cell(17, Since).DataValidation;
        Assert.Equal(XLAllowedValues.Date, since.AllowedValues);
        Assert.StartsWith("The day the tactic was put in place", since.InputMessage, StringComparison.Ordinal);
        Assert.Equal("yyyy-mm-dd", ws.Cell(17, Since).Style.NumberFormat.Format);

        var instructions = wb.Worksheet("Instructions").RangeUsed()!.Cells().Select(c => c.GetString()).ToArray();
        Assert.Contains("Key account programme", instructions);
        Assert.Contains("programme: Tactic", instructions);
        Assert.Contains("programme: Since", instructions);
    }

    [Fact]
    public void The_sheet_speaks_the_forms_language()
    {
        using var data = FormKit.SampleCopy();
        data.File("kam.json", "{ \"culture\": \"de-DE\" }");
        var (_, path, _) = FormsRunner.Run(data.Path, null, Path.Combine(data.Path, "out"), "Anna Berg", FormKit.Today).Written.Single();
        using var wb = new XLWorkbook(path);
        Assert.Equal(["Taktik *", "Status", "Seit", "Nachweis"],
            Enumerable.Range(TacticCol, 4).Select(c => wb.Worksheet("programme").Cell(2, c).GetString()));
        Assert.Contains("Key-Account-Programm", wb.Worksheet("Instructions").RangeUsed()!.Cells().Select(c => c.GetString()));
    }

    [Fact]
    public void An_edited_programme_sheet_replaces_its_accounts_rows_and_a_bad_cell_or_a_second_row_of_a_tactic_costs_its_row()
    {
        using var data = FormKit.SampleCopy();
        var before = FormKit.Load(data.Path);
        var forms = FormKit.FormsInto(data);
        // Untouched forms give the same programme.
        Assert.Equal(before.Programme!, FormKit.Load(data.Path).Programme!);

        using (var wb = new XLWorkbook(Path.Combine(forms, "plan-form-anna-berg.xlsx")))
        {
            var ws = wb.Worksheet("programme");
            // ACC-0001 joint_teams: planned -> in place.
            Assert.Equal(("ACC-0001", "joint_teams"), (ws.Cell(8, 1).GetString(), ws.Cell(8, TacticCol).GetString()));
            ws.Cell(8, StatusCol).SetValue("in_place");
            ws.Cell(8, Since).SetValue(new DateTime(2026, 10, 20));
            ws.Cell(8, Evidence).SetValue("Joint quality team for the Lille hub met on 20 Oct");
            // ACC-0001 sales_units: removed.
            Assert.Equal("sales_units", ws.Cell(7, TacticCol).GetString());
            ws.Cell(7, Remove).SetValue("x");
            // ACC-0007 integrated_supply: in place from a day after today (a bad cell: the row is left out).
            Assert.Equal(("ACC-0007", "integrated_supply"), (ws.Cell(16, 1).GetString(), ws.Cell(16, TacticCol).GetString()));
            ws.Cell(16, StatusCol).SetValue("in_place");
            ws.Cell(16, Since).SetValue(new DateTime(2027, 1, 4));
            // New rows: a second pricing row for ACC-0007 (a bad row naming the first), a tactic spelled in capitals.
            ws.Cell(17, 1).SetValue("ACC-0007");
            ws.Cell(17, TacticCol).SetValue("pricing");
            ws.Cell(17, StatusCol).SetValue("planned");
            ws.Cell(18, 1).SetValue("ACC-0001");
            ws.Cell(18, TacticCol).SetValue("Sales_Units");
            ws.Cell(18, StatusCol).SetValue("not_applicable");
            ws.Cell(18, Evidence).SetValue("Meridian moved to its own repacking centre");
            wb.Save();
        }
        var after = FormKit.Load(data.Path);

        Assert.Equal(
            [
                ("forms/plan-form-anna-berg.xlsx[programme]", 16, "since", "2027-01-04",
                    "in place since a day after today (2026-11-24): status planned until then"),
                ("forms/plan-form-anna-berg.xlsx[programme]", 17, "tactic", "pricing", "duplicate account_id+tactic (first on line 11)"),
            ],
            after.Problems.Select(p => (p.File, p.Line, p.Column, p.Value, p.Reason)));
        var acc1 = after.Programme!.Where(r => r.AccountId == "ACC-0001").ToArray();
        Assert.Equal(
            [Tactic.SinglePointOfContact, Tactic.Pricing, Tactic.Ordering, Tactic.Customisation, Tactic.JointTeams,
                Tactic.IntegratedSupply, Tactic.SalesUnits],
            acc1.Select(r => r.Tactic));
        Assert.Equal(new ProgrammeRow("ACC-0001", Tactic.JointTeams, TacticStatus.InPlace, new(2026, 10, 20),
            "Joint quality team for the Lille hub met on 20 Oct", "Omar Ito"), acc1.Single(r => r.Tactic == Tactic.JointTeams));
        Assert.Equal(TacticStatus.NotApplicable, acc1.Single(r => r.Tactic == Tactic.SalesUnits).Status);
        // ACC-0007 keeps its rows but the one left out.
        Assert.Equal(6, after.Programme!.Count(r => r.AccountId == "ACC-0007"));
        Assert.DoesNotContain(after.Programme!, r => r.AccountId == "ACC-0007" && r.Tactic == Tactic.IntegratedSupply);
        // Other managers' accounts keep their rows.
        Assert.Equal(before.Programme!.Where(r => r.AccountId is not ("ACC-0001" or "ACC-0007")),
            after.Programme!.Where(r => r.AccountId is not ("ACC-0001" or "ACC-0007")));
    }

    [Fact]
    public void A_form_written_before_the_programme_existed_leaves_the_data_folders_rows()
    {
        using var data = FormKit.SampleCopy();
        var before = FormKit.Load(data.Path);
        var forms = FormKit.FormsInto(data);
        foreach (var path in Directory.GetFiles(forms))
        {
            using var wb = new XLWorkbook(path);
            wb.Worksheet("programme").Delete();
            wb.Save();
        }
        var after = FormKit.Load(data.Path);
        Assert.Empty(after.Problems);
        Assert.Equal(before.Programme!, after.Programme!);
    }
}
