namespace KamReports.Data;

/// <summary>Rows of one input table (a CSV file or a workbook sheet), header first.</summary>
internal interface ITableReader : IDisposable
{
    /// <summary>File name shown in problems (<c>revenue.csv</c>, <c>data.xlsx[revenue]</c>).</summary>
    string DisplayName { get; }

    /// <summary>True when values come already typed and written invariantly (xlsx), false for text in the configured culture.</summary>
    bool Canonical { get; }

    /// <summary>Header cells, or null for an empty table.</summary>
    string[]? Header { get; }

    /// <summary>Reads the next row; <paramref name="line"/> is its 1-based line (row) number in the source.</summary>
    bool TryRead(out int line, out string[] fields);

    /// <summary>
    /// Typed values of the row just read (a database's dates and numbers), or null. Where a value is typed, its field is null
    /// and the parser takes the value as it is, without a round trip through text.
    /// </summary>
    object?[]? Typed => null;
}
