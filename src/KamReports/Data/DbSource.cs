using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KamReports.Config;

namespace KamReports.Data;

/// <summary>
/// The database of config <c>source</c>: one connection per load, opened on first use, one query per role.
/// Database errors (refused, login, query, timeout) become one-line <see cref="KamException"/>s; the password never leaves the
/// connection string.
/// </summary>
internal sealed class DbSource(SourceConfig config, string dataDir) : IDisposable
{
    private DbConnection? _connection;
    // PostgreSQL and SQL Server read inside one transaction that is never committed (read-only where the server has it).
    private DbTransaction? _transaction;

    public SourceConfig Config => config;

    /// <summary>Where the data came from, for the manifest: provider, host, database; no user, no password.</summary>
    public string Describe()
    {
        var b = new DbConnectionStringBuilder { ConnectionString = ConnectionString() };
        string? Get(params string[] keys) => keys
            .Select(k => b.TryGetValue(k, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null)
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var host = Get("Host", "Server", "Data Source", "DataSource", "Address");
        var db = Get("Database", "Initial Catalog");
        return config.Provider + (host is null ? "" : " " + host) + (db is null ? "" : "/" + db);
    }

    /// <summary>
    /// DuckDB's memory for kam: a large revenue file is reduced in a bounded amount (DuckDB spills to a temporary folder of its own
    /// beyond it), so a run of ten million lines stays under 1 GB.
    /// </summary>
    public static string DuckDbMemory =>
        $"SET memory_limit = '400MB'; SET temp_directory = '{Path.Combine(Path.GetTempPath(), $"kam-duckdb-{Environment.ProcessId}").Replace("'", "''")}';";

    /// <summary>The DuckDB connection of a duckdb source (the revenue role is reduced on it).</summary>
    public DbConnection DuckDbConnection() => config.Provider == "duckdb"
        ? Connection()
        : throw new InvalidOperationException("not a duckdb source");

    /// <summary>The role's query, or a SELECT of its table.</summary>
    public string Sql(FileSpec spec) => config.Queries.TryGetValue(spec.Role, out var q) ? q : "SELECT * FROM " + config.Tables[spec.Role];

    /// <summary>The role's source as problems name it: <c>duckdb query [revenue]</c>, <c>postgres table crm.sales [revenue]</c>.</summary>
    public string Name(FileSpec spec) =>
        $"{config.Provider} {(config.Queries.ContainsKey(spec.Role) ? "query" : "table " + config.Tables[spec.Role])} [{spec.Role}]";

    /// <summary>The result of the role's table or query as a table of rows.</summary>
    public ITableReader Open(FileSpec spec)
    {
        var sql = Sql(spec);
        var name = Name(spec);
        var connection = Connection();
        try
        {
            var cmd = connection.CreateCommand();
            cmd.Transaction = _transaction;
            cmd.CommandText = sql;
            cmd.CommandTimeout = config.TimeoutSeconds;
            // timeout_seconds is for the whole query, rows included: a result that trickles in is cancelled when it runs out.
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var deadline = new Timer(_ => Cancel(cmd), null, TimeSpan.FromSeconds(config.TimeoutSeconds), Timeout.InfiniteTimeSpan);
            try
            {
                return new DbTableReader(cmd, cmd.ExecuteReader(), name, deadline, config.TimeoutSeconds, started);
            }
            catch
            {
                deadline.Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            throw Fail(e, spec.Role);
        }
    }

    /// <summary>
    /// A stable fingerprint of what a role reads (the provider, source and SQL), recorded in the manifest in place of a file hash.
    /// </summary>
    public string Hash(FileSpec spec)
    {
        var sql = config.Queries.TryGetValue(spec.Role, out var q) ? q : "table " + config.Tables[spec.Role];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Describe() + "\n" + sql)));
    }

    private string ConnectionString()
    {
        var cs = RawConnectionString();
        try
        {
            // key=value pairs, as every provider here reads them: a URI (postgresql://...) or an unterminated quote is the user's to fix.
            _ = new DbConnectionStringBuilder { ConnectionString = cs };
        }
        catch (ArgumentException)
        {
            var key = config.ConnectionEnv is { } env ? $"the connection string in {env}" : "source.connection";
            throw new KamException($"{key} is not a connection string of key=value pairs separated by ; (for example "
                + "Host=db;Database=crm;Username=kam;Password=...): check its quotes, and write a URI as key=value pairs", ExitCodes.Usage);
        }
        return cs;
    }

    private string RawConnectionString()
    {
        if (config.ConnectionEnv is { } env)
        {
            return Environment.GetEnvironmentVariable(env) is { Length: > 0 } v
                ? v
                : throw new KamException(
                    $"source.connection_env names {env}, but that environment variable is not set: export {env}=\"<connection string>\"",
                    ExitCodes.Usage);
        }
        return config.Connection ?? (config.Provider == "duckdb"
            ? "Data Source=:memory:"
            : throw new KamException("source needs a connection", ExitCodes.Usage));
    }

    private DbConnection Connection()
    {
        if (_connection is not null) return _connection;
        var cs = ConnectionString();
        try
        {
            _connection = config.Provider switch
            {
                // A server that never answers is given timeout_seconds to connect too (not the driver's own 15 s).
                "postgres" => new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(cs)
                {
                    CommandTimeout = config.TimeoutSeconds, Timeout = Math.Min(config.TimeoutSeconds, 1024),
                }.ConnectionString),
                "sqlserver" => new Microsoft.Data.SqlClient.SqlConnection(
                    new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(cs) { ConnectTimeout =
                        config.TimeoutSeconds }.ConnectionString),
                "sqlite" => new Microsoft.Data.Sqlite.SqliteConnection(Sqlite(cs)),
                _ => new DuckDB.NET.Data.DuckDBConnection(DuckDb(cs)),
            };
            _connection.Open();
            if (config.Provider == "postgres")
            {
                // Read-only for the whole session too: a transaction ended inside a query would start another read-only one.
                using var session = _connection.CreateCommand();
                session.CommandText = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
                session.ExecuteNonQuery();
            }
            if (config.Provider is "postgres" or "sqlserver")
            {
                _transaction = _connection.BeginTransaction();
                if (config.Provider == "postgres")
                {
                    using var readOnly = _connection.CreateCommand();
                    readOnly.Transaction = _transaction;
                    readOnly.CommandText = "SET TRANSACTION READ ONLY";
                    readOnly.ExecuteNonQuery();
                }
            }
            if (config.Provider == "duckdb")
            {
                // Relative paths in queries (read_parquet('revenue/*.parquet')) are read from the data folder, and nothing outside it is:
                // external access is switched off except for the data folder (the setting cannot be switched back on by a query).
                var dir = Path.GetFullPath(dataDir).TrimEnd(Path.DirectorySeparatorChar).Replace("'", "''");
                using var cmd = _connection.CreateCommand();
                // DuckDB checks a relative path as written: the data folder's own entries are allowed by name too.
                static string List(IEnumerable<string> items) => string.Join(", ", items.Select(e => "'" + e.Replace("'", "''") + "'"));
                // DuckDB opens a relative name against the working directory first: a name that also exists there (a data folder
                // holding etc/, run from /) is not allowed by name, so it can only mean the data folder's entry by its full path.
                var folders = Directory.EnumerateDirectories(dataDir)
                    .Select(e => Path.GetFileName(e))
                    .Where(e => !e.StartsWith('.') && !ClashesWithWorkingDirectory(e))
                    .Select(e => e + "/");
                var files = Directory.EnumerateFiles(dataDir)
                    .Select(Path.GetFileName)
                    .OfType<string>()
                    .Where(e => !e.StartsWith('.') && !ClashesWithWorkingDirectory(e));
                cmd.CommandText = $"{DuckDbMemory} SET file_search_path = '{dir}'; "
                    + $"SET allowed_directories = [{List(folders.Prepend(dir + "/"))}]; "
                    + $"SET allowed_paths = [{List(files)}]; "
                    + "SET enable_external_access = false; SET lock_configuration = true;";
                cmd.ExecuteNonQuery();
            }
            return _connection;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or TimeoutException
            or System.Net.Sockets.SocketException)
        {
            _connection?.Dispose();
            _connection = null;
            throw Fail(e, null);
        }
    }

    // A database file named relative to the data folder is read there, like every input.
    private string InDataFolder(string cs, string key)
    {
        var b = new DbConnectionStringBuilder { ConnectionString = cs };
        if (b.TryGetValue(key, out var v) && Convert.ToString(v, CultureInfo.InvariantCulture) is { } file) b[key] = DataFolderFile(file);
        return b.ConnectionString;
    }

    // A database file named relative to the data folder is read there; one outside it (links resolved) is refused.
    private string DataFolderFile(string file)
    {
        if (file.Length == 0 || file == ":memory:") return file;
        var path = Path.IsPathRooted(file) ? file : Path.Combine(dataDir, file);
        if (!SafePath.IsInside(path, dataDir))
        {
            throw new KamException(
                $"the {config.Provider} database file \"{file}\" lies outside the data folder {dataDir}; only files inside it are read",
                ExitCodes.Usage);
        }
        return path;
    }

    private bool ClashesWithWorkingDirectory(string name)
    {
        var there = Path.Combine(Environment.CurrentDirectory, name);
        if (!File.Exists(there) && !Directory.Exists(there)) return false;
        return !string.Equals(SafePath.Real(there), SafePath.Real(Path.Combine(dataDir, name)), StringComparison.Ordinal);
    }

    private static void Cancel(DbCommand cmd)
    {
        try
        {
            cmd.Cancel();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ObjectDisposedException or NotSupportedException)
        {
            // Finished or closed meanwhile (or a driver that cannot cancel): nothing to cancel.
        }
    }

    // SQLite's own builder reads every synonym of the file key (Data Source, DataSource, Filename): the file is checked whatever
    // the spelling, and the connection is read-only.
    private string Sqlite(string cs)
    {
        var b = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs);
        b.DataSource = DataFolderFile(b.DataSource ?? "");
        b.Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly;
        return b.ConnectionString;
    }

    private string DuckDb(string cs)
    {
        var b = new DbConnectionStringBuilder { ConnectionString = cs };
        if (!b.ContainsKey("Data Source") && !b.ContainsKey("DataSource")) b["Data Source"] = ":memory:";
        return InDataFolder(b.ConnectionString, b.ContainsKey("DataSource") ? "DataSource" : "Data Source");
    }

    // One line: what failed, the database's own message, and where to look. Never the connection string.
    private KamException Fail(Exception e, string? role)
    {
        var inner = e;
        while (inner.InnerException is not null && inner.Message.Length < 20) inner = inner.InnerException;
        var message = inner.Message.Split('\n')[0].Trim();
        var timeout = e is TimeoutException
            || e.InnerException is TimeoutException
            || message.Contains("timeout", StringComparison.OrdinalIgnoreCase)
            || message.Contains("canceling statement", StringComparison.OrdinalIgnoreCase);
        var what = role is null
            ? $"cannot connect to the {config.Provider} source ({Describe()})"
            : $"the {config.Provider} query for {role} failed";
        var hint = timeout ? $" (timed out after {config.TimeoutSeconds} s: raise source.timeout_seconds)" : "";
        return new KamException($"{what}: {message}{hint}", ExitCodes.Failed);
    }

    public void Dispose()
    {
        // Nothing a query did is kept: the transaction is rolled back (it was read-only where the server has that).
        try
        {
            _transaction?.Rollback();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The connection is gone already: nothing to undo.
        }
        _transaction?.Dispose();
        _connection?.Dispose();
    }
}

/// <summary>
/// A query result as a table: its column names as the header, each value written invariantly (dates ISO), like an xlsx sheet.
/// </summary>
internal sealed class DbTableReader(
    DbCommand command, DbDataReader reader, string name, Timer? deadline = null, int timeoutSeconds = 0, long started = 0) : ITableReader
{

    // Text columns are read as strings; dates and numbers stay typed and reach the parser without a round trip through text.
    private readonly bool[] _text = Enumerable.Range(0, reader.FieldCount)
        .Select(i => reader.GetFieldType(i) == typeof(string))
        .ToArray();
    private object?[]? _typed;
    private int _row;

    public object?[]? Typed => _typed;

    public string DisplayName => name;
    public bool Canonical => true;
    public string[]? Header { get; } = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();

    public bool TryRead(out int line, out string[] fields)
    {
        try
        {
            if (!reader.Read())
            {
                line = 0;
                fields = [];
                return false;
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or OperationCanceledException)
        {
            var late = timeoutSeconds > 0 && (e is OperationCanceledException || e.InnerException is TimeoutException
                || System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds >= timeoutSeconds);
            throw new KamException(late
                ? $"the query timed out after {timeoutSeconds} s (after row {_row}): raise source.timeout_seconds"
                : $"reading the result failed after row {_row}: {e.Message.Split('\n')[0].Trim()}", ExitCodes.Failed, name);
        }
        line = ++_row;
        fields = new string[reader.FieldCount];
        _typed = new object?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (reader.IsDBNull(i)) fields[i] = "";
            else if (_text[i]) fields[i] = reader.GetString(i);
            else
            {
                var v = Value(i);
                if (v is UnreadableValue)
                {
                    _typed[i] = v;
                    fields[i] = null!;
                }
                else if (v is DateTime or DateOnly or decimal or double or float or int or long or short or byte or bool)
                {
                    _typed[i] = v;
                    fields[i] = null!;
                }
                else
                {
                    fields[i] = InvariantText.Of(v);
                }
            }
        }
        return true;
    }

    // A value .NET cannot hold (numeric beyond decimal, a date before year 1 or after 9999) costs its row, not the run.
    private object Value(int i)
    {
        try
        {
            return reader.GetValue(i);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or ArgumentOutOfRangeException or FormatException)
        {
            string text;
            try
            {
                text = Convert.ToString(reader.GetProviderSpecificValue(i), CultureInfo.InvariantCulture) ?? "";
            }
            catch (Exception inner) when (inner is InvalidCastException or OverflowException or ArgumentOutOfRangeException
                or FormatException or NotSupportedException)
            {
                text = "";
            }
            return new UnreadableValue(text, $"out of range for its type ({e.Message.Split('\n')[0].Trim()})");
        }
    }

    public void Dispose()
    {
        deadline?.Dispose();
        reader.Dispose();
        command.Dispose();
    }
}
