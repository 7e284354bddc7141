using System.Globalization;
using ClosedXML.Excel;
using KamReports.Compute;
using KamReports.Documents.Workbook;

namespace KamReports.Rendering.Excel;

/// <summary>
/// Renders a composed <see cref="WorkbookModel"/> to xlsx bytes with ClosedXML: typed cells (text from input
/// data is always a string, never a formula), number formats by unit, tables, frozen panes, conditional
/// colours, widths computed without GDI+, the machine key of each column as its header's comment, and
/// native charts bound to the cells.
/// </summary>
public static class WorkbookWriter
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1B3A5C");

    /// <summary>Excel's last row: a sheet holds this many rows at most (header included).</summary>
    public const int MaxRows = 1_048_576;

    public static byte[] Write(WorkbookModel model)
    {
        var charts = new List<ChartAnchor>();
        using var buffer = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Properties.Title = model.Title;
            wb.Properties.Author = model.Author;
            wb.Properties.LastModifiedBy = model.Author;
            WriteSummary(wb.AddWorksheet(model.Summary.Name), model.Summary, charts);
            foreach (var sheet in model.Sheets) WriteTable(wb.AddWorksheet(sheet.Name), sheet, 1, 1, charts, standalone: true);
            // ClosedXML signs a comment with the machine's user name unless told otherwise: the tool writes the file (outputs.md).
            foreach (var cell in wb.Worksheets.SelectMany(ws => ws.CellsUsed(XLCellsUsedOptions.Comments)))
                cell.Comment.Author = model.Author;
            wb.SaveAs(buffer);
        }
        buffer.Position = 0;
        NativeCharts.Add(buffer, charts);
        return buffer.ToArray();
    }

    private static void WriteSummary(IXLWorksheet ws, WorkbookSummary s, List<ChartAnchor> charts)
    {
        ws.Cell(1, 1).SetValue(s.Title);
        ws.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(16).Font.SetFontColor(HeaderFill);
        ws.Cell(2, 1).SetValue(s.Subtitle);
        var row = 4;
        foreach (var section in s.Sections)
        {
            ws.Cell(row, 1).SetValue(section.Title);
            ws.Range(row, 1, row, 3).Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(HeaderFill);
            row++;
            foreach (var item in section.Items)
            {
                ws.Cell(row, 1).SetValue(item.Label);
                var cell = ws.Cell(row, 2);
                if (item.Value is null) cell.SetValue(s.Missing).Style.Font.SetFontColor(XLColor.Gray);
                else Value(cell, item.Value, item.Unit);
                if (item.Extra is { } extra) Value(ws.Cell(row, 3), extra, KpiUnit.Percent);
                row++;
            }
            row++;
        }
        WriteTable(ws, s.Quarters, 4, 5, charts, standalone: false);
        ws.Column(1).Width = 46;
        ws.Column(2).Width = 18;
        ws.Column(3).Width = 10;
        ws.Column(5).Width = 11;
        for (var c = 6; c < 5 + s.Quarters.Columns.Count; c++) ws.Column(c).Width = 16;
        // Landscape, one page wide and at most two tall; the print area takes in the chart, which sits at the top beside the
        // quarter table, so the first page always holds it whole (Excel ignores manual page breaks on a sheet fitted to pages).
        var right = Math.Max(4 + s.Quarters.Columns.Count, s.Quarters.Chart?.ToColumn ?? 0);
        var bottom = Math.Max(row, s.Quarters.Chart?.ToRow ?? 0);
        ws.PageSetup.PrintAreas.Add(1, 1, bottom, right);
        Print(ws, landscape: true, pagesTall: 2, headerRow: null);
    }

    // A table with its header at (top, left). A standalone sheet gets an Excel table, frozen panes and computed widths.
    private static void WriteTable(IXLWorksheet ws, WorkbookSheet sheet, int top, int left, List<ChartAnchor> charts, bool standalone)
    {
        var cols = sheet.Columns;
        for (var i = 0; i < cols.Count; i++)
        {
            var cell = ws.Cell(top, left + i);
            cell.SetValue(cols[i].Header);
            if (cols[i].Key != cols[i].Header) cell.Comment.AddText(cols[i].Key);
        }
        // Excel has room for MaxRows - 1 data rows below the header (and the total row); validation.csv keeps every row.
        var capacity = MaxRows - top - (sheet.Total is null ? 0 : 1);
        var rows = sheet.Rows.Count > capacity ? sheet.Rows.Take(capacity).ToArray() : sheet.Rows;
        // A numeric column has its unit's format all the way down, empty cells too (a missing KPI someone fills in later).
        var end = top + rows.Count + (sheet.Total is null ? 0 : 1);
        for (var i = 0; i < cols.Count && rows.Count > 0; i++)
            if (ColumnFormat.For(cols[i].Unit) is { } fmt) ws.Range(top + 1, left + i, end, left + i).Style.NumberFormat.Format = fmt;
        var r = top + 1;
        foreach (var row in rows)
        {
            for (var i = 0; i < cols.Count; i++) Value(ws.Cell(r, left + i), row.Cells[i], cols[i].Unit);
            if (row.Flagged) ws.Range(r, left, r, left + cols.Count - 1).Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FBE3E2"));
            r++;
        }
        var last = Math.Max(top + 1, r - 1);
        var right = left + cols.Count - 1;
        if (rows.Count > 0 && standalone)
            ws.Range(top, left, last, right).CreateTable(sheet.Name.Replace(" ", "") + "Table").Theme = XLTableTheme.TableStyleLight9;
        else
            Header(ws.Range(top, left, top, right));
        if (rows.Count == 0 && sheet.EmptyText is { } empty) ws.Cell(top + 1, left).SetValue(empty);
        if (sheet.Total is { } total)
        {
            for (var i = 0; i < cols.Count; i++) Value(ws.Cell(r, left + i), total.Cells[i], cols[i].Unit);
            ws.Range(r, left, r, right).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Medium);
            last = r;
        }
        for (var i = 0; i < cols.Count && rows.Count > 0; i++)
        {
            var range = ws.Range(top + 1, left + i, r - 1, left + i);
            switch (cols[i].Highlight)
            {
                case CellHighlight.Bands when cols[i].Bands is var (green, amber):
                    range.AddConditionalFormat().WhenEqualOrGreaterThan(green).Fill.SetBackgroundColor(XLColor.FromHtml("#D5EFEA"));
                    range.AddConditionalFormat().WhenBetween(amber, green - 1e-9).Fill.SetBackgroundColor(XLColor.FromHtml("#FBEFD0"));
                    range.AddConditionalFormat().WhenLessThan(amber).Fill.SetBackgroundColor(XLColor.FromHtml("#F6D5D4"));
                    break;
                case CellHighlight.Sign or CellHighlight.SignRedUp:
                    var (upColor, downColor) = cols[i].Highlight == CellHighlight.Sign ? ("#1E7D70", "#B83C37") : ("#B83C37", "#1E7D70");
                    range.AddConditionalFormat().WhenGreaterThan(0).Font.SetFontColor(XLColor.FromHtml(upColor));
                    range.AddConditionalFormat().WhenLessThan(0).Font.SetFontColor(XLColor.FromHtml(downColor));
                    break;
            }
        }
        if (sheet.Chart is { } chart && rows.Count > 0) charts.Add(Anchor(ws.Name, sheet, chart, top, left, r - 1, rows));
        if (!standalone) return;
        if (sheet.FrozenColumns > 0) ws.SheetView.Freeze(top, sheet.FrozenColumns);
        else ws.SheetView.FreezeRows(top);
        Widths(ws, cols.Count, last);
        // A chart beside the table (ABC's Pareto) widens what prints; its anchor's end column is the last it covers.
        var printRight = Math.Max(right, rows.Count > 0 ? sheet.Chart?.ToColumn ?? 0 : 0);
        Print(ws, Enumerable.Range(1, printRight).Sum(c => ws.Column(c).Width) > PortraitWidth, pagesTall: 0, top);
    }

    /// <summary>Column widths (in characters) that a portrait A4 page with narrow margins holds unscaled; wider sheets print
    /// landscape.</summary>
    public const double PortraitWidth = 100;

    // Every sheet prints on A4, one page wide (pagesTall 0: as many pages as the rows need), narrow margins, its header row on
    // every page.
    private static void Print(IXLWorksheet ws, bool landscape, int pagesTall, int? headerRow)
    {
        var page = ws.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, pagesTall);
        page.Margins.SetLeft(0.25).SetRight(0.25).SetTop(0.75).SetBottom(0.75).SetHeader(0.3).SetFooter(0.3);
        if (headerRow is { } h) page.SetRowsToRepeatAtTop(h, h);
    }

    private static ChartAnchor Anchor(
        string sheetName, WorkbookSheet sheet, WorkbookChart c, int top, int left, int lastRow, IReadOnlyList<WorkbookRow> rows)
    {
        string Ref(int col) => $"'{sheetName}'!${Letter(left + col)}${top + 1}:${Letter(left + col)}${lastRow}";
        string NameRef(int col) => $"'{sheetName}'!${Letter(left + col)}${top}";
        double[] Numbers(int col) => rows.Select(r => ToDouble(r.Cells[col]) ?? 0).ToArray();
        var second = c.SecondaryColumn;
        return new ChartAnchor(
            sheetName, c.Title, Ref(c.CategoryColumn),
            Ref(c.PrimaryColumn), sheet.Columns[c.PrimaryColumn].Header, NameRef(c.PrimaryColumn),
            second is { } s ? Ref(s) : null, second is { } s2 ? sheet.Columns[s2].Header : null, second is { } s3 ? NameRef(s3) : null,
            rows.Select(r => Convert.ToString(r.Cells[c.CategoryColumn], CultureInfo.InvariantCulture) ?? "").ToArray(),
            Numbers(c.PrimaryColumn),
            second is { } s4 ? Numbers(s4) : null,
            c.FromColumn, c.FromRow, c.ToColumn, c.ToRow, c.PrimaryAsColumns);
    }

    private static string Letter(int column) => XLHelper.GetColumnLetterFromNumber(column);

    private static double? ToDouble(object? v) => v switch
    {
        decimal m => (double)m,
        double d => d,
        int i => i,
        _ => null,
    };

    // Input text is written as a string value, so "=HYPERLINK(...)" in a customer name stays text.
    private static void Value(IXLCell cell, object? value, KpiUnit unit)
    {
        switch (value)
        {
            case null: return;
            case string s:
                cell.SetValue(s);
                cell.DataType = XLDataType.Text;
                return;
            case bool b: cell.SetValue(b); return;
            case DateOnly d:
                cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = ColumnFormat.Date;
                return;
            case decimal m: cell.SetValue(m); break;
            case double x when double.IsFinite(x): cell.SetValue(x); break;
            case int i: cell.SetValue(i); break;
            default: return;
        }
        cell.Style.NumberFormat.Format = ColumnFormat.For(unit) ?? ColumnFormat.Number(value);
    }

    private static void Header(IXLRange range) =>
        range.Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(HeaderFill);

    // Width from the longest text in each column (no GDI+ measuring): about one unit per character.
    private const int WrapWidth = 40;

    private static void Widths(IXLWorksheet ws, int columns, int lastRow)
    {
        var rows = Math.Min(lastRow, 2000);
        var wrapped = new List<int>();
        for (var c = 1; c <= columns; c++)
        {
            var max = 6;
            for (var r = 1; r <= rows; r++)
            {
                var cell = ws.Cell(r, c);
                if (cell.IsEmpty()) continue;
                var len = cell.DataType switch
                {
                    XLDataType.Number => cell.GetDouble().ToString("#,##0.0", CultureInfo.InvariantCulture).Length + 1,
                    XLDataType.DateTime => 10,
                    _ when r == 1 => HeaderWidth(cell.GetString()),
                    _ => cell.GetString().Length,
                };
                max = Math.Max(max, len);
            }
            // A column of long texts (an ask, an outcome, an action) wraps at 40 characters instead of widening the sheet, so it prints
            // one page wide at a size people read.
            ws.Column(c).Width = Math.Min(WrapWidth, max + 2);
            if (max + 2 > WrapWidth)
            {
                ws.Range(2, c, Math.Max(2, lastRow), c).Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
                wrapped.Add(c);
            }
        }
        // Without GDI+ no spreadsheet measures wrapped rows for us: a row is as tall as its longest wrapped text needs.
        for (var r = 2; r <= rows && wrapped.Count > 0; r++)
        {
            var needed = wrapped.Max(c => (int)Math.Ceiling(ws.Cell(r, c).GetString().Length / (double)(WrapWidth - 4)));
            if (needed > 1) ws.Row(r).Height = 15 * Math.Min(needed, 8);
        }
        // Headers wrap instead of widening their column ("Revenue same quarter last year" over a column of 6-digit figures), so a
        // wide sheet such as Accounts still reads when fitted to one page wide; the row is as tall as its longest header needs.
        var header = ws.Range(1, 1, 1, columns);
        header.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        var lines = Enumerable.Range(1, columns).Max(c =>
            (int)Math.Ceiling(ws.Cell(1, c).GetString().Length / Math.Max(1, ws.Column(c).Width - 2)));
        ws.Row(1).Height = 15 * Math.Clamp(lines, 1, 4);
    }

    // A header's share of its column's width: its longest word, and at most 10 characters of the whole title (it wraps over up to
    // four lines), so a sheet of 70 KPI columns stays within the 10% scale that prints it one page wide (Excel and LibreOffice go no
    // lower).
    private static int HeaderWidth(string text) =>
        Math.Max(text.Split(' ').Max(w => w.Length), Math.Min(text.Length, 10));
}
