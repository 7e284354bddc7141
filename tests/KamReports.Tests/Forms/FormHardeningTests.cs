using ClosedXML.Excel;
using KamReports.Data;

namespace KamReports.Tests.Forms;

/// <summary>Issue 22: returned forms cost what their rows cost, and every workbook or sheet of the forms folder is read or named.</summary>
public class FormHardeningTests
{
    private const string Anna = "plan-form-anna-berg.xlsx";

    private static void Edit(string path, Action<XLWorkbook> edit)
    {
        using var wb = new XLWorkbook(path);
        edit(wb);
        wb.Save();
    }

    [Theory]
    [InlineData(1_048_576, 16_384)] // XFD1048576: Ctrl+End and a keystroke
    [InlineData(1_048_576, 30)] // far down, right of the table
    [InlineData(40, 16_384)] // far right of a data row
    public void A_stray_cell_far_from_the_table_changes_nothing(int row, int column)
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        var untouched = FormKit.Load(data.Path);
        Edit(Path.Combine(forms, Anna), wb => wb.Worksheet("actions").Cell(row, column).SetValue("x"));
        var loaded = FormKit.Load(data.Path);
        Assert.Empty(loaded.Problems);
        Assert.Equal(untouched.Actions, loaded.Actions);
    }

    [Fact]
    public void A_stray_value_in_the_tables_first_column_far_down_is_one_bad_row_with_its_line()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        var untouched = FormKit.Load(data.Path);
        Edit(Path.Combine(forms, Anna), wb => wb.Worksheet("actions").Cell(1_048_576, 1).SetValue("ACC-0001"));
        var loaded = FormKit.Load(data.Path);
        // The row lacks its required action and status: each is reported, on the row's own line; the row alone is rejected.
        Assert.Equal(["action", "status"], loaded.Problems.Select(p => p.Column));
        Assert.All(loaded.Problems, p => Assert.Equal(("forms/plan-form-anna-berg.xlsx[actions]", 1_048_576), (p.File, p.Line)));
        Assert.Equal(untouched.Actions, loaded.Actions);
    }

    [Fact]
    public void A_far_cell_in_data_xlsx_is_read_as_the_sheet_it_is()
    {
        using var dir = new TestSupport.TempDir();
        DataXlsx(dir, wb => wb.Worksheet("accounts").Cell(1_048_576, 16_384).SetValue(" ")); // blank-looking
        var data = DataLoader.Load(dir.Path, new KamReports.Config.KamConfig());
        Assert.Empty(data.Problems);
        Assert.Equal("Acme", Assert.Single(data.Accounts).Name);
        var line = Assert.Single(data.Revenue);
        Assert.Equal((new DateOnly(2022, 7, 31), 100.5m), (line.Date, line.Amount));
    }

    [Theory]
    [InlineData("plan-form-anna-berg.XLSX")]
    [InlineData("plan-form-anna-berg.xlsm")]
    public void A_form_saved_with_another_extension_is_read(string name)
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        Edit(Path.Combine(forms, Anna), wb => wb.Worksheet("objectives").Cell(3, 11).SetValue("achieved"));
        File.Move(Path.Combine(forms, Anna), Path.Combine(forms, name));
        var loaded = FormKit.Load(data.Path);
        Assert.Equal(KamReports.Records.ObjectiveStatus.Achieved, loaded.Objectives!.Single(o => o.AccountId == "ACC-0001"
            && o.ObjectiveId == "O1").Status);
    }

    [Theory]
    [InlineData("plan-form-anna-berg.ods")]
    [InlineData("notes.csv")]
    public void A_file_of_the_forms_folder_that_is_not_a_workbook_is_named(string name)
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        File.WriteAllText(Path.Combine(forms, name), "a,b\n");
        var loaded = FormKit.Load(data.Path);
        Assert.Contains(loaded.Warnings, w => w.StartsWith($"forms/{name} is not read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_renamed_plan_sheet_is_named_and_its_rows_stay_the_data_folders()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        var untouched = FormKit.Load(data.Path);
        Edit(Path.Combine(forms, Anna), wb => wb.Worksheet("actions").Name = "Actions (Anna)");
        var loaded = FormKit.Load(data.Path);
        Assert.Contains(loaded.Warnings, w => w.Contains("forms/plan-form-anna-berg.xlsx: sheet \"Actions (Anna)\" is not a plan sheet",
            StringComparison.Ordinal));
        Assert.Equal(untouched.Actions, loaded.Actions);
    }

    [Fact]
    public void A_form_that_does_not_say_whose_it_is_names_every_account_whose_rows_it_replaces()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        Edit(Path.Combine(forms, Anna), wb => wb.CustomProperties.Delete(PlanForm.ManagerProperty));
        var loaded = FormKit.Load(data.Path);
        var warning = Assert.Single(loaded.Warnings, w => w.Contains("does not say whose form it is", StringComparison.Ordinal));
        Assert.StartsWith("forms/plan-form-anna-berg.xlsx", warning);
        Assert.Contains("ACC-0001 (Meridian GmbH)", warning);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("keep")]
    [InlineData("✓")]
    public void Text_other_than_x_in_the_remove_column_is_reported_not_taken_as_remove(string mark)
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        Edit(Path.Combine(forms, Anna), wb =>
        {
            var notes = wb.Worksheet("plan_notes");
            notes.Cell(3, notes.LastColumnUsed()!.ColumnNumber()).SetValue(mark);
        });
        var loaded = FormKit.Load(data.Path);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(("forms/plan-form-anna-berg.xlsx[plan_notes]", 3, PlanForm.RemoveHeader, mark),
            (problem.File, problem.Line, problem.Column, problem.Value));
        Assert.StartsWith("write x to remove the row", problem.Reason);
    }

    [Fact]
    public void A_formula_error_in_a_form_cell_is_reported_not_read_as_empty()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        // E3 of the actions sheet is the owner of its first action; Excel writes #REF! there when a referenced cell is deleted.
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(forms, Anna), true))
        {
            var book = doc.WorkbookPart!;
            var sheet = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(x => x.Name == "actions");
            var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)book.GetPartById(sheet.Id!);
            var cell = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "E3");
            cell.CellFormula = new DocumentFormat.OpenXml.Spreadsheet.CellFormula("#REF!+1");
            cell.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.Error;
            cell.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("#REF!");
            part.Worksheet.Save();
        }
        var loaded = FormKit.Load(data.Path);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(("forms/plan-form-anna-berg.xlsx[actions]", 3, "owner", "#REF!"), (problem.File, problem.Line, problem.Column,
            problem.Value));
        Assert.Contains("formula error", problem.Reason);
    }

    [Fact]
    public void A_form_whose_hidden_column_names_were_swapped_is_refused_naming_the_sheet()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        Edit(Path.Combine(forms, Anna), wb =>
        {
            // owner (E1) and due (F1) swapped: the owners' names would be read as due dates and the dates as owners.
            var actions = wb.Worksheet("actions");
            Assert.Equal(("owner", "due"), (actions.Cell(1, 5).GetString(), actions.Cell(1, 6).GetString()));
            actions.Cell(1, 5).SetValue("due");
            actions.Cell(1, 6).SetValue("owner");
        });
        var e = Assert.Throws<KamException>(() => FormKit.Load(data.Path));
        Assert.Equal(ExitCodes.Failed, e.ExitCode);
        Assert.Equal("forms/plan-form-anna-berg.xlsx[actions]", e.File);
        Assert.Contains("the hidden first row (the column names) was edited", e.Message);
    }

    [Theory]
    [InlineData(false)] // target's name cleared: its values silently unread
    [InlineData(true)] // baseline renamed target, target's cleared: baseline's values read as targets
    public void A_cleared_or_moved_hidden_column_name_is_refused_naming_the_column(bool renameBaseline)
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        Edit(Path.Combine(forms, Anna), wb =>
        {
            var objectives = wb.Worksheet("objectives");
            var target = objectives.Row(1).CellsUsed().Single(c => c.GetString() == "target");
            if (renameBaseline) objectives.Row(1).CellsUsed().Single(c => c.GetString() == "baseline").SetValue("target");
            target.Clear();
        });
        var e = Assert.Throws<KamException>(() => FormKit.Load(data.Path));
        Assert.Equal("forms/plan-form-anna-berg.xlsx[objectives]", e.File);
        Assert.Contains("has no name", e.Message);
    }

    [Fact]
    public void A_folder_inside_forms_is_named_and_a_Forms_folder_in_another_case_is_read()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        Edit(Path.Combine(forms, Anna), wb => wb.Worksheet("objectives").Cell(3, 11).SetValue("achieved"));
        Directory.CreateDirectory(Path.Combine(forms, "returned"));
        var upper = Path.Combine(data.Path, "Forms");
        Directory.Move(forms, upper);
        var loaded = FormKit.Load(data.Path);
        Assert.Equal(KamReports.Records.ObjectiveStatus.Achieved, loaded.Objectives!.Single(o => o.AccountId == "ACC-0001" && o.ObjectiveId == "O1").Status);
        Assert.Contains(loaded.Warnings, w => w.StartsWith("forms/returned/ is a folder and is not read", StringComparison.Ordinal));
    }

    private static string DataXlsx(TestSupport.TempDir dir, Action<XLWorkbook>? more = null)
    {
        var path = Path.Combine(dir.Path, "data.xlsx");
        using var wb = new XLWorkbook();
        var accounts = wb.AddWorksheet("accounts");
        accounts.Cell(1, 1).SetValue("account_id");
        accounts.Cell(1, 2).SetValue("name");
        accounts.Cell(2, 1).SetValue("A1");
        accounts.Cell(2, 2).SetValue("Acme");
        var revenue = wb.AddWorksheet("revenue");
        string[] head = ["account_id", "date", "product_line", "amount"];
        for (var i = 0; i < head.Length; i++) revenue.Cell(1, i + 1).SetValue(head[i]);
        revenue.Cell(2, 1).SetValue("A1");
        revenue.Cell(2, 2).SetValue(new DateTime(2022, 7, 31));
        revenue.Cell(2, 3).SetValue("P1");
        revenue.Cell(2, 4).SetValue(100.5);
        var surveys = wb.AddWorksheet("satisfaction");
        surveys.Cell(1, 1).SetValue("account_id");
        surveys.Cell(1, 2).SetValue("date");
        more?.Invoke(wb);
        wb.SaveAs(path);
        return path;
    }

    [Fact]
    public void A_workbook_in_the_1904_date_system_reads_its_dates_as_they_show()
    {
        // A Mac workbook counts from 1904: the same stored number is a day 4 years and 1 day later.
        using var dir = new TestSupport.TempDir();
        var path = DataXlsx(dir);
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, true))
        {
            var book = doc.WorkbookPart!.Workbook;
            book.WorkbookProperties ??= new DocumentFormat.OpenXml.Spreadsheet.WorkbookProperties();
            book.WorkbookProperties.Date1904 = true;
            book.Save();
        }
        var data = DataLoader.Load(dir.Path, new KamReports.Config.KamConfig(), new DateOnly(2026, 11, 24));
        Assert.Equal(new DateOnly(2026, 8, 1), Assert.Single(data.Revenue).Date);
    }

    [Fact]
    public void A_damaged_sheet_is_one_line_naming_the_workbook_and_the_sheet()
    {
        using var dir = new TestSupport.TempDir();
        var path = DataXlsx(dir);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName.EndsWith("2.xml", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var w = new StreamWriter(zip.CreateEntry(name).Open());
            w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\"");
        }
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, new KamReports.Config.KamConfig()));
        Assert.Equal("data.xlsx", e.File);
        Assert.Contains("cannot be read", e.Message);
    }

    [Fact]
    public void Loose_cell_references_are_read_as_the_next_cell_never_a_crash()
    {
        using var dir = new TestSupport.TempDir();
        var path = DataXlsx(dir);
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, true))
        {
            var book = doc.WorkbookPart!;
            var sheet = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(x => x.Name == "accounts");
            var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)book.GetPartById(sheet.Id!);
            var cells = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Where(c => c.CellReference!.Value!.EndsWith('2')).ToArray();
            cells[0].CellReference = "2"; // no column letters
            cells[1].CellReference = "FXSHRXX2"; // beyond XFD
            part.Worksheet.Save();
        }
        var data = DataLoader.Load(dir.Path, new KamReports.Config.KamConfig());
        Assert.Equal(("A1", "Acme"), (Assert.Single(data.Accounts).AccountId, data.Accounts[0].Name));
    }

    [Fact]
    public void A_form_of_an_earlier_version_without_a_later_column_is_still_read()
    {
        using var data = FormKit.SampleCopy();
        var forms = FormKit.FormsInto(data);
        var untouched = FormKit.Load(data.Path);
        // An earlier form without the last contract column (share): no hidden name, no readable header, the order of the others holds.
        Edit(Path.Combine(forms, Anna), wb =>
        {
            var partners = wb.Worksheet("partners");
            Assert.Equal("share", partners.Cell(1, 5).GetString());
            partners.Cell(1, 5).Clear();
            partners.Cell(2, 5).Clear();
        });
        var loaded = FormKit.Load(data.Path);
        Assert.Empty(loaded.Problems);
        Assert.Equal(untouched.Partners!.Count, loaded.Partners!.Count);
    }

    [Fact]
    public void Two_sheets_for_one_file_in_data_xlsx_are_an_error_naming_both()
    {
        using var dir = new TestSupport.TempDir();
        DataXlsx(dir, wb =>
        {
            var second = wb.AddWorksheet("re-venue");
            second.Cell(1, 1).SetValue("account_id");
        });
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, new KamReports.Config.KamConfig()));
        Assert.Contains("has 2 sheets for revenue (\"revenue\", \"re-venue\")", e.Message);
    }

    [Fact]
    public void When_every_revenue_row_of_data_xlsx_is_rejected_the_message_says_why()
    {
        using var dir = new TestSupport.TempDir();
        DataXlsx(dir, wb => wb.Worksheet("revenue").Cell(2, 4).SetValue("lots"));
        var data = DataLoader.Load(dir.Path, new KamReports.Config.KamConfig(), new DateOnly(2026, 11, 24));
        var e = Assert.Throws<KamException>(() => KamReports.Pipeline.RunSetup.ResolvePeriod(null, data, new KamReports.Config.KamConfig()));
        Assert.Contains("every row was rejected; 1 for amount", e.Message);
    }

    [Fact]
    public void Text_cells_of_a_workbook_are_read_in_the_input_culture_and_typed_cells_as_they_are()
    {
        // The review's silent x1000: a text cell "1.234" in a German export read as 1.234; "03.08.2026" refused under date_format.
        using var dir = new TestSupport.TempDir();
        DataXlsx(dir, wb =>
        {
            var revenue = wb.Worksheet("revenue");
            revenue.Cell(3, 1).SetValue("A1");
            revenue.Cell(3, 2).SetValue("03.08.2026"); // text, in the configured date format
            revenue.Cell(3, 3).SetValue("P1");
            revenue.Cell(3, 4).SetValue("1.234,50"); // text, German
            revenue.Cell(3, 4).DataType = XLDataType.Text;
        });
        var config = new KamReports.Config.KamConfig { InputCulture = "de-DE", DateFormat = "dd.MM.yyyy" };
        var data = DataLoader.Load(dir.Path, config, new DateOnly(2026, 11, 24));
        Assert.Empty(data.Problems);
        Assert.Equal([(new DateOnly(2022, 7, 31), 100.5m), (new DateOnly(2026, 8, 3), 1234.50m)], data.Revenue.Select(r => (r.Date, r.Amount)));
    }
}
