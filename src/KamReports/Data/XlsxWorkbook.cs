using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KamReports.Data;

/// <summary>
/// An xlsx (or xlsm) workbook read as a stream: its sheets' rows come one at a time as the file holds them, so a sheet
/// costs what its real rows cost whatever its used range says (one stray cell at XFD1048576 is one cell). Macros never run.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _doc;
    private readonly Dictionary<string, WorksheetPart> _sheets = new(StringComparer.Ordinal);
    private string[]? _sharedStrings;
    // Workbooks saved on a Mac in the 1904 date system count days from 1904-01-01 (1,462 days after the 1900 system's day 0).
    private readonly bool _date1904;
    private bool[]? _dateStyles;

    private XlsxWorkbook(SpreadsheetDocument doc, string name)
    {
        _doc = doc;
        Name = name;
        var book = doc.WorkbookPart ?? throw new InvalidDataException("the file has no workbook part");
        foreach (var sheet in book.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is not { } sheetName || sheet.Id?.Value is not { } id) continue;
            if (book.GetPartById(id) is WorksheetPart part) _sheets.TryAdd(sheetName, part);
        }
        SheetNames = _sheets.Keys.ToArray();
        _date1904 = book.Workbook.WorkbookProperties?.Date1904?.Value == true;
    }

    /// <summary>The workbook's name in messages (forms/plan-form-anna-berg.xlsx, data.xlsx).</summary>
    public string Name { get; }

    /// <summary>The worksheets in workbook order (chart sheets left out).</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Opens a workbook read-only; a file that is not one throws with the reader's reason.</summary>
    public static XlsxWorkbook Open(string path, string? name = null)
    {
        var doc = SpreadsheetDocument.Open(path, false, new OpenSettings { AutoSave = false });
        try
        {
            return new XlsxWorkbook(doc, name ?? Path.GetFileName(path));
        }
        catch
        {
            doc.Dispose();
            throw;
        }
    }

    /// <summary>A custom document property (File > Properties > Custom) as text, or null.</summary>
    public string? CustomProperty(string name) =>
        _doc.CustomFilePropertiesPart?.Properties?.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .FirstOrDefault(p => p.Name?.Value == name)?.InnerText;

    /// <summary>
    /// The rows of a sheet that hold at least one cell, in file order: the row number and its cells' values as the contract
    /// writes them in a file (dates ISO, numbers invariant, booleans true/false), up to <paramref name="maxColumns"/> columns.
    /// </summary>
    public IEnumerable<(int Row, string[] Cells)> Rows(string sheet, int maxColumns = 16_384) =>
        RowsWithErrors(sheet, maxColumns).Select(r => (r.Row, r.Cells));

    /// <summary>
    /// As <see cref="Rows"/>, with the typed value of each cell that has one (a number as double, a date as DateTime, a boolean),
    /// null for text cells, and the columns (0-based) whose cell holds a formula error.
    /// </summary>
    public IEnumerable<(int Row, string[] Cells, object?[] Typed, List<int>? Errors)> TypedRows(string sheet, int maxColumns = 16_384)
    {
        foreach (var (row, cells, typed, errors) in Read(sheet, maxColumns)) yield return (row, cells, typed, errors);
    }

    /// <summary>
    /// As <see cref="Rows"/>, with the columns (0-based) whose cell holds a formula error (#REF!, #DIV/0!, #N/A ...), or null.
    /// </summary>
    public IEnumerable<(int Row, string[] Cells, List<int>? Errors)> RowsWithErrors(string sheet, int maxColumns = 16_384) =>
        Read(sheet, maxColumns).Select(r => (r.Row, r.Cells, r.Errors));

    private IEnumerable<(int Row, string[] Cells, object?[] Typed, List<int>? Errors)> Read(string sheet, int maxColumns)
    {
        if (!_sheets.TryGetValue(sheet, out var part)) yield break;
        using var reader = Guard(sheet, () => OpenXmlReader.Create(part));
        var next = 1;
        while (Guard(sheet, () => NextRow(reader)) is { } row)
        {
            var number = row.RowIndex?.Value is { } r && r <= 1_048_576 ? (int)r : next;
            next = number + 1;
            var cells = new List<(int Column, string Value, object? Typed)>();
            List<int>? errors = null;
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                position = cell.CellReference?.Value is { } reference ? Column(reference, position + 1) : position + 1;
                if (position > maxColumns) continue;
                var value = Value(cell, out var typedValue);
                if (value.Length > 0) cells.Add((position, value, typedValue));
                if (cell.DataType?.Value == CellValues.Error) (errors ??= []).Add(position - 1);
            }
            if (cells.Count == 0) continue;
            var values = new string[cells.Max(c => c.Column)];
            var typed = new object?[values.Length];
            Array.Fill(values, "");
            foreach (var (column, value, t) in cells) (values[column - 1], typed[column - 1]) = (value, t);
            yield return (number, values, typed, errors);
        }
    }

    private static Row? NextRow(OpenXmlReader reader)
    {
        while (reader.Read())
            if (reader.ElementType == typeof(Row) && reader.IsStartElement) return (Row)reader.LoadCurrentElement()!;
        return null;
    }

    // A damaged workbook (bad XML, a broken zip entry) is one line naming it and the sheet, never a crash.
    private T Guard<T>(string sheet, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException or OpenXmlPackageException
            or InvalidOperationException or FormatException)
        {
            throw new KamException($"sheet \"{sheet}\" cannot be read ({e.Message.Split('\n')[0].Trim()}): save the workbook again as .xlsx",
                ExitCodes.Failed, Name);
        }
    }

    private string Value(Cell cell, out object? typed)
    {
        typed = null;
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < SharedStrings.Length
                ? SharedStrings[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? raw ?? "";
        if (type == CellValues.Boolean)
        {
            if (raw is "1" or "true") typed = true;
            else if (raw is "0" or "false") typed = false;
            return typed is bool b ? (b ? "true" : "false") : raw ?? "";
        }
        if (type == CellValues.String || type == CellValues.Error) return raw ?? "";
        if (type == CellValues.Date)
        {
            if (DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)) typed = iso;
            return raw ?? "";
        }
        if (raw is null || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw ?? "";
        if (cell.StyleIndex?.Value is { } style && style < DateStyles.Length && DateStyles[style] && number is > -657435 and < 2958466)
        {
            var date = DateTime.FromOADate(_date1904 ? number + 1462 : number);
            typed = date;
            return InvariantText.Of(date);
        }
        typed = number;
        return InvariantText.Of(number);
    }

    private string[] SharedStrings => _sharedStrings ??= Guard("shared strings", ReadSharedStrings);

    private string[] ReadSharedStrings()
    {
        var part = _doc.WorkbookPart?.SharedStringTablePart;
        if (part is null) return [];
        var list = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                // Plain text, or the runs of rich text (phonetic guides left out).
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                list.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? "")));
            }
        return list.ToArray();
    }

    private bool[] DateStyles => _dateStyles ??= ReadDateStyles();

    // A number is a date when its cell format is one of Excel's built-in date formats or a custom one with date or time codes.
    private bool[] ReadDateStyles()
    {
        var styles = _doc.WorkbookPart?.WorkbookStylesPart?.Stylesheet;
        if (styles?.CellFormats is null) return [];
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        return styles.CellFormats.Elements<CellFormat>().Select(f =>
        {
            var id = f.NumberFormatId?.Value ?? 0;
            return custom.TryGetValue(id, out var code) ? IsDateCode(code)
                : id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;
        }).ToArray();
    }

    private static bool IsDateCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        foreach (var c in code)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c == '[') inBrackets = true;
            else if (!inQuotes && c == ']') inBrackets = false;
            else if (!inQuotes && !inBrackets && "ymdhsYMDHS".Contains(c)) return true;
        }
        return false;
    }

    // The column number of a cell reference: "C7" → 3, "XFD1048576" → 16384.
    // The column number of a cell reference: "C7" → 3, "XFD1048576" → 16384; a reference without letters, or past XFD, is
    // read as the next cell of the row (a sheet a tool wrote loosely is still read, never a crash).
    private static int Column(string reference, int fallback)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') n = n * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') n = n * 26 + (c - 'a' + 1);
            else break;
            if (n > MaxColumns) return fallback;
        }
        return n > 0 ? n : fallback;
    }

    private const int MaxColumns = 16_384;

    public void Dispose() => _doc.Dispose();
}
