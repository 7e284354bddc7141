using ClosedXML.Excel;
using KamReports.Data;
using KamReports.Forms;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Forms;

/// <summary>Issue 24: the asks sheet of a plan form: pre-filled, status from a list, decided a date, the ask id locked; read back.</summary>
public class AsksFormTests
{
    // Columns of the asks sheet: account id, account name, then the contract's columns without account_id, then Remove.
    private const int AskId = 3, Text = 4, Raised = 5, Status = 9, Decided = 10, Outcome = 11, Remove = 13;

    [Fact]
    public void The_asks_sheet_holds_the_managers_asks_with_the_id_locked_a_status_list_and_a_decided_date()
    {
        using var data = FormKit.SampleCopy();
        var (_, path, _) = FormsRunner.Run(data.Path, null, Path.Combine(data.Path, "out"), "Anna Berg", FormKit.Today).Written.Single();
        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("asks");
        Assert.Equal(["account_id", "Account name", "ask_id", "ask", "raised", "asked_of", "needed_by", "value_at_stake", "status",
            "decided", "outcome", "owner", "Remove (x)"], Enumerable.Range(1, Remove).Select(c => ws.Cell(1, c).GetString()));
        Assert.Equal(["Account ID", "Account name", "Ask ID *", "Ask *", "Raised *", "Asked of", "Needed by", "Value at stake", "Status",
            "Decided", "Outcome", "Owner", "Remove (x)"], Enumerable.Range(1, Remove).Select(c => ws.Cell(2, c).GetString()));

        // Anna Berg's accounts (ACC-0001, ACC-0007), in the form's account order, then file order.
        var expected = FormKit.Load(data.Path).Asks!.Where(a => a.AccountId is "ACC-0001" or "ACC-0007").OrderBy(a => a.AccountId).ToArray();
        Assert.Equal(5, expected.Length);
        Assert.Equal(expected.Select(a => a.AskId), Enumerable.Range(3, 5).Select(r => ws.Cell(r, AskId).GetString()));
        var done = Array.FindIndex(expected, a => a.Status == AskStatus.Done) + 3;
        Assert.Equal("done", ws.Cell(done, Status).GetString());
        Assert.Equal(new DateTime(2026, 9, 10), ws.Cell(done, Decided).GetDateTime());
        Assert.Equal(new DateTime(2026, 8, 18), ws.Cell(3, Raised).GetDateTime());

        // The account and the ask id of a current row are locked; its status, decision and outcome are the manager's to change.
        Assert.True(ws.IsProtected);
        Assert.All(new[] { 1, 2, AskId }, c => Assert.True(ws.Cell(3, c).Style.Protection.Locked, $"column {c}"));
        Assert.All(new[] { Text, Status, Decided, Outcome }, c => Assert.False(ws.Cell(3, c).Style.Protection.Locked, $"column {c}"));
        // A new row gives its own id.
        Assert.False(ws.Cell(8, AskId).Style.Protection.Locked);

        var status = ws.Cell(3, Status).DataValidation;
        Assert.Equal(XLAllowedValues.List, status.AllowedValues);
        var listColumn = wb.Worksheet("Lists").Row(1).CellsUsed().Single(c => c.GetString() == "asks.status").Address.ColumnNumber;
        Assert.Equal(["open", "agreed", "done", "declined", "withdrawn"],
            Enumerable.Range(2, 5).Select(r => wb.Worksheet("Lists").Cell(r, listColumn).GetString()));
        var decided = ws.Cell(8, Decided).DataValidation;
        Assert.Equal(XLAllowedValues.Date, decided.AllowedValues);
        Assert.StartsWith("The day the status left open", decided.InputMessage, StringComparison.Ordinal);
        Assert.Equal("yyyy-mm-dd", ws.Cell(8, Decided).Style.NumberFormat.Format);
        Assert.Equal(XLAllowedValues.Decimal, ws.Cell(3, 8).DataValidation.AllowedValues); // value at stake, at least 0
        Assert.Equal("0", ws.Cell(3, 8).DataValidation.MinValue);

        var instructions = wb.Worksheet("Instructions").RangeUsed()!.Cells().Select(c => c.GetString()).ToArray();
        Assert.Contains("Asks of your sponsor", instructions);
        Assert.Contains("asks: Decided", instructions);
    }

    [Fact]
    public void An_edited_asks_sheet_replaces_its_accounts_asks_and_a_bad_cell_or_a_taken_id_costs_its_row()
    {
        using var data = FormKit.SampleCopy();
        var before = FormKit.Load(data.Path);
        var forms = FormKit.FormsInto(data);
        // Untouched forms give the same asks.
        Assert.Equal(before.Asks!, FormKit.Load(data.Path).Asks!);

        using (var wb = new XLWorkbook(Path.Combine(forms, "plan-form-anna-berg.xlsx")))
        {
            var ws = wb.Worksheet("asks");
            Assert.Equal("ASK-0001-01", ws.Cell(3, AskId).GetString());
            ws.Cell(3, Status).SetValue("agreed");
            ws.Cell(3, Decided).SetValue(new DateTime(2026, 10, 2));
            ws.Cell(3, Outcome).SetValue("Agreed: Claire calls the CFO on 5 Oct.");
            Assert.Equal("ASK-0001-02", ws.Cell(4, AskId).GetString());
            ws.Cell(4, Status).SetValue("done"); // no decided date: the row is left out
            Assert.Equal("ASK-0007-02", ws.Cell(7, AskId).GetString());
            ws.Cell(7, Remove).SetValue("x");
            void New(int row, string account, string id, string text)
            {
                ws.Cell(row, 1).SetValue(account);
                ws.Cell(row, AskId).SetValue(id);
                ws.Cell(row, Text).SetValue(text);
                ws.Cell(row, Raised).SetValue(new DateTime(2026, 10, 5));
            }
            New(8, "ACC-0007", "ASK-0007-03", "Open the Hannover fair meeting with Unity's CTO");
            // Lukas Meyer's ask (ACC-0002) has this id; his form, read after this one, keeps it.
            New(9, "ACC-0001", "ASK-0002-01", "Call the CFO about the spare-parts framework");
            wb.Save();
        }
        var after = FormKit.Load(data.Path);

        Assert.Equal(
            [
                ("forms/plan-form-anna-berg.xlsx[asks]", 4, "decided", "", "required when the status is done: the day the ask left open"),
                ("forms/plan-form-anna-berg.xlsx[asks]", 9, "ask_id", "ASK-0002-01", "duplicate ask_id: ACC-0002's in asks.csv, line 11"),
            ],
            after.Problems.Select(p => (p.File, p.Line, p.Column, p.Value, p.Reason)));
        var edited = after.Asks!.Single(a => a.AskId == "ASK-0001-01");
        Assert.Equal((AskStatus.Agreed, new DateOnly(2026, 10, 2), "Agreed: Claire calls the CFO on 5 Oct."),
            (edited.Status, edited.Decided!.Value, edited.Outcome!));
        Assert.Equal(["ASK-0001-01", "ASK-0001-03"], after.Asks!.Where(a => a.AccountId == "ACC-0001").Select(a => a.AskId));
        Assert.Equal(["ASK-0007-01", "ASK-0007-03"], after.Asks!.Where(a => a.AccountId == "ACC-0007").Select(a => a.AskId));
        Assert.Equal(AskStatus.Open, after.Asks!.Single(a => a.AskId == "ASK-0007-03").Status);
        // Other managers' accounts keep their asks (ASK-0002-01 stays Lukas Meyer's).
        Assert.Equal(before.Asks!.Where(a => a.AccountId is not ("ACC-0001" or "ACC-0007")),
            after.Asks!.Where(a => a.AccountId is not ("ACC-0001" or "ACC-0007")));
    }

    [Fact]
    public void A_form_written_before_asks_existed_leaves_the_data_folders_asks()
    {
        using var data = FormKit.SampleCopy();
        var before = FormKit.Load(data.Path);
        var forms = FormKit.FormsInto(data);
        foreach (var path in Directory.GetFiles(forms))
        {
            using var wb = new XLWorkbook(path);
            wb.Worksheet("asks").Delete();
            wb.Save();
        }
        var after = FormKit.Load(data.Path);
        Assert.Empty(after.Problems);
        Assert.Equal(before.Asks!, after.Asks!);
        Assert.DoesNotContain(after.Files, f => f.Role == "asks" && f.Path.StartsWith(PlanForm.Folder, StringComparison.Ordinal));
    }
}
