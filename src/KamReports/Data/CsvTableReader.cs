using System.Text;
using nietras.SeparatedValues;

namespace KamReports.Data;

/// <summary>
/// Reads a CSV file (RFC 4180 quoting, CRLF or LF, fields may span lines inside quotes) through Sep, streaming. Text is UTF-8;
/// a UTF-8 or UTF-16 byte-order mark is honoured; bytes that are not valid UTF-8 stop the run naming the line, unless the
/// config's <c>encoding</c> names another. An unbalanced quote costs one row: the reader reports that line and resumes at the
/// next one, so every later row is still read.
/// </summary>
internal sealed class CsvTableReader : ITableReader
{
    // A quoted field may span lines; a record of more lines than this (or one open at the end of the file) is an unbalanced quote.
    private const int MaxLinesPerRecord = 200;

    // Line numbers are ints, and the limit has always been stated as 2 GB (DuckDB reads any size).
    private const long MaxFileBytes = 0x7FFFFFC7;

    /// <summary>The longest line read; a longer one is one bad row.</summary>
    public const int MaxLineChars = 1 << 20;

    /// <summary>The first field of a row longer than <see cref="MaxLineChars"/> (the second field is its start).</summary>
    public const string TooLongMarker = "\u0000too-long";

    /// <summary>The first field of a row that is an unbalanced quote (the second field is the raw line).</summary>
    public const string UnbalancedMarker = "\u0000unbalanced-quote";

    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true });

    private readonly string _path;
    private readonly Encoding _encoding;
    private readonly LineStarts _starts;
    private TextReader? _text;
    private SepReader? _sep;
    private int _base;      // the line the current Sep reader starts at
    private bool _first;    // the next row is the current Sep reader's first
    private int _nextLine;  // the line the next row starts at

    public CsvTableReader(string path, Encoding? encoding = null)
    {
        DisplayName = Path.GetFileName(path);
        var length = new FileInfo(SafePath.Real(path)).Length;
        if (length > MaxFileBytes)
        {
            throw new KamException($"is {length / 1e9:0.0} GB: CSV files are read up to 2 GB; read a larger one through DuckDB "
                + "(config source.provider duckdb, read_csv('...'))", ExitCodes.Failed, DisplayName);
        }
        _path = path;
        (_encoding, var start) = Open(path, DisplayName, encoding);
        _starts = new LineStarts(path, start, _encoding);
        Restart(1);
        if (TryRead(out _, out var header)) Header = header;
    }

    public string DisplayName { get; }
    public bool Canonical => false;
    public string[]? Header { get; private set; }

    public bool TryRead(out int line, out string[] fields)
    {
        while (true)
        {
            try
            {
                _sep ??= Options.From(_text!);
                if (!_sep.MoveNext())
                {
                    line = 0;
                    fields = [];
                    return false;
                }
            }
            catch (NotSupportedException)
            {
                // Sep holds a row of up to 16 million characters: a longer one is a line too long or a quote that never closes.
                line = _nextLine;
                fields = Bad(LineAt(line));
                Restart(line + 1);
                return true;
            }
            var row = _sep.Current;
            // Sep numbers its first row from the end of that row when there is no header, so the first row starts where the reader does.
            line = _first ? _base : _base + row.LineNumberFrom - 1;
            _first = false;
            _nextLine = _base + row.LineNumberToExcl - 1;
            var span = row.Span;
            var firstEnd = span.IndexOfAny('\r', '\n');
            var firstLine = firstEnd < 0 ? span : span[..firstEnd];
            if (firstLine.Length > MaxLineChars) fields = Bad(firstLine);
            else if (!span.Contains('"'))
            {
                // The common case: no quoting at all (and then the row is one line).
                if (span.IsWhiteSpace()) continue;
                fields = new string[row.ColCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
                return true;
            }
            // A record that spans lines but has the wrong number of fields, or whose quote closes with text right after it (the next
            // row's own opening quote closed this one), was an unbalanced quote: the next rows are read as themselves.
            else if (Unquote(row, firstEnd >= 0, out fields)
                && (firstEnd < 0 || (_nextLine - line <= MaxLinesPerRecord && (Header is null || fields.Length == Header.Length))))
            {
                return true;
            }
            else fields = Bad(firstLine);
            if (firstEnd >= 0) Restart(line + 1);
            return true;
        }
    }

    public void Dispose()
    {
        _sep?.Dispose();
        _text?.Dispose();
    }

    // The fields of a row with quotes, false unless every quote opens a field, closes it, or is doubled inside it (RFC 4180).
    private static bool Unquote(SepReader.Row row, bool multiLine, out string[] fields)
    {
        fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            var col = row[i].Span;
            if (col.Length == 0 || col[0] != '"')
            {
                if (col.Contains('"')) return false;
                fields[i] = col.ToString();
                continue;
            }
            if (col.Length < 2 || col[^1] != '"') return false;
            var inner = col[1..^1];
            for (var q = inner.IndexOf('"'); q >= 0; q = inner.IndexOf('"'))
            {
                if (q + 1 >= inner.Length || inner[q + 1] != '"') return false;
                inner = inner[(q + 2)..];
            }
            var value = col[1..^1].ToString().Replace("\"\"", "\"");
            // Lines inside a field end in \n, whatever the file uses.
            fields[i] = multiLine ? value.Replace("\r\n", "\n").Replace('\r', '\n') : value;
        }
        return true;
    }

    // The row a bad record costs, from its first line. A quote only opens a field at the field's start, so a line whose quotes all
    // stand inside fields (12" pipe) is a row of its own; any other is an unbalanced quote.
    private static string[] Bad(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLineChars) return [TooLongMarker, line[..80].ToString()];
        var fields = line.ToString().Split(',');
        return fields.Any(f => f.StartsWith('"')) ? [UnbalancedMarker, line.ToString()] : fields;
    }

    // Reading goes on from the start of a line with a new Sep reader (Sep itself would read on inside the open quote).
    private void Restart(int line)
    {
        _sep?.Dispose();
        _sep = null;
        _text?.Dispose();
        _text = Reader(_starts.Find(line));
        _base = _nextLine = line;
        _first = true;
    }

    private StreamReader Reader(long offset)
    {
        var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        stream.Position = offset;
        return new StreamReader(stream, _encoding, false, 1 << 16);
    }

    // A line's text, read no further than one character past the longest line.
    private string LineAt(int line)
    {
        using var reader = Reader(_starts.Find(line));
        var text = new StringBuilder();
        for (var c = reader.Read(); c >= 0 && c != '\r' && c != '\n' && text.Length <= MaxLineChars; c = reader.Read())
            text.Append((char)c);
        return text.ToString();
    }

    /// <summary>
    /// The encoding of a file by its byte-order mark, else UTF-8 (or the configured encoding), and where its text starts.
    /// UTF-8 and UTF-16 are checked whole first, so a bad byte is reported with its line before any row is read.
    /// </summary>
    internal static (Encoding Encoding, int Start) Open(string path, string name, Encoding? configured)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[8192];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, n);
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            throw new KamException(
                "is a zip/xlsx file, not CSV text; save it as CSV or name the workbook data.xlsx", ExitCodes.Failed, name);
        }
        if (bytes.StartsWith("\uFEFF"u8)) return (Checked(stream, 3, new UTF8Encoding(false), name, "UTF-8"), 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Checked(stream, 2, new UnicodeEncoding(false, false), name, "UTF-16"), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Checked(stream, 2, new UnicodeEncoding(true, false), name, "UTF-16"), 2);
        if (configured is not null) return (configured, 0);
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new KamException(
                "is not a CSV text file (binary content, or UTF-16 without a byte-order mark)", ExitCodes.Failed, name, LineOf(path, nul));
        }
        return (Checked(stream, 0, new UTF8Encoding(false), name, "UTF-8"), 0);
    }

    // The encoding itself, once the whole file has decoded under its strict twin.
    private static Encoding Checked(Stream stream, int start, Encoding encoding, string name, string label)
    {
        var decoder = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetDecoder();
        var buffer = new byte[1 << 16];
        stream.Position = start;
        long at = start;
        while (true)
        {
            var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            try
            {
                decoder.GetCharCount(buffer, 0, n, flush: n < buffer.Length);
            }
            catch (DecoderFallbackException e)
            {
                var bad = Math.Max(start, at + e.Index);
                throw new KamException(
                    $"is not valid {label} text at byte {bad + 1}; save it as UTF-8, or set \"encoding\" in kam.json (e.g. \"windows-1252\")",
                    ExitCodes.Failed, name, LineOf(stream, bad));
            }
            if (n < buffer.Length) return encoding;
            at += n;
        }
    }

    private static int LineOf(string path, long index)
    {
        using var stream = File.OpenRead(path);
        return LineOf(stream, index);
    }

    // 1 + the line feeds before a byte.
    private static int LineOf(Stream stream, long index)
    {
        stream.Position = 0;
        var buffer = new byte[1 << 16];
        var line = 1;
        for (long at = 0; at < index;)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, index - at));
            if (n == 0) break;
            line += buffer.AsSpan(0, n).Count((byte)'\n');
            at += n;
        }
        return line;
    }

    /// <summary>
    /// Where lines start in a file, found by scanning forward from the last one found (a reader only ever goes forward).
    /// A line ends at \n, \r\n or a lone \r, as Sep counts them; characters are the encoding's code units (1 byte in UTF-8, 2 in UTF-16).
    /// </summary>
    private sealed class LineStarts(string path, long start, Encoding encoding)
    {
        private readonly byte[] _lf = encoding.GetBytes("\n");
        private readonly byte[] _cr = encoding.GetBytes("\r");
        private int _line = 1;
        private long _offset = start;

        public long Find(int line)
        {
            if (line <= _line) return _offset;
            using var stream = File.OpenRead(path);
            stream.Position = _offset;
            var unit = _lf.Length;
            var buffer = new byte[(1 << 16) / unit * unit];
            var afterCr = false;
            for (var at = _offset; _line < line;)
            {
                var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) / unit * unit;
                if (n == 0)
                {
                    // The end of the file (the line after a last lone \r starts there; a line past the end reads nothing).
                    _line = line;
                    _offset = at;
                    break;
                }
                for (var i = 0; i < n && _line < line; i += unit)
                {
                    if (buffer[i] != _cr[0] && buffer[i] != _lf[0] && !afterCr) continue;
                    var u = buffer.AsSpan(i, unit);
                    var lf = u.SequenceEqual(_lf);
                    if (afterCr)
                    {
                        afterCr = false;
                        _line++;
                        _offset = lf ? at + i + unit : at + i;
                        if (lf || _line == line) continue;
                    }
                    if (u.SequenceEqual(_cr)) afterCr = true;
                    else if (lf)
                    {
                        _line++;
                        _offset = at + i + unit;
                    }
                }
                at += n;
            }
            return _offset;
        }
    }
}
