using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using KamReports.Config;
using KamReports.Data;
using KamReports.Documents;
using KamReports.Forms;
using KamReports.Pipeline;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Forms;

/// <summary>Issue 16: plan forms written per key account manager, read back from DATA/forms/.</summary>
public class PlanFormTests
{
    private static readonly DateOnly Today = FormKit.Today;

    [Fact]
    public void A_form_has_instructions_one_validated_sheet_per_plan_file_and_locked_account_columns()
    {
        using var data = FormKit.SampleCopy();
        var result = FormsRunner.Run(data.Path, null, Path.Combine(data.Path, "out"), "anna berg", Today);
        var (manager, path, accounts) = Assert.Single(result.Written);
        Assert.Equal("Anna Berg", manager);
        Assert.Equal("plan-form-anna-berg.xlsx", Path.GetFileName(path));
        Assert.Equal(2, accounts);

        using var wb = new XLWorkbook(path);
        Assert.Equal(["Instructions", "Lists", "objectives", "actions", "plan_notes", "value_propositions", "contacts", "partners",
            "asks", "programme", "Accounts"], wb.Worksheets.Select(s => s.Name));
        Assert.Equal(XLWorksheetVisibility.Hidden, wb.Worksheet("Lists").Visibility);
        Assert.Equal("Anna Berg", wb.CustomProperties.Single(p => p.Name == PlanForm.ManagerProperty).Value);
        Assert.Equal(["ACC-0001", "ACC-0007"], Enumerable.Range(2, 2).Select(r => wb.Worksheet("Accounts").Cell(r, 1).GetString()));
        Assert.Contains("on_track", wb.Worksheet("Instructions").RangeUsed()!.Cells().Select(c => c.GetString())
            .First(s => s.StartsWith("on_track", StringComparison.Ordinal)));

        var ws = wb.Worksheet("objectives");
        // Row 1 (hidden) holds the contract's names for the loader, row 2 the header in the run's language.
        Assert.Equal(["account_id", "Account name", "objective_id", "objective", "kpi", "baseline", "target", "start", "due", "owner",
            "status", "Remove (x)"],
            Enumerable.Range(1, 12).Select(c => ws.Cell(1, c).GetString()));
        Assert.True(ws.Row(1).IsHidden);
        Assert.Equal(["Account ID", "Account name", "Objective ID *", "Objective *", "KPI", "Baseline", "Target", "Start", "Due",
            "Owner", "Status", "Remove (x)"],
            Enumerable.Range(1, 12).Select(c => ws.Cell(2, c).GetString()));
        // Anna Berg's objectives of sample-data, pre-filled in file order.
        var expected = FormKit.Load(data.Path).Objectives!.Where(o => o.AccountId is "ACC-0001" or "ACC-0007").ToArray();
        var filled = expected.Length;
        Assert.Equal(expected.Select(o => o.ObjectiveId), Enumerable.Range(3, filled).Select(r => ws.Cell(r, 3).GetString()));
        Assert.Equal("Meridian GmbH", ws.Cell(3, 2).GetString());
        Assert.True(ws.IsProtected);
        Assert.True(ws.Cell(3, 1).Style.Protection.Locked);
        Assert.True(ws.Cell(3, 2).Style.Protection.Locked);
        Assert.False(ws.Cell(3, 4).Style.Protection.Locked);
        // The blank block: the account id is picked from a list, the name looks itself up, the rest is open.
        var blank = filled + 3;
        Assert.False(ws.Cell(blank, 1).Style.Protection.Locked);
        Assert.True(ws.Cell(blank, 2).HasFormula);
        Assert.True(ws.Cell(blank + PlanFormWriter.BlankRows - 1, 11).DataValidation.AllowedValues == XLAllowedValues.List);
        Assert.Equal(2, ws.SheetView.SplitRow);

        var status = ws.Cell(3, 11).DataValidation;
        Assert.Equal(XLAllowedValues.List, status.AllowedValues);
        Assert.Contains("Lists", status.Value);
        var due = ws.Cell(3, 9).DataValidation;
        Assert.Equal(XLAllowedValues.Date, due.AllowedValues);
        Assert.Equal("yyyy-mm-dd", ws.Cell(blank, 9).Style.NumberFormat.Format);
        var kpi = ws.Cell(blank, 5).DataValidation;
        Assert.Equal(XLAllowedValues.List, kpi.AllowedValues);
        var share = wb.Worksheet("partners").Cell(3, 5).DataValidation; // share: 0-1
        Assert.Equal(XLAllowedValues.Decimal, share.AllowedValues);
        Assert.Equal("0", share.MinValue);
        Assert.Equal("1", share.MaxValue);
        // Long texts wrap in wide columns.
        Assert.True(wb.Worksheet("plan_notes").Column(4).Width >= 50);
        Assert.True(wb.Worksheet("plan_notes").Cell(3, 4).Style.Alignment.WrapText);
    }

    [Fact]
    public void A_chinese_run_writes_chinese_forms_that_read_back_the_same()
    {
        using var data = FormKit.SampleCopy();
        data.File("kam.json", """{ "culture": "zh-CN" }""");
        var (_, path, _) = FormsRunner.Run(data.Path, null, Path.Combine(data.Path, "out"), "Anna Berg", Today).Written.Single();
        using (var wb = new XLWorkbook(path))
        {
            Assert.Equal("计划表：Anna Berg", wb.Worksheet("Instructions").Cell(1, 1).GetString());
            Assert.Equal(["客户编号", "客户名称", "目标编号 *", "目标 *"], Enumerable.Range(1, 4).Select(c => wb.Worksheet("objectives").Cell(2, c)
                .GetString()));
            Assert.Equal("截止", wb.Worksheet("objectives").Cell(3, 9).DataValidation.InputTitle);
        }
        var before = FormKit.Load(data.Path);
        Directory.CreateDirectory(Path.Combine(data.Path, PlanForm.Folder));
        File.Move(path, Path.Combine(data.Path, PlanForm.Folder, Path.GetFileName(path)));
        var after = FormKit.Load(data.Path);
        Assert.Empty(after.Problems);
        Assert.Equal(before.Objectives!, after.Objectives!);
        Assert.Equal(before.PlanNotes!, after.PlanNotes!);
    }

    [Fact]
    public async Task Untouched_forms_round_trip_to_the_same_kpis_and_documents()
    {
        using var data = FormKit.SampleCopy();
        var before = await Run(data.Path);
        FormKit.FormsInto(data);
        var after = await Run(data.Path);
        Assert.Equal(before.Kpis, after.Kpis);
        Assert.Equal(before.Documents.Count, after.Documents.Count);
        Assert.True(before.Documents.Count >= 10);
        foreach (var (id, hash) in before.Documents) Assert.Equal(hash, after.Documents[id]);
        // The forms were read: every plan file has form sheets among its inputs.
        var files = FormKit.Load(data.Path).Files;
        foreach (var spec in PlanForm.Files) Assert.Contains(files, f => f.Role == spec.Role && f.Path.StartsWith("forms/plan-form-",
            StringComparison.Ordinal));
    }

    private static async Task<(string Kpis, Dictionary<string, string> Documents)> Run(string dataDir)
    {
        using var outRoot = new TempDir();
        var result = await new GenerateRunner(new GenerateOptions { DataDir = dataDir, OutRoot = outRoot.Path,
            TemplatesDir = Repo.Templates, SkipPdf = true, SkipWorkbook = true }, NullProgress.Instance).RunAsync();
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var kpis = File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", "kpis.csv"));
        var kit = SampleKit.Load(dataDir);
        var docs = DocumentCatalog.For(kit.P).ToDictionary(d => d.Id,
            d => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kit.Renderer.Render(d, kit.Composer.Context).Html))));
        return (kpis, docs);
    }

    [Fact]
    public void An_edited_form_changes_the_plan_and_a_bad_cell_is_reported_with_form_sheet_row_and_column()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        var path = Path.Combine(forms, "plan-form-anna-berg.xlsx");
        int badRow;
        using (var wb = new XLWorkbook(path))
        {
            var objectives = wb.Worksheet("objectives");
            Assert.Equal("O1", objectives.Cell(3, 3).GetString());
            objectives.Cell(3, 11).SetValue("achieved");
            var blank = objectives.LastRowUsed()!.RowNumber() + 1;
            while (objectives.Cell(blank, 1).GetString().Length > 0 || objectives.Cell(blank, 3).GetString().Length > 0) blank++;
            objectives.Cell(blank, 1).SetValue("ACC-0007");
            objectives.Cell(blank, 3).SetValue("OBJ-NEW");
            objectives.Cell(blank, 4).SetValue("Open the Nordic service desk");
            objectives.Cell(blank, 9).SetValue(new DateTime(2027, 3, 31));
            var actions = wb.Worksheet("actions");
            badRow = 4;
            actions.Cell(badRow, 6).SetValue("2026-13-45"); // due: typed as text, not a date
            actions.Cell(badRow, 6).DataType = XLDataType.Text;
            var notes = wb.Worksheet("plan_notes");
            notes.Cell(3, notes.LastColumnUsed()!.ColumnNumber()).SetValue("x"); // Remove
            wb.Save();
        }
        var original = FormKit.Load(data.Path); // with the edited form
        using var plain = FormKit.SampleCopy();
        var baseline = FormKit.Load(plain.Path);

        var o1 = original.Objectives!.Single(o => o.AccountId == "ACC-0001" && o.ObjectiveId == "O1");
        Assert.Equal(ObjectiveStatus.Achieved, o1.Status);
        var added = original.Objectives!.Single(o => o.ObjectiveId == "OBJ-NEW");
        Assert.Equal(("ACC-0007", new DateOnly(2027, 3, 31)), (added.AccountId, added.Due!.Value));
        Assert.Equal(baseline.PlanNotes!.Count(n => n.AccountId == "ACC-0001") - 1,
            original.PlanNotes!.Count(n => n.AccountId == "ACC-0001"));
        Assert.Equal(baseline.Actions!.Count - 1, original.Actions!.Count);
        var problem = Assert.Single(original.Problems);
        Assert.Equal("forms/plan-form-anna-berg.xlsx[actions]", problem.File);
        Assert.Equal(badRow, problem.Line);
        Assert.Equal("due", problem.Column);
        Assert.Equal("2026-13-45", problem.Value);
        // Other managers' accounts keep their rows from the data folder.
        Assert.Equal(baseline.Objectives!.Where(o => o.AccountId == "ACC-0002"),
            original.Objectives!.Where(o => o.AccountId == "ACC-0002"));
    }

    [Fact]
    public void Two_forms_covering_one_account_are_an_error_and_a_colleagues_account_a_warning()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        File.Copy(Path.Combine(forms, "plan-form-anna-berg.xlsx"), Path.Combine(forms, "plan-form-anna-berg-copy.xlsx"));
        var e = Assert.Throws<KamException>(() => FormKit.Load(data.Path));
        Assert.Contains("forms/plan-form-anna-berg-copy.xlsx and forms/plan-form-anna-berg.xlsx both cover account ACC-0001", e.Message);

        File.Delete(Path.Combine(forms, "plan-form-anna-berg-copy.xlsx"));
        using (var wb = new XLWorkbook(Path.Combine(forms, "plan-form-james-carter.xlsx")))
        {
            wb.CustomProperties.Single(p => p.Name == PlanForm.ManagerProperty).Value = "Sofia Rossi";
            wb.Save();
        }
        var ds = FormKit.Load(data.Path);
        Assert.Contains(ds.Warnings, w => w.Contains("forms/plan-form-james-carter.xlsx is Sofia Rossi's form but covers ACC-0004",
            StringComparison.Ordinal));
        Assert.Empty(ds.Problems);
    }
}
