using System.Security.Cryptography;
using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using KamReports.Records;

namespace KamReports.Data;

// The revenue role, read where it is large: a DuckDB source's revenue, or a CSV file above aggregate_above_mb, is reduced inside
// DuckDB to what Compute takes (RevenueSummary) before .NET sees a row. A row DuckDB cannot vouch for, by a check that accepts only
// what the contract's .NET parser reads the same way, is handed to that parser with its line: every row check and message is the
// parser's, so a reduced file and a small one give the same figures and the same problems.
public sealed partial class DataLoader
{
    private (List<RevenueLine> Lines, RevenueSummary? Reduced) ReadRevenue()
    {
        var spec = DataContract.Revenue;
        if (_db is not null && _db.Config.Plays(spec.Role))
        {
            if (_db.Config.Provider == "duckdb" && !_config.Files.ContainsKey(spec.Role))
            {
                if (Reduce(_db.DuckDbConnection(), "(" + _db.Sql(spec) + ")", _db.Name(spec), null, null, _db.Hash(spec), null) is { } fromDb)
                    return ([], fromDb);
            }
        }
        else if (LargeRevenueFile() is { } path)
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            var full = Path.GetFullPath(path).Replace("'", "''");
            // Only this file is read; DuckDB keeps under its memory limit (spilling to a temporary folder when it must), and numbers rows
            // in the file's order only for the rows it leaves to .NET.
            Execute(connection, $"{DbSource.DuckDbMemory} SET allowed_paths = ['{full}']; SET enable_external_access = false; "
                + "SET preserve_insertion_order = false;");
            var header = PlainHeader(path);
            // Nothing left to DuckDB's sniffer: no comment lines, no skipped lines.
            var csv = $"read_csv('{full}', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', comment = '', "
                + "skip = 0, strict_mode = true, null_padding = false)";
            if (header is not null && ScanCsv(path) is { } scan
                && Reduce(connection, csv, Path.GetFileName(path), path, header, scan.Sha256, scan.Lines) is { } fromCsv)
                return ([], fromCsv);
        }
        return (Read(spec, BuildRevenueLine)!, null);
    }

    private RevenueLine BuildRevenueLine(RowParser p)
    {
        var cost = p.Decimal("cost_to_serve");
        if (cost is not null) _hasCostToServe = true;
        return new RevenueLine(
            p.Pooled("account_id")!, p.Date("date") ?? default, p.Pooled("product_line")!, p.Decimal("amount") ?? 0,
            p.Text("order_id"), cost);
    }

    // The revenue CSV file the loader would read, when it is large enough to reduce and in a form DuckDB reads as .NET does (UTF-8).
    private string? LargeRevenueFile()
    {
        var enc = _config.GetEncoding();
        if (enc is not null && enc.CodePage != Encoding.UTF8.CodePage) return null;
        string? path;
        if (_config.Files.TryGetValue("revenue", out var configured))
        {
            path = Path.Combine(_dataDir, configured);
            if (!configured.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return null;
        }
        else
        {
            path = Directory.EnumerateFiles(_dataDir)
                .FirstOrDefault(f => string.Equals(Path.GetFileName(f), "revenue.csv", StringComparison.OrdinalIgnoreCase));
            // A workbook beside it may hold a revenue sheet too: the ordinary path says so.
            if (FindWorkbook() is not null) return null;
        }
        if (path is null || !File.Exists(path) || !SafePath.IsInside(path, _dataDir) || !SafePath.HasContent(path)) return null;
        return new FileInfo(SafePath.Real(path)).Length > _config.AggregateAboveMb * 1024L * 1024L ? path : null;
    }

    // The header of a CSV file when it is plain (no quotes): DuckDB names the columns of such a header exactly as written.
    private static string[]? PlainHeader(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[10_000];
        var n = reader.ReadBlock(buffer);
        var end = Array.IndexOf(buffer, '\n', 0, n);
        if (end < 0) return null;
        var line = new string(buffer, 0, end).TrimEnd('\r');
        return line.Contains('"') ? null : line.Split(',');
    }

    /// <summary>A large CSV file read once before DuckDB reads it: its physical lines and its SHA-256 (the manifest's).</summary>
    private sealed record CsvScan(long Lines, string Sha256);

    /// <summary>
    /// One pass over the file: its lines and hash, when DuckDB reads its fields as the .NET reader does, else null: text without
    /// NUL bytes (the .NET reader refuses binary), and every quote a field's own (opening right after a separator or a line break,
    /// closing right before one, or doubled inside), with no line break inside a quoted field (the .NET reader writes those as \n).
    /// Anything else is left to the .NET reader.
    /// </summary>
    private static CsvScan? ScanCsv(string path)
    {
        using var fs = new FileStream(SafePath.Real(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        bool open = false, afterClose = false;
        byte previous = (byte)'\n';
        long lines = 0;
        byte last = (byte)'\n';
        int n;
        while ((n = fs.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, n);
            if (span.IndexOf((byte)0) >= 0) return null;
            sha.AppendData(span);
            lines += span.Count((byte)'\n');
            last = span[n - 1];
            var i = 0;
            while (i < n)
            {
                // Outside quotes only a quote matters; inside, a quote or a line break.
                var next = open ? span[i..].IndexOfAny((byte)'"', (byte)'\n', (byte)'\r') : span[i..].IndexOf((byte)'"');
                if (afterClose)
                {
                    // The byte after a closing quote: a separator, a line break, the end, or a second quote (a doubled quote).
                    var b = span[i];
                    afterClose = false;
                    if (b == (byte)'"') { open = true; previous = b; i++; continue; }
                    if (b is not ((byte)',' or (byte)'\n' or (byte)'\r')) return null;
                }
                if (next < 0)
                {
                    previous = span[n - 1];
                    break;
                }
                var at = i + next;
                var c = span[at];
                if (c != (byte)'"') return null; // a line break inside a quoted field
                if (!open)
                {
                    var before = at > 0 ? span[at - 1] : previous;
                    if (before is not ((byte)',' or (byte)'\n' or (byte)'\r')) return null;
                    open = true;
                }
                else
                {
                    open = false;
                    afterClose = true;
                }
                previous = c;
                i = at + 1;
            }
        }
        // A last line without a line break counts.
        return open ? null : new CsvScan(last == (byte)'\n' ? lines : lines + 1, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>
    /// Reduces the relation <paramref name="relation"/> (a CSV scan or a source's query) inside DuckDB; null when the file is one the
    /// .NET reader must read itself (DuckDB refuses it, or a row it leaves to .NET would not get its true line).
    /// </summary>
    private RevenueSummary? Reduce(DbConnection connection, string relation, string displayName, string? csvPath, string[]? csvHeader,
        string hash, long? csvLines)
    {
        var spec = DataContract.Revenue;
        List<(string Name, string Type)> columns;
        try
        {
            columns = Query(connection, $"DESCRIBE SELECT * FROM {relation}", r => (r.GetString(0), r.GetString(1)));
        }
        catch (DbException) when (csvPath is not null)
        {
            return null;
        }
        catch (DbException e)
        {
            throw new KamException($"the query failed: {e.Message.Split('\n')[0].Trim()}", ExitCodes.Failed, displayName);
        }
        var header = csvHeader ?? columns.Select(c => c.Name).ToArray();
        if (header.Length != columns.Count) return null;
        var index = MapColumns(spec, header, displayName);

        // Each contract column as text (a database's dates and numbers written by DuckDB), or NULL when the file has none.
        string Col(string name) => index.TryGetValue(name, out var ix)
            ? $"CAST(\"{columns[ix.Index].Name.Replace("\"", "\"\"")}\" AS VARCHAR)"
            : "CAST(NULL AS VARCHAR)";
        bool Text(string name) => index.TryGetValue(name, out var ix) && columns[ix.Index].Type == "VARCHAR";
        // An id read from a database is the text .NET writes for its value: DuckDB writes the same only for text and integers
        // (a DOUBLE 100014 is 100014.0 to DuckDB, 100014 to .NET); an id of another type is left to .NET.
        bool Id(string name) => !index.TryGetValue(name, out var ix) || Text(name)
            || columns[ix.Index].Type is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT" or "USMALLINT"
                or "UINTEGER" or "UBIGINT";
        var culture = csvPath is null ? CultureInfo.InvariantCulture : _config.GetInputCulture();
        var sep = csvPath is null || culture.Name.Length == 0 ? "." : culture.NumberFormat.NumberDecimalSeparator;
        var negative = culture.NumberFormat.NegativeSign == "-";
        // The numbers .NET reads to the same value: up to 14 digits, a separator and up to 4 more (an 18-digit decimal DuckDB sums
        // at the speed of an integer), an optional leading minus (RE2
        // regular expressions: DuckDB runs them at the speed of the scan, where string functions cost seconds).
        string Number(string x, bool text)
        {
            var s = text ? sep : ".";
            if (s.Length != 1 || s is "'" or "-" || char.IsDigit(s[0])) return "false";
            return $"regexp_full_match({x}, '{(negative ? "-?" : "")}[0-9]{{1,14}}({System.Text.RegularExpressions.Regex.Escape(s)}[0-9]{{1,4}})?')";
        }
        string Value(string x, bool text) => $"TRY_CAST(replace({x}, '{(text ? sep : ".").Replace("'", "''")}', '.') AS DECIMAL(18,4))";
        // .NET's white space (char.IsWhiteSpace) in RE2: \s, \x0B, the Unicode separators and U+0085.
        const string space = @"[\s\pZ\x{85}\x0B]";
        const string solid = @"[^\s\pZ\x{85}\x0B]";
        string Blank(string x) => $"({x} IS NULL OR regexp_full_match({x}, '{space}*'))";
        string Trimmed(string x) => $"({x} IS NOT NULL AND regexp_full_match({x}, '{solid}(?s:.*{solid})?'))";

        var (a, d, p, amt, o, c) = (Col("account_id"), Col("date"), Col("product_line"), Col("amount"), Col("order_id"), Col("cost_to_serve"));
        var (amtText, costText) = (csvPath is not null || Text("amount"), csvPath is not null || Text("cost_to_serve"));
        // A date format other than ISO is read by .NET (it may read an ISO-looking text otherwise).
        var isoOnly = csvPath is null || _config.DateFormat is null
            || (_config.DateFormat == "yyyy-MM-dd" && culture.Calendar is GregorianCalendar);
        var today = _today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dateOk = isoOnly
            ? $"(regexp_full_match({d}, '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') AND TRY_CAST({d} AS DATE) BETWEEN DATE '1900-01-01' AND DATE '{today}')"
            : "false";
        var ids = Id("account_id") && Id("product_line") && Id("order_id") ? "true" : "false";
        var clean = $"coalesce({ids} AND {a} IN (SELECT id FROM kam_known_accounts) AND {dateOk} AND {Trimmed(p)} AND {Number(amt, amtText)} "
            + $"AND ({Blank(o)} OR {Trimmed(o)}) AND ({Blank(c)} OR {Number(c, costText)}), false)";

        Execute(connection, "CREATE OR REPLACE TEMP TABLE kam_known_accounts (id VARCHAR)");
        using (var appender = ((DuckDBConnection)connection).CreateAppender("kam_known_accounts"))
            foreach (var id in _accountIds) appender.CreateRow().AppendValue(id).EndRow();
        if (SqlTrace is not null)
            Trace("INSERT INTO kam_known_accounts VALUES " + string.Join(", ", _accountIds.Select(id => "('" + id.Replace("'", "''") + "')")));
        Execute(connection, $"""
            CREATE OR REPLACE TEMP VIEW kam_revenue AS
            SELECT kam_clean, a, p, o, TRY_CAST(d AS DATE) AS dt, {Value("amt", amtText)} AS v,
                   CASE WHEN {Blank("c")} THEN NULL ELSE {Value("c", costText)} END AS cv
            FROM (SELECT {clean} AS kam_clean, {a} AS a, {d} AS d, {p} AS p, {amt} AS amt,
                         CASE WHEN {Blank(o)} THEN NULL ELSE {o} END AS o, {c} AS c FROM {relation})
            """);

        var builder = new RevenueSummary.Builder();
        long clean0 = 0, slow = 0;
        var hasCost = false;
        try
        {
            // One pass over the rows: per account, month and product line (the rows left to .NET make one group without a key),
            // and per account and order with positive rows (its first and last month and its months as bits of month mod 64).
            Execute(connection, """
                CREATE OR REPLACE TEMP TABLE kam_revenue_groups AS
                SELECT GROUPING(po) = 1 AS cell, a, m, p, po,
                       sum(CASE WHEN v > 0 THEN v ELSE 0 END) AS pos, sum(CASE WHEN v > 0 THEN 0 ELSE v END) AS oth,
                       bool_or(v > 0) AS haspos, sum(cv) AS cost, count(cv) AS ncost, min(dt) AS first, max(dt) AS last,
                       count(*) FILTER (WHERE v > 0 AND o IS NULL) AS anon, count(*) AS n,
                       min(m) AS mn, max(m) AS mx, bit_or(1::UBIGINT << (m % 64)::INTEGER) AS bits
                FROM (SELECT CASE WHEN kam_clean THEN a END AS a, CASE WHEN kam_clean THEN p END AS p,
                             CASE WHEN kam_clean THEN year(dt) * 12 + month(dt) - 1 END AS m,
                             CASE WHEN kam_clean AND v > 0 THEN o END AS po, o, dt, v, cv FROM kam_revenue)
                GROUP BY GROUPING SETS ((a, m, p), (a, po))
                """);
            foreach (var (cell, rows) in Query(connection, """
                SELECT a, m, p, pos, oth, haspos, cost, ncost, first, last, anon, n FROM kam_revenue_groups WHERE cell
                """, r => r.IsDBNull(0) ? ((RevenueCell?)null, r.GetInt64(11)) : (new RevenueCell(r.GetString(0),
                    Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), r.GetString(2),
                    r.GetDecimal(3), r.GetDecimal(4), r.GetBoolean(5), r.GetInt64(7) > 0 ? r.GetDecimal(6) : null,
                    r.GetFieldValue<DateOnly>(8), r.GetFieldValue<DateOnly>(9), (int)r.GetInt64(10)), r.GetInt64(11))))
            {
                if (cell is null)
                {
                    slow += rows;
                    continue;
                }
                clean0 += rows;
                hasCost |= cell.Cost is not null;
                builder.Add(cell, rows);
            }
            // Distinct orders: the orders of an account with the same months count together. Within 64 months of its first, an
            // order's months are its bits; an order spanning more (years of positive rows under one id) lists them.
            foreach (var (account, first, last, bits, count) in Query(connection, """
                SELECT a, mn, mx, bits, count(*) FROM kam_revenue_groups WHERE NOT cell AND po IS NOT NULL AND mx - mn < 64
                GROUP BY ALL
                """, r => (r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                    Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), r.GetValue(3) is System.Numerics.BigInteger big ? (ulong)big : Convert.ToUInt64(r.GetValue(3), CultureInfo.InvariantCulture),
                    (int)r.GetInt64(4))))
                builder.AddOrders(account, Enumerable.Range(first, last - first + 1).Where(m => (bits >> (m % 64) & 1) == 1), count);
            var spanning = Query(connection, "SELECT count(*) FROM kam_revenue_groups WHERE NOT cell AND po IS NOT NULL AND mx - mn >= 64",
                r => r.GetInt64(0))[0];
            if (spanning > 0)
            foreach (var (account, months) in Query(connection, """
                SELECT a, list(DISTINCT year(dt) * 12 + month(dt) - 1) FROM kam_revenue
                WHERE kam_clean AND v > 0 AND (a, o) IN (SELECT (a, po) FROM kam_revenue_groups WHERE NOT cell AND mx - mn >= 64)
                GROUP BY a, o
                """, r => (r.GetString(0), ((System.Collections.IEnumerable)r.GetValue(1)).Cast<object>().Select(Convert.ToInt32).ToArray())))
                builder.AddOrders(account, months, 1);
            Execute(connection, "DROP TABLE kam_revenue_groups");
        }
        catch (DbException) when (csvPath is not null)
        {
            // A file DuckDB will not read as the contract's CSV (a row with other fields than the header, bytes that are not UTF-8,
            // an unbalanced quote): the .NET reader reads it and reports each such row by its line.
            return null;
        }
        catch (DbException e)
        {
            throw new KamException($"the query failed: {e.Message.Split('\n')[0].Trim()}", ExitCodes.Failed, displayName);
        }

        if (slow > 0)
        {
            // A row's line is its record number plus the header's, which holds while no record spans lines and no line is blank.
            if (csvLines is { } physical && physical != clean0 + slow + 1) return null;
            var lines = SlowRows(connection, relation, clean, displayName,
                csvPath is null ? displayName : Path.GetRelativePath(_dataDir, csvPath), csvPath is not null, header, hash);
            MergeOrders(connection, builder, lines);
            foreach (var l in lines) builder.Add(l);
            hasCost |= lines.Any(l => l.CostToServe is not null);
            _files[^1] = _files[^1] with { Rows = (int)Math.Min(int.MaxValue, clean0 + slow), Reduced = true };
        }
        else
        {
            _files.Add(new InputFile(spec.Role, csvPath is null ? displayName : Path.GetRelativePath(_dataDir, csvPath), hash,
                (int)Math.Min(int.MaxValue, clean0), 0) { Reduced = true });
        }
        if (hasCost) _hasCostToServe = true;
        return builder.Build();
    }

    // The rows DuckDB left to .NET, in the order of the source, parsed and checked as any row is: problems reported with their lines.
    private List<RevenueLine> SlowRows(DbConnection connection, string relation, string clean, string displayName, string displayPath,
        bool csv, string[] header, string hash)
    {
        if (csv) Execute(connection, "SET preserve_insertion_order = true");
        var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT * EXCLUDE (kam_clean) FROM (SELECT *, row_number() OVER () AS kam_rn, {clean} AS kam_clean FROM {relation})
            WHERE NOT kam_clean ORDER BY kam_rn
            """;
        using var reader = new NumberedRows(new DbTableReader(cmd, cmd.ExecuteReader(), displayName), header, csv);
        return ReadTable(DataContract.Revenue, reader, null, displayPath, (p, _) => BuildRevenueLine(p), false, null, hash);
    }

    // An order with rows DuckDB reduced and rows .NET read is one order: its reduced months are taken out of their group and joined
    // with the months .NET found.
    private static void MergeOrders(DbConnection connection, RevenueSummary.Builder builder, List<RevenueLine> lines)
    {
        var orders = lines.Where(l => l.Amount > 0 && l.OrderId is not null).Select(l => (l.AccountId, l.OrderId!)).Distinct().ToArray();
        if (orders.Length == 0) return;
        Execute(connection, "CREATE OR REPLACE TEMP TABLE kam_slow_orders (a VARCHAR, o VARCHAR)");
        using (var appender = ((DuckDBConnection)connection).CreateAppender("kam_slow_orders"))
            foreach (var (a, o) in orders) appender.CreateRow().AppendValue(a).AppendValue(o).EndRow();
        foreach (var (a, o, months) in Query(connection, """
            SELECT a, o, list(DISTINCT year(dt) * 12 + month(dt) - 1) FROM kam_revenue JOIN kam_slow_orders USING (a, o)
            WHERE kam_clean AND v > 0 GROUP BY a, o
            """, r => (r.GetString(0), r.GetString(1), ((System.Collections.IEnumerable)r.GetValue(2)).Cast<object>().Select(Convert.ToInt32)
                .Order().ToArray())))
        {
            builder.AddOrders(a, months, -1);
            builder.AddOrderMonths(a, o, months);
        }
    }

    // KAM_REDUCE_SQL: a file that receives every statement of the reduction (scripts/bench-sources runs them in DuckDB alone, to
    // compare kam with the engine doing the same work).
    private static readonly string? SqlTrace = Environment.GetEnvironmentVariable("KAM_REDUCE_SQL");

    private static void Trace(string sql)
    {
        if (SqlTrace is { Length: > 0 } file) File.AppendAllText(file, sql.Trim().TrimEnd(';') + ";\n-- kam\n");
    }

    private static void Execute(DbConnection connection, string sql)
    {
        Trace(sql);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static List<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        Trace(sql);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        while (r.Read()) rows.Add(read(r));
        return rows;
    }

    /// <summary>The rows DuckDB left to .NET, each with its line in the source (the last column, kam_rn, is its record number).</summary>
    private sealed class NumberedRows(DbTableReader rows, string[] header, bool csv) : ITableReader
    {
        public string DisplayName => rows.DisplayName;
        // A CSV file's text is read in the configured culture, a database's values as they are typed.
        public bool Canonical => !csv;
        public string[]? Header => header;
        public object?[]? Typed { get; private set; }

        public bool TryRead(out int line, out string[] fields)
        {
            if (!rows.TryRead(out _, out var all))
            {
                line = 0;
                fields = [];
                return false;
            }
            var n = header.Length;
            line = (int)(Convert.ToInt64(rows.Typed![n], CultureInfo.InvariantCulture) + (csv ? 1 : 0));
            fields = all[..n];
            Typed = csv ? null : rows.Typed[..n];
            if (csv) for (var i = 0; i < n; i++) fields[i] ??= "";
            return true;
        }

        public void Dispose() => rows.Dispose();
    }
}
