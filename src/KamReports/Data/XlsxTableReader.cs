using ClosedXML.Excel;

namespace KamReports.Data;

/// <summary>Reads one sheet of an xlsx workbook; typed cells are turned into invariant text.</summary>
internal sealed class XlsxTableReader : ITableReader
{
    private readonly IXLWorksheet _sheet;
    private readonly int _lastRow;
    private readonly int _lastColumn;
    private int _row;

    public XlsxTableReader(IXLWorksheet sheet, string workbookName)
    {
        _sheet = sheet;
        DisplayName = $"{workbookName}[{sheet.Name}]";
        var used = sheet.RangeUsed();
        if (used is null) return;
        var first = used.FirstRow().RowNumber();
        _lastRow = used.LastRow().RowNumber();
        _lastColumn = used.LastColumn().ColumnNumber();
        Header = ReadRow(first);
        _row = first;
    }

    public string DisplayName { get; }
    public bool Canonical => true;
    public string[]? Header { get; }

    public bool TryRead(out int line, out string[] fields)
    {
        while (Header is not null && _row < _lastRow)
        {
            _row++;
            var values = ReadRow(_row);
            if (values.All(string.IsNullOrWhiteSpace)) continue;
            line = _row;
            fields = values;
            return true;
        }
        line = 0;
        fields = [];
        return false;
    }

    private string[] ReadRow(int row)
    {
        var values = new string[_lastColumn];
        for (var c = 1; c <= _lastColumn; c++) values[c - 1] = CellText(_sheet.Cell(row, c));
        return values;
    }

    private static string CellText(IXLCell cell)
    {
        if (cell.IsEmpty()) return "";
        return InvariantText.Of(cell.HasFormula ? cell.CachedValue : cell.Value);
    }

    public void Dispose() { }
}
