using System.Globalization;
using ClosedXML.Excel;
using KamReports.Data;
using KamReports.Model;

namespace KamReports.Forms;

/// <summary>One key account manager's accounts, for whom a form is written.</summary>
public sealed record FormOwner(string Manager, IReadOnlyList<Account> Accounts);

/// <summary>
/// Writes a plan form (outputs.md, "Plan forms"): an instructions sheet, one sheet per plan file pre-filled with the manager's accounts'
/// rows and a blank block for new ones, drop-down lists for every closed set, date and number validation, the account id and name locked,
/// and the Accounts sheet that tells the loader which accounts the form covers.
/// </summary>
public static class PlanFormWriter
{
    /// <summary>Blank, validated rows under the current ones on each sheet, for new entries.</summary>
    public const int BlankRows = 30;

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1F3A5F");
    private static readonly XLColor LockedFill = XLColor.FromHtml("#EEF1F5");
    private const string DateFormat = "yyyy-mm-dd";

    /// <summary>The form's workbook, as bytes (written atomically by the caller).</summary>
    public static byte[] Write(FormOwner owner, DataSet data, DateOnly today)
    {
        using var wb = new XLWorkbook();
        wb.CustomProperties.Add(PlanForm.ManagerProperty, owner.Manager);
        wb.Properties.Title = "Plan form: " + owner.Manager;
        wb.Properties.Author = "KamReports";
        var ids = owner.Accounts.Select(a => a.AccountId).ToHashSet(StringComparer.Ordinal);
        var names = owner.Accounts.ToDictionary(a => a.AccountId, a => a.Name, StringComparer.Ordinal);

        var instructions = wb.Worksheets.Add(PlanForm.InstructionsSheet);
        var lists = wb.Worksheets.Add(PlanForm.ListsSheet);
        var listRanges = Lists(lists, owner.Accounts);
        foreach (var spec in PlanForm.Files)
        {
            var rows = PlanFormRows.Of(spec, data).Where(r => ids.Contains(r.AccountId))
                .OrderBy(r => owner.Accounts.ToList().FindIndex(a => a.AccountId == r.AccountId)).ToList(); // stable: file order within an account
            PlanSheet(wb.Worksheets.Add(spec.Role), spec, rows, names, listRanges);
        }
        AccountsSheet(wb.Worksheets.Add(PlanForm.AccountsSheet), owner.Accounts);
        Instructions(instructions, owner, today);
        lists.Visibility = XLWorksheetVisibility.Hidden;
        instructions.SetTabActive();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    // The closed sets of the plan files and the account ids, one column each on the hidden Lists sheet (a literal list is limited to 255 characters).
    private static Dictionary<string, IXLRange> Lists(IXLWorksheet ws, IReadOnlyList<Account> accounts)
    {
        var ranges = new Dictionary<string, IXLRange>(StringComparer.Ordinal);
        var col = 1;
        void Add(string key, IReadOnlyList<string> values)
        {
            ws.Cell(1, col).SetValue(key);
            for (var i = 0; i < values.Count; i++) Text(ws.Cell(i + 2, col), values[i]);
            ranges[key] = ws.Range(2, col, Math.Max(2, values.Count + 1), col);
            col++;
        }
        Add("account_id", accounts.Select(a => a.AccountId).ToArray());
        foreach (var spec in PlanForm.Files)
            foreach (var c in spec.Columns.Where(c => c.Type == ColumnType.Choice))
                Add(spec.Role + "." + c.Name, c.Choices!);
        return ranges;
    }

    private static void PlanSheet(IXLWorksheet ws, FileSpec spec, List<(string AccountId, object?[] Values)> rows, IReadOnlyDictionary<string, string> names, Dictionary<string, IXLRange> lists)
    {
        // Columns: account id, account name (read only), the contract's other columns, Remove.
        var columns = spec.Columns.Where(c => c.Name != "account_id").ToArray();
        var removeCol = columns.Length + 3;
        ws.Cell(1, 1).SetValue(PlanForm.Label("account_id"));
        ws.Cell(1, 2).SetValue(PlanForm.AccountNameHeader);
        for (var i = 0; i < columns.Length; i++) ws.Cell(1, i + 3).SetValue(PlanForm.Label(columns[i].Name) + (columns[i].Required ? " *" : ""));
        ws.Cell(1, removeCol).SetValue(PlanForm.RemoveHeader);
        var header = ws.Range(1, 1, 1, removeCol);
        header.Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(HeaderFill).Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        ws.Row(1).Height = 30;

        var r = 2;
        foreach (var (id, values) in rows)
        {
            Text(ws.Cell(r, 1), id);
            Text(ws.Cell(r, 2), names.GetValueOrDefault(id, ""));
            for (var i = 0; i < columns.Length; i++) Value(ws.Cell(r, i + 3), values[i + 1]);
            r++;
        }
        var lastFilled = r - 1;
        var last = lastFilled + BlankRows;
        var all = ws.Range(2, 1, last, removeCol);
        all.Style.Protection.SetLocked(false);
        all.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        // The current rows' account id and name are locked; a new row picks its account from the list and its name shows itself.
        if (lastFilled >= 2)
        {
            var locked = ws.Range(2, 1, lastFilled, 2);
            locked.Style.Protection.SetLocked(true);
            locked.Style.Fill.SetBackgroundColor(LockedFill);
        }
        for (var row = lastFilled + 1; row <= last; row++)
        {
            // A lookup of the row's own account id in the form's Accounts sheet: no input data in the formula.
            ws.Cell(row, 2).FormulaA1 = $"IFERROR(VLOOKUP(A{row},'{PlanForm.AccountsSheet}'!$A:$B,2,FALSE),\"\")";
            ws.Cell(row, 2).Style.Protection.SetLocked(true);
            ws.Cell(row, 2).Style.Fill.SetBackgroundColor(LockedFill);
        }
        Validate(ws.Range(lastFilled + 1, 1, last, 1), "Account", "Pick one of your accounts (Accounts sheet).", v => v.List(lists["account_id"], true));

        for (var i = 0; i < columns.Length; i++)
        {
            var c = columns[i];
            var range = ws.Range(2, i + 3, last, i + 3);
            var title = PlanForm.Label(c.Name);
            switch (c.Type)
            {
                case ColumnType.Choice:
                    Validate(range, title, "Pick a value from the list" + (c.Required ? "." : "; leave empty when unknown."), v => v.List(lists[spec.Role + "." + c.Name], true));
                    break;
                case ColumnType.Date:
                    range.Style.NumberFormat.Format = DateFormat;
                    Validate(range, title, "A date, e.g. 2026-07-14.", v => v.Date.Between(new DateTime(1900, 1, 1), new DateTime(2200, 12, 31)));
                    break;
                case ColumnType.Integer:
                    Validate(range, title, Range(c, "A whole number"), v => v.WholeNumber.Between((int)(c.Min ?? int.MinValue), (int)(c.Max ?? int.MaxValue)));
                    break;
                case ColumnType.Number:
                case ColumnType.Decimal:
                    Validate(range, title, Range(c, c.Name is "baseline" or "target" ? "A number (a fraction for percent KPIs: 0.45 for 45%)" : "A number"),
                        v => v.Decimal.Between(c.Min ?? -1e15, c.Max ?? 1e15));
                    break;
            }
            var width = c.Type switch
            {
                ColumnType.Date => 12,
                ColumnType.Choice => Math.Max(14, Math.Min(24, c.Choices!.Max(x => x.Length) + 3)),
                ColumnType.Number or ColumnType.Integer or ColumnType.Decimal => 13,
                _ => c.Name is "text" or "objective" or "action" or "customer_benefit" or "evidence" ? 60 : 24,
            };
            ws.Column(i + 3).Width = width;
            if (width >= 24) range.Style.Alignment.SetWrapText(true);
        }
        ws.Column(1).Width = 14;
        ws.Column(2).Width = 26;
        ws.Range(2, 2, last, 2).Style.Alignment.SetWrapText(true);
        for (var row = 2; row <= lastFilled; row++) FitHeight(ws, row, removeCol);
        ws.Column(removeCol).Width = 11;
        Validate(ws.Range(2, removeCol, last, removeCol), PlanForm.RemoveHeader, "Type x to remove this row from the plan.", v => v.List("\"x\"", true));
        ws.SheetView.FreezeRows(1);
        Print(ws);
        ws.Protect().AllowElement(XLSheetProtectionElements.FormatColumns).AllowElement(XLSheetProtectionElements.FormatRows)
            .AllowElement(XLSheetProtectionElements.SelectLockedCells).AllowElement(XLSheetProtectionElements.SelectUnlockedCells);
    }

    // Row height from the wrapped texts (no GDI+ to measure with): about 1.1 characters per unit of column width, 12.75 points a line.
    private static void FitHeight(IXLWorksheet ws, int row, int columns)
    {
        var lines = 1;
        for (var c = 1; c <= columns; c++)
        {
            var cell = ws.Cell(row, c);
            if (!cell.Style.Alignment.WrapText || cell.DataType != XLDataType.Text) continue;
            var perLine = Math.Max(8, (int)(ws.Column(c).Width * 1.1));
            var n = cell.GetString().Split('\n').Sum(part => Math.Max(1, (part.Length + perLine - 1) / perLine));
            lines = Math.Max(lines, n);
        }
        if (lines > 1) ws.Row(row).Height = Math.Min(400, lines * 12.75 + 3);
    }

    // Printed, a sheet is one page wide in landscape, its header repeated on every page.
    private static void Print(IXLWorksheet ws)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    private static string Range(ColumnSpec c, string what) =>
        c.Min is { } min && c.Max is { } max ? $"{what} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}."
        : c.Min is { } m ? $"{what}, at least {m.ToString(CultureInfo.InvariantCulture)}." : what + ".";

    private static void Validate(IXLRange range, string title, string message, Action<IXLDataValidation> rule)
    {
        var v = range.SetDataValidation();
        rule(v);
        v.IgnoreBlanks = true;
        v.ShowInputMessage = true;
        v.InputTitle = title.Length > 32 ? title[..32] : title;
        v.InputMessage = message;
        v.ShowErrorMessage = true;
        v.ErrorStyle = XLErrorStyle.Stop;
        v.ErrorTitle = "Not a valid value";
        v.ErrorMessage = message;
    }

    private static void AccountsSheet(IXLWorksheet ws, IReadOnlyList<Account> accounts)
    {
        ws.Cell(1, 1).SetValue(PlanForm.Label("account_id"));
        ws.Cell(1, 2).SetValue(PlanForm.AccountNameHeader);
        ws.Cell(1, 3).SetValue("Executive sponsor");
        ws.Range(1, 1, 1, 3).Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(HeaderFill);
        for (var i = 0; i < accounts.Count; i++)
        {
            Text(ws.Cell(i + 2, 1), accounts[i].AccountId);
            Text(ws.Cell(i + 2, 2), accounts[i].Name);
            Text(ws.Cell(i + 2, 3), accounts[i].ExecutiveSponsor ?? "");
        }
        ws.Column(1).Width = 14;
        ws.Column(2).Width = 36;
        ws.Column(3).Width = 24;
        ws.SheetView.FreezeRows(1);
        ws.Protect().AllowElement(XLSheetProtectionElements.FormatColumns).AllowElement(XLSheetProtectionElements.SelectLockedCells);
    }

    private static void Instructions(IXLWorksheet ws, FormOwner owner, DateOnly today)
    {
        var lines = new List<(string A, string B, bool Heading)>
        {
            ("Plan form: " + owner.Manager, "", true),
            ("Written", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " by kam forms, with the plans as they stood in the data that day.", false),
            ("Your accounts", string.Join(", ", owner.Accounts.Select(a => $"{a.AccountId} {a.Name}")), false),
            ("", "", false),
            ("How to fill it in", "", true),
            ("1", "Each sheet is one part of your account plans: objectives, actions, plan notes (your own words), value propositions, contacts and partners.", false),
            ("2", "Change a row where it stands. Add new rows in the blank rows under the current ones: pick the account in the first column, then fill the rest.", false),
            ("3", "To remove a row, type x in its Remove column. Leave the account ID and name as they are (they are locked).", false),
            ("4", "Columns marked * are required. Pick closed values (status, role, section, ...) from the drop-down lists. Type dates as 2026-07-14.", false),
            ("5", "Save as .xlsx (keep the file name) and send it back to sales ops. They put it in the data folder's forms/ folder; the next run reads it.", false),
            ("6", "What this form holds replaces, for each of your accounts, the rows of the same sheet in the company data. A bad value is reported with sheet, row and column, and only that row is left out.", false),
            ("", "", false),
            ("Statuses", "", true),
            ("Objectives", "on_track: progress is where it should be by now; at_risk: behind, but can still be reached; off_track: will not be reached without a change; achieved: reached; dropped: no longer pursued (left out of the plan's figures). Empty: the status is derived from the KPI's progress against the time passed.", false),
            ("Actions", "planned: not started; in_progress: started; done: finished (fill in Completed with the date); cancelled: will not be done (not counted as due).", false),
            ("Plan notes", "summary, wins, risks, asks (what you need from the executive sponsor), customer_goals, customer_perception, relationship_goal, investment, strengths, weaknesses, opportunities, threats, support_program, history.", false),
            ("Contacts", "role: decision_maker, influencer, user, gatekeeper, sponsor; influence: high, medium, low; stance: champion, supporter, neutral, detractor. Last contact: the date you last met or spoke.", false),
            ("Objective KPI", "The KPI that measures the objective (e.g. share_of_wallet, revenue_ttm, nps). Baseline and target are in the KPI's unit: fractions for percent KPIs (0.45 for 45%).", false),
            ("", "", false),
            ("Columns", "", true),
        };
        foreach (var spec in PlanForm.Files)
            foreach (var c in spec.Columns.Where(c => c.Name != "account_id"))
                lines.Add(($"{spec.Role}: {PlanForm.Label(c.Name)}", (c.Required ? "required; " : "") + c.Describe() + (c.Notes.Length > 0 ? "; " + c.Notes : ""), false));
        for (var i = 0; i < lines.Count; i++)
        {
            var (a, b, heading) = lines[i];
            Text(ws.Cell(i + 1, 1), a);
            Text(ws.Cell(i + 1, 2), b);
            if (heading) ws.Cell(i + 1, 1).Style.Font.SetBold().Font.SetFontSize(i == 0 ? 14 : 12).Font.SetFontColor(HeaderFill);
        }
        ws.Column(1).Width = 30;
        ws.Column(2).Width = 110;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.Range(1, 1, lines.Count, 2).Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        for (var i = 1; i <= lines.Count; i++) FitHeight(ws, i, 2);
        ws.Protect().AllowElement(XLSheetProtectionElements.FormatColumns).AllowElement(XLSheetProtectionElements.SelectLockedCells);
    }

    // Input text stays text: a value starting with "=" is never a formula.
    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    private static void Value(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: return;
            case string s: Text(cell, s); return;
            case DateOnly d:
                cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = DateFormat;
                return;
            case decimal m: cell.SetValue(m); return;
            case double x: cell.SetValue(x); return;
            case int i: cell.SetValue(i); return;
        }
    }
}
