using System.Text;
using CsvHelper;

namespace KamReports.Data;

/// <summary>Reads a UTF-8 CSV file (BOM accepted, CRLF or LF, RFC 4180 quoting).</summary>
internal sealed class CsvTableReader : ITableReader
{
    private readonly StreamReader _reader;
    private readonly CsvReader _parser;

    public CsvTableReader(string path)
    {
        DisplayName = Path.GetFileName(path);
        RejectBinary(path, DisplayName);
        _reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        _parser = CsvReader.Create(_reader, options, leaveOpen: false);
        if (_parser.Read()) Header = _parser.Current.ToArray();
    }

    public string DisplayName { get; }
    public bool Canonical => false;
    public string[]? Header { get; }

    public bool TryRead(out int line, out string[] fields)
    {
        while (_parser.Read())
        {
            line = (int)_parser.LineNumber;
            var record = _parser.Current.ToArray();
            if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0])) continue;
            fields = record;
            return true;
        }
        line = 0;
        fields = [];
        return false;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }

    private static void RejectBinary(string path, string name)
    {
        Span<byte> head = stackalloc byte[4096];
        int n;
        using (var fs = File.OpenRead(path)) n = fs.Read(head);
        head = head[..n];
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
            throw new KamException("is a zip/xlsx file, not CSV text; save it as CSV or name the workbook data.xlsx", ExitCodes.Failed, name);
        if (head.IndexOf((byte)0) >= 0)
            throw new KamException("is not a CSV text file (binary content)", ExitCodes.Failed, name);
    }
}
