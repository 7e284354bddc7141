using System.Globalization;
using ClosedXML.Excel;
using KamReports.Data;
using KamReports.Formatting;
using KamReports.Records;

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
    public static byte[] Write(FormOwner owner, DataSet data, DateOnly today, StringTable strings)
    {
        var t = new Texts(strings);
        using var wb = new XLWorkbook();
        wb.CustomProperties.Add(PlanForm.ManagerProperty, owner.Manager);
        wb.Properties.Title = t.F("form.title", owner.Manager);
        wb.Properties.Author = "KamReports";
        var order = owner.Accounts.Select((a, i) => (a.AccountId, i)).ToDictionary(x => x.AccountId, x => x.i, StringComparer.Ordinal);
        var names = owner.Accounts.ToDictionary(a => a.AccountId, a => a.Name, StringComparer.Ordinal);

        var instructions = wb.Worksheets.Add(PlanForm.InstructionsSheet);
        var lists = wb.Worksheets.Add(PlanForm.ListsSheet);
        var listRanges = Lists(lists, owner.Accounts);
        foreach (var spec in PlanForm.Files)
        {
            var rows = PlanFormRows.Of(spec, data).Where(r => order.ContainsKey(r.AccountId))
                .OrderBy(r => order[r.AccountId]).ToList(); // stable: file order within an account
            PlanSheet(wb.Worksheets.Add(spec.Role), spec, rows, names, listRanges, t);
        }
        AccountsSheet(wb.Worksheets.Add(PlanForm.AccountsSheet), owner.Accounts, t);
        Instructions(instructions, owner, today, t);
        lists.Visibility = XLWorksheetVisibility.Hidden;
        instructions.SetTabActive();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    // The closed sets of the plan files and the account ids, one column each on the hidden Lists sheet
    // (a literal list is limited to 255 characters).
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

    private static void PlanSheet(
        IXLWorksheet ws, FileSpec spec, List<(string AccountId, object?[] Values)> rows, IReadOnlyDictionary<string, string> names,
        Dictionary<string, IXLRange> lists, Texts t)
    {
        // Row 1 (hidden): the contract's column names, which the loader maps; row 2: the same columns in the reader's language.
        // Columns: account id, account name (read only), the contract's other columns, Remove.
        var columns = spec.Columns.Where(c => c.Name != "account_id").ToArray();
        var removeCol = columns.Length + 3;
        var contractNames = PlanForm.SheetColumns(spec);
        for (var i = 0; i < contractNames.Count; i++) Text(ws.Cell(1, i + 1), contractNames[i]);
        ws.Row(1).Hide();
        Text(ws.Cell(2, 1), t.Column("account_id"));
        Text(ws.Cell(2, 2), t.T("form.account_name"));
        for (var i = 0; i < columns.Length; i++) Text(ws.Cell(2, i + 3), t.Column(columns[i].Name) + (columns[i].Required ? " *" : ""));
        Text(ws.Cell(2, removeCol), t.T("form.remove"));
        var header = ws.Range(2, 1, 2, removeCol);
        header.Style
            .Font.SetBold()
            .Font.SetFontColor(XLColor.White)
            .Fill.SetBackgroundColor(HeaderFill)
            .Alignment.SetWrapText(true)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        ws.Row(2).Height = 30;

        var r = PlanForm.FirstDataRow;
        foreach (var (id, values) in rows)
        {
            Text(ws.Cell(r, 1), id);
            Text(ws.Cell(r, 2), names.GetValueOrDefault(id, ""));
            for (var i = 0; i < columns.Length; i++) Value(ws.Cell(r, i + 3), values[i + 1]);
            r++;
        }
        var lastFilled = r - 1;
        var last = lastFilled + BlankRows;
        var first = PlanForm.FirstDataRow;
        var all = ws.Range(first, 1, last, removeCol);
        all.Style.Protection.SetLocked(false);
        all.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        // The current rows' account id and name are locked; a new row picks its account from the list and its name shows itself.
        if (lastFilled >= first)
        {
            var locked = ws.Range(first, 1, lastFilled, 2);
            locked.Style.Protection.SetLocked(true);
            locked.Style.Fill.SetBackgroundColor(LockedFill);
            // A row with an id of its own (an ask) keeps it from quarter to quarter: locked too; a new row is given one.
            if (PlanForm.OwnId(spec) is { } own)
            {
                var ownCol = Array.FindIndex(columns, c => c.Name == own) + 3;
                var ids = ws.Range(first, ownCol, lastFilled, ownCol);
                ids.Style.Protection.SetLocked(true);
                ids.Style.Fill.SetBackgroundColor(LockedFill);
            }
        }
        for (var row = lastFilled + 1; row <= last; row++)
        {
            // A lookup of the row's own account id in the form's Accounts sheet: no input data in the formula.
            ws.Cell(row, 2).FormulaA1 = $"IFERROR(VLOOKUP(A{row},'{PlanForm.AccountsSheet}'!$A:$B,2,FALSE),\"\")";
            ws.Cell(row, 2).Style.Protection.SetLocked(true);
            ws.Cell(row, 2).Style.Fill.SetBackgroundColor(LockedFill);
        }
        Validate(ws.Range(lastFilled + 1, 1, last, 1), t.Column("account_id"), t.T("form.msg.account"), t,
            v => v.List(lists["account_id"], true));

        for (var i = 0; i < columns.Length; i++)
        {
            var c = columns[i];
            var range = ws.Range(first, i + 3, last, i + 3);
            var title = t.Column(c.Name);
            switch (c.Type)
            {
                case ColumnType.Choice:
                    Validate(range, title, t.Message(spec, c, c.Required ? "form.msg.list" : "form.msg.list_optional"), t,
                        v => v.List(lists[spec.Role + "." + c.Name], true));
                    break;
                case ColumnType.Date:
                    range.Style.NumberFormat.Format = DateFormat;
                    Validate(range, title, t.Message(spec, c, "form.msg.date"), t,
                        v => v.Date.Between(new DateTime(1900, 1, 1), new DateTime(2200, 12, 31)));
                    break;
                case ColumnType.Integer:
                    Validate(range, title, Range(c, t.T("form.msg.whole"), t), t,
                        v => v.WholeNumber.Between((int)(c.Min ?? int.MinValue), (int)(c.Max ?? int.MaxValue)));
                    break;
                case ColumnType.Number:
                case ColumnType.Decimal:
                    Validate(range, title, Range(c, t.T(c.Name is "baseline" or "target" ? "form.msg.fraction" : "form.msg.number"), t), t,
                        v => v.Decimal.Between(c.Min ?? -1e15, c.Max ?? 1e15));
                    break;
            }
            var width = c.Type switch
            {
                ColumnType.Date => 12,
                ColumnType.Choice => Math.Max(14, Math.Min(24, c.Choices!.Max(x => x.Length) + 3)),
                ColumnType.Number or ColumnType.Integer or ColumnType.Decimal => 13,
                _ => c.Name is "text" or "objective" or "action" or "customer_benefit" or "evidence" or "ask" ? 60
                    : c.Name is "outcome" ? 40 : c.Name is "ask_id" ? 14 : 24,
            };
            ws.Column(i + 3).Width = width;
            if (width >= 24) range.Style.Alignment.SetWrapText(true);
        }
        ws.Column(1).Width = 14;
        ws.Column(2).Width = 26;
        ws.Range(first, 2, last, 2).Style.Alignment.SetWrapText(true);
        for (var row = first; row <= lastFilled; row++) FitHeight(ws, row, removeCol);
        ws.Column(removeCol).Width = 11;
        Validate(ws.Range(first, removeCol, last, removeCol), t.T("form.remove"), t.T("form.msg.remove"), t, v => v.List("\"x\"", true));
        ws.SheetView.FreezeRows(2);
        Print(ws);
        ws.Protect().AllowElement(XLSheetProtectionElements.FormatColumns).AllowElement(XLSheetProtectionElements.FormatRows)
            .AllowElement(XLSheetProtectionElements.SelectLockedCells).AllowElement(XLSheetProtectionElements.SelectUnlockedCells);
    }

    // Row height from the wrapped texts (no GDI+ to measure with): about 0.9 characters per unit of column width
    // (LibreOffice draws wider than Excel), 12.75 points a line.
    private static void FitHeight(IXLWorksheet ws, int row, int columns)
    {
        var lines = 1;
        for (var c = 1; c <= columns; c++)
        {
            var cell = ws.Cell(row, c);
            if (!cell.Style.Alignment.WrapText || cell.DataType != XLDataType.Text) continue;
            var perLine = Math.Max(8, (int)(ws.Column(c).Width * 0.9));
            // A Chinese character takes about two Latin ones' width.
            var n = cell.GetString().Split('\n').Sum(part => Math.Max(1, (part.Sum(ch => ch >= '\u2E80' ? 2 : 1) + perLine - 1) / perLine));
            // Lines break at words, not at the exact width: wrapped text gets a third more room.
            lines = Math.Max(lines, n == 1 ? 1 : (int)Math.Ceiling(n * 1.3));
        }
        if (lines > 1) ws.Row(row).Height = Math.Min(400, lines * 12.75 + 3);
    }

    // Printed, a sheet is one page wide in landscape, its header repeated on every page.
    private static void Print(IXLWorksheet ws)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.SetRowsToRepeatAtTop(2, 2);
    }

    private static string Range(ColumnSpec c, string what, Texts t) =>
        c.Min is { } min && c.Max is { } max ? t.F("form.msg.between", what, Inv(min), Inv(max))
        : c.Min is { } m ? t.F("form.msg.at_least", what, Inv(m)) : what + ".";

    private static string Inv(double d) => d.ToString(CultureInfo.InvariantCulture);

    private static void Validate(IXLRange range, string title, string message, Texts t, Action<IXLDataValidation> rule)
    {
        var v = range.SetDataValidation();
        rule(v);
        v.IgnoreBlanks = true;
        v.ShowInputMessage = true;
        v.InputTitle = title.Length > 32 ? title[..32] : title;
        v.InputMessage = message;
        v.ShowErrorMessage = true;
        v.ErrorStyle = XLErrorStyle.Stop;
        v.ErrorTitle = t.T("form.msg.error");
        v.ErrorMessage = message;
    }

    private static void AccountsSheet(IXLWorksheet ws, IReadOnlyList<Account> accounts, Texts t)
    {
        Text(ws.Cell(1, 1), t.Column("account_id"));
        Text(ws.Cell(1, 2), t.T("form.account_name"));
        Text(ws.Cell(1, 3), t.T("form.sponsor"));
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

    private static void Instructions(IXLWorksheet ws, FormOwner owner, DateOnly today, Texts t)
    {
        var lines = new List<(string A, string B, bool Heading)>
        {
            (t.F("form.title", owner.Manager), "", true),
            (t.T("form.written"), t.F("form.written_text", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), false),
            (t.T("form.your_accounts"), string.Join(", ", owner.Accounts.Select(a => $"{a.AccountId} {a.Name}")), false),
            ("", "", false),
            (t.T("form.how"), "", true),
        };
        for (var i = 1; i <= 6; i++) lines.Add((i.ToString(CultureInfo.InvariantCulture), t.T("form.step" + i), false));
        lines.Add(("", "", false));
        lines.Add((t.T("form.statuses"), "", true));
        foreach (var k in new[] { "objectives", "actions", "notes", "contacts", "kpi", "asks", "programme" })
            lines.Add((t.T("form." + k), t.T("form." + k + "_help"), false));
        lines.Add(("", "", false));
        lines.Add((t.T("form.columns"), "", true));
        foreach (var spec in PlanForm.Files)
            foreach (var c in spec.Columns.Where(c => c.Name != "account_id"))
            {
                var type = c.Type switch
                {
                    ColumnType.Choice => string.Join(" | ", c.Choices!),
                    ColumnType.Date => t.T("form.type.date"),
                    ColumnType.Text => t.T("form.type.text"),
                    _ => t.T("form.type.number") + (c.Min is { } min ? " " + Inv(min) + (c.Max is { } max ? "-" + Inv(max) : "+") : ""),
                };
                lines.Add(($"{spec.Role}: {t.Column(c.Name)}", (c.Required ? t.T("form.required") + "; " : "") + type, false));
            }
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

    /// <summary>The form's fixed texts in the run's culture (string table keys <c>form.*</c>), English for a key a table lacks.</summary>
    private sealed class Texts(StringTable strings)
    {
        public string T(string key) => strings.TryGet(key) ?? key;
        public string F(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, T(key), args);
        public string Column(string name) => strings.TryGet("form.col." + name) ?? PlanForm.Label(name);

        /// <summary>A column's own input message (<c>form.msg.asks.decided</c>), else the message of its type.</summary>
        public string Message(FileSpec spec, ColumnSpec c, string fallbackKey) =>
            strings.TryGet($"form.msg.{spec.Role}.{c.Name}") ?? T(fallbackKey);
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
