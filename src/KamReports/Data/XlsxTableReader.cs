namespace KamReports.Data;

/// <summary>
/// Reads one sheet of an xlsx workbook as a table, streaming: the first row with a cell is the header, the table is as wide as
/// its last named column, and rows come as the file holds them; typed cells arrive as invariant text.
/// </summary>
internal sealed class XlsxTableReader : ITableReader
{
    private readonly IEnumerator<(int Row, string[] Cells, object?[] Typed, List<int>? Errors)>? _rows;
    private readonly int _width;

    public XlsxTableReader(XlsxWorkbook book, string sheet, string workbookName)
    {
        DisplayName = $"{workbookName}[{sheet}]";
        using (var header = book.Rows(sheet).GetEnumerator())
        {
            if (!header.MoveNext()) return;
            var cells = header.Current.Cells;
            // The header ends at its last name before a run of 20 empty cells: a stray keystroke at XFD1 is no column.
            for (var i = 0; i < cells.Length && i - _width < 20; i++)
                if (!string.IsNullOrWhiteSpace(cells[i])) _width = i + 1;
            if (_width == 0) return;
            Header = cells[.._width];
        }
        // Cells right of the last named column are no part of the table (a stray keystroke at XFD costs nothing).
        _rows = book.TypedRows(sheet, _width).GetEnumerator();
        _rows.MoveNext();
    }

    public string DisplayName { get; }
    // Text cells are read as a CSV field is (input_culture, date_format); typed cells arrive typed.
    public bool Canonical => false;
    public string[]? Header { get; }

    public object?[]? Typed { get; private set; }

    public bool TryRead(out int line, out string[] fields)
    {
        while (_rows is not null && _rows.MoveNext())
        {
            var (row, cells, typedCells, errors) = _rows.Current;
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            line = row;
            fields = cells.Length == _width ? cells : [.. cells, .. Enumerable.Repeat("", _width - cells.Length)];
            // A typed cell (number, date, boolean) reaches the parser as its value; a text cell as text, read like a CSV field
            // (input_culture, date_format). A formula error is no value: reported, never read as its text or as empty.
            Typed = new object?[_width];
            for (var i = 0; i < Math.Min(_width, typedCells.Length); i++)
            {
                if (typedCells[i] is null) continue;
                Typed[i] = typedCells[i];
                fields[i] = null!;
            }
            foreach (var i in errors ?? [])
            {
                if (i >= _width) continue;
                var text = cells[i];
                Typed[i] = new UnreadableValue(text, $"a formula error ({text}) in the cell: fix the formula or type the value");
                fields[i] = null!;
            }
            return true;
        }
        line = 0;
        fields = [];
        return false;
    }

    public void Dispose() => _rows?.Dispose();
}
