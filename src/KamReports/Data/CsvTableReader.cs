using System.Text;

namespace KamReports.Data;

/// <summary>
/// Reads a CSV file (RFC 4180 quoting, CRLF or LF, fields may span lines inside quotes). Text is UTF-8;
/// a UTF-8 or UTF-16 byte-order mark is honoured; bytes that are not valid UTF-8 stop the run naming the
/// line, unless the config's <c>encoding</c> names another. An unbalanced quote costs one row: the reader
/// reports that line and resumes at the next one, so every later row is still read.
/// </summary>
internal sealed class CsvTableReader : ITableReader
{
    // A quoted field may span lines; past this many lines (or at the end of the file) an open quote is taken as unbalanced.
    private const int MaxLinesPerRecord = 200;

    // The largest byte array .NET holds, and the longest line read (a longer one is one bad row, never the whole file in memory).
    private const long MaxFileBytes = 0x7FFFFFC7;
    public const int MaxLineChars = 1 << 20;

    /// <summary>The first field of a row longer than <see cref="MaxLineChars"/> (the second field is its start).</summary>
    public const string TooLongMarker = "\u0000too-long";

    private readonly TextReader _reader;
    private int _nextLine = 1;

    public CsvTableReader(string path, Encoding? encoding = null)
    {
        DisplayName = Path.GetFileName(path);
        // The reader holds the file's bytes: past 2 GB that is more than one array holds, so say so (DuckDB reads any size).
        var length = new FileInfo(SafePath.Real(path)).Length;
        if (length > MaxFileBytes)
        {
            throw new KamException($"is {length / 1e9:0.0} GB: CSV files are read up to 2 GB; read a larger one through DuckDB "
                + "(config source.provider duckdb, read_csv('...'))", ExitCodes.Failed, DisplayName);
        }
        var bytes = File.ReadAllBytes(path);
        _bounded = HasLongLine(bytes);
        _reader = Open(bytes, DisplayName, encoding);
        if (TryRead(out _, out var header)) Header = header;
    }

    public string DisplayName { get; }
    public bool Canonical => false;
    public string[]? Header { get; private set; }

    public bool TryRead(out int line, out string[] fields)
    {
        while (NextLine(out var first, out var text))
        {
            if (text.StartsWith(TooLongMarker, StringComparison.Ordinal))
            {
                line = first;
                fields = [TooLongMarker, text[TooLongMarker.Length..]];
                return true;
            }
            if (text.Length == 0 || (text.Trim().Length == 0 && !text.Contains('"'))) continue;
            if (!text.Contains('"'))
            {
                // The common case: no quoting at all.
                line = first;
                fields = text.Split(',');
                return true;
            }
            var record = new StringBuilder(text);
            var taken = new List<string> { text };
            while (!Parse(record, out fields))
            {
                if (taken.Count >= MaxLinesPerRecord || !NextLine(out _, out var more))
                {
                    // Unbalanced quote: give back every line after the first and report the first as one bad row.
                    for (var i = taken.Count - 1; i >= 1; i--) PushBack(taken[i]);
                    line = first;
                    fields = [UnbalancedMarker, text];
                    return true;
                }
                taken.Add(more);
                record.Append('\n').Append(more);
            }
            // A record that spans lines but has the wrong number of fields, or whose quote closes with text right after it (the next
            // row's own opening quote closed this one), was an unbalanced quote too: the next rows are read as themselves.
            if (taken.Count > 1 && ((Header is not null && fields.Length != Header.Length) || _strayAfterClose))
            {
                for (var i = taken.Count - 1; i >= 1; i--) PushBack(taken[i]);
                line = first;
                fields = [UnbalancedMarker, text];
                return true;
            }
            line = first;
            return true;
        }
        line = 0;
        fields = [];
        return false;
    }

    /// <summary>The first field of a row that is an unbalanced quote (the second field is the raw line).</summary>
    public const string UnbalancedMarker = "\u0000unbalanced-quote";

    private readonly Stack<string> _pushedBack = new();

    private void PushBack(string text)
    {
        _pushedBack.Push(text);
        _nextLine--;
    }

    private bool NextLine(out int number, out string text)
    {
        if (_pushedBack.Count > 0)
        {
            text = _pushedBack.Pop();
            number = _nextLine++;
            return true;
        }
        var s = _bounded ? ReadBoundedLine() : _reader.ReadLine();
        number = _nextLine;
        if (s is null)
        {
            text = "";
            return false;
        }
        _nextLine++;
        text = s;
        return true;
    }

    // Set by the last Parse: a closing quote was followed by text other than a separator (RFC 4180 allows none).
    private bool _strayAfterClose;

    // Lines are read one character at a time only in a file that has a line too long to hold (a vectorised scan tells).
    private readonly bool _bounded;

    private static bool HasLongLine(ReadOnlySpan<byte> bytes)
    {
        // Bytes, not characters: a line of MaxLineChars characters has at least that many bytes in any encoding read here.
        while (true)
        {
            var i = bytes.IndexOf((byte)'\n');
            if (i < 0) return bytes.Length > MaxLineChars;
            if (i > MaxLineChars) return true;
            bytes = bytes[(i + 1)..];
        }
    }

    private readonly StringBuilder _line = new();

    // A line as ReadLine gives it, but never longer than MaxLineChars: the rest of a longer line is skipped and the line marked.
    private string? ReadBoundedLine()
    {
        _line.Clear();
        var tooLong = false;
        int c;
        while ((c = _reader.Read()) >= 0)
        {
            if (c == '\n') break;
            if (c == '\r')
            {
                if (_reader.Peek() == '\n') _reader.Read();
                break;
            }
            if (_line.Length < MaxLineChars) _line.Append((char)c);
            else tooLong = true;
        }
        if (c < 0 && _line.Length == 0 && !tooLong) return null;
        return tooLong ? TooLongMarker + _line.ToString(0, 80) : _line.ToString();
    }

    // Splits one record; false when it ends inside an open quote.
    private bool Parse(StringBuilder record, out string[] fields)
    {
        _strayAfterClose = false;
        var list = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var quotedField = false;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < record.Length && record[i + 1] == '"') { field.Append('"'); i++; }
                    else
                    {
                        inQuotes = false;
                        if (i + 1 < record.Length && record[i + 1] is not (',' or '\r' or '\n')) _strayAfterClose = true;
                    }
                }
                else field.Append(c);
            }
            else if (c == ',')
            {
                list.Add(field.ToString());
                field.Clear();
                quotedField = false;
            }
            else if (c == '"' && field.Length == 0 && !quotedField)
            {
                inQuotes = true;
                quotedField = true;
            }
            else if (c != '\r' || i + 1 < record.Length) field.Append(c);
        }
        list.Add(field.ToString());
        fields = [.. list];
        return !inQuotes;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>
    /// A reader over a file's bytes, decoded by its byte-order mark, else as UTF-8 (or the configured encoding).
    /// UTF-8 is checked whole first (a fast vectorised pass), so a bad byte is reported with its line before any row
    /// is read, and the text is then decoded as it is read instead of as one large string.
    /// </summary>
    internal static TextReader Open(byte[] bytes, string name, Encoding? configured)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            throw new KamException(
                "is a zip/xlsx file, not CSV text; save it as CSV or name the workbook data.xlsx", ExitCodes.Failed, name);
        }
        TextReader Reader(int offset, Encoding encoding) =>
            new StreamReader(new MemoryStream(bytes, offset, bytes.Length - offset, writable: false), encoding, false, 1 << 16);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Reader(3, Utf8(bytes, 3, name));
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return new StringReader(Strict(bytes, 2, name, new UnicodeEncoding(false, false, true), "UTF-16"));
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return new StringReader(Strict(bytes, 2, name, new UnicodeEncoding(true, false, true), "UTF-16"));
        if (configured is not null) return Reader(0, configured);
        var nul = Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192));
        if (nul >= 0)
        {
            throw new KamException(
                "is not a CSV text file (binary content, or UTF-16 without a byte-order mark)", ExitCodes.Failed, name, LineOf(bytes, nul));
        }
        return Reader(0, Utf8(bytes, 0, name));
    }

    private static Encoding Utf8(byte[] bytes, int offset, string name)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(offset))) Strict(bytes, offset, name, new UTF8Encoding(false, true), "UTF-8");
        return new UTF8Encoding(false);
    }

    private static string Strict(byte[] bytes, int offset, string name, Encoding encoding, string label)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? offset + e.Index : FirstInvalidUtf8(bytes, offset);
            throw new KamException(
                $"is not valid {label} text at byte {at + 1}; save it as UTF-8, or set \"encoding\" in kam.json (e.g. \"windows-1252\")",
                ExitCodes.Failed, name, LineOf(bytes, at));
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes, int offset)
    {
        var decoder = new UTF8Encoding(false, true);
        for (var end = offset + 1; end <= bytes.Length; end += 4096)
        {
            try { decoder.GetCharCount(bytes, offset, Math.Min(end + 4096, bytes.Length) - offset); }
            catch (DecoderFallbackException e) { return offset + Math.Max(0, e.Index); }
        }
        return offset;
    }

    private static int LineOf(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
