using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KamReports.Config;
using KamReports.Data;
using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 17: the contract's roles read from PostgreSQL, SQLite and DuckDB (Parquet) give the same kpis.csv as the CSV folder.</summary>
public class SqlSourceTests
{
    private static readonly string[] Roles = DataContract.RoleNames.ToArray();

    private static async Task<(string Kpis, KamReports.Records.DataSet Data)> Kpis(string dataDir)
    {
        using var outRoot = new TempDir();
        var result = await new GenerateRunner(new GenerateOptions { DataDir = dataDir, OutRoot = outRoot.Path, TemplatesDir = Repo.Templates, SkipPdf = true, SkipWorkbook = true }, NullProgress.Instance).RunAsync();
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var kpis = File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", "kpis.csv"));
        Assert.Contains("ACC-0001", kpis);
        return (kpis, result.Data);
    }

    private static string Baseline { get; } = Kpis(Repo.SampleData).GetAwaiter().GetResult().Kpis;

    private static string SourceJson(string provider, string connection, Func<string, string> query, bool requiredOnly = false) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["source"] = new Dictionary<string, object>
            {
                ["provider"] = provider, ["connection"] = connection,
                ["queries"] = Roles.Where(r => File.Exists(Path.Combine(Repo.SampleData, r + ".csv")) && (!requiredOnly || DataContract.Find(r)!.Required)).ToDictionary(r => r, query),
            },
        });

    [Fact]
    public async Task Sqlite_tables_give_the_same_kpis_as_the_csv_folder()
    {
        using var dir = new TempDir();
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dir.Path, "crm.db")}"))
        {
            db.Open();
            SqlLoad.Csvs(db, Repo.SampleData, typed: false);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var tables = Roles.Where(r => File.Exists(Path.Combine(Repo.SampleData, r + ".csv"))).ToDictionary(r => r, r => r);
        dir.File("kam.json", System.Text.Json.JsonSerializer.Serialize(new { source = new { provider = "sqlite", connection = "Data Source=crm.db", tables } }));
        var (kpis, data) = await Kpis(dir.Path);
        Assert.Equal(Baseline, kpis);
        Assert.Equal("sqlite crm.db", data.Source);
        Assert.All(data.Files, f => Assert.StartsWith("sqlite table ", f.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duckdb_over_parquet_files_gives_the_same_kpis_as_the_csv_folder()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "parquet"));
        using (var duck = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:"))
        {
            duck.Open();
            foreach (var role in Roles.Where(r => File.Exists(Path.Combine(Repo.SampleData, r + ".csv"))))
                SqlLoad.Exec(duck, $"COPY (SELECT * FROM read_csv('{Path.Combine(Repo.SampleData, role + ".csv")}', header = true)) TO '{Path.Combine(dir.Path, role == "revenue" ? "" : "parquet", role + ".parquet")}' (FORMAT parquet)");
        }
        // Relative paths in the queries are read from the data folder: a file of its own (revenue) or one in a folder of it.
        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r == "revenue" ? "select * from read_parquet('revenue.parquet')" : $"select * from read_parquet('parquet/{r}.parquet')"));
        var (kpis, data) = await Kpis(dir.Path);
        Assert.Equal(Baseline, kpis);
        Assert.Equal(6392, data.Revenue.Count);
    }

    [Fact]
    public void A_bad_row_of_a_query_names_role_row_column_and_value_and_database_errors_are_one_line()
    {
        using var dir = new TempDir();
        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r switch
        {
            "accounts" => "select 'A1' as account_id, 'Acme' as name union all select 'A2', 'Beta'",
            "revenue" => "select * from (values ('A1', '2026-07-01', 'P1', '100.0'), ('A2', '2026-07-02', 'P1', 'lots')) t(account_id, date, product_line, amount)",
            // Typed values (a DATE, integers) reach the parser as they are; 11 is out of the nps range.
            "satisfaction" => "select 'A1' as account_id, DATE '2026-07-01' as date, 9 as nps union all select 'A1', DATE '2026-08-01', 11",
            _ => "select 1",
        }, requiredOnly: true));
        var data = DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path), new DateOnly(2026, 11, 24));
        Assert.Equal(2, data.Problems.Count);
        var p = data.Problems.Single(x => x.File == "duckdb query [revenue]");
        Assert.Equal((2, "amount", "lots"), (p.Line, p.Column, p.Value));
        var nps = data.Problems.Single(x => x.File == "duckdb query [satisfaction]");
        Assert.Equal((2, "nps", "11"), (nps.Line, nps.Column, nps.Value));
        Assert.StartsWith("out of range", nps.Reason);
        Assert.Single(data.Revenue);
        Assert.Equal((new DateOnly(2026, 7, 1), 9), (data.Satisfaction.Single().Date, data.Satisfaction.Single().Nps!.Value));

        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r == "accounts" ? "select nope from nowhere" : "select 1"));
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Failed, e.ExitCode);
        Assert.StartsWith("the duckdb query for accounts failed: ", e.Message);
        Assert.Contains("nowhere", e.Message);
        Assert.DoesNotContain("\n", e.Message);

        // A DuckDB query reads the data folder only: a file elsewhere is refused by DuckDB itself.
        Directory.CreateDirectory(Path.Combine(dir.Path, "lake"));
        foreach (var escape in new[] { "/etc/passwd", "lake/../../../../../../etc/passwd", "../../../../../../etc/passwd" })
        {
            dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r == "accounts" ? $"select * from read_csv('{escape}')" : "select 1"));
            var outside = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
            Assert.StartsWith("the duckdb query for accounts failed: ", outside.Message);
            Assert.DoesNotContain("root:", outside.Message);
        }

        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r == "accounts" ? "select 'A1' as account_id" : "select 1"));
        Assert.Contains("missing required column \"name\"", Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path))).Message);

        // No server on this port: connection refused, one line, exit code 1, no password in it.
        var port = Ports.Free();
        dir.File("kam.json", SourceJson("postgres", $"Host=127.0.0.1;Port={port};Username=kam;Password=s3cret;Database=crm;Timeout=3", r => "select 1"));
        var refused = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Failed, refused.ExitCode);
        Assert.StartsWith($"cannot connect to the postgres source (postgres 127.0.0.1/crm): ", refused.Message);
        Assert.DoesNotContain("s3cret", refused.Message);

        // A database file outside the data folder is not opened.
        dir.File("kam.json", SourceJson("sqlite", "Data Source=../elsewhere.db", r => "select 1"));
        var file = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Usage, file.ExitCode);
        Assert.Contains("outside the data folder", file.Message);

        // connection_env names a variable that is not set: a usage error naming it.
        dir.File("kam.json", """{ "source": { "provider": "postgres", "connection_env": "KAM_TEST_UNSET_DB", "tables": { "accounts": "crm.accounts" } } }""");
        var unset = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Usage, unset.ExitCode);
        Assert.Contains("KAM_TEST_UNSET_DB", unset.Message);
        Assert.Contains("not a table name", Assert.Throws<KamException>(() => ConfigLoader.Parse("""{ "source": { "provider": "sqlite", "tables": { "accounts": "x; drop table y" } } }""", "kam.json")).Message);
    }

    [Fact]
    public async Task Postgres_server_gives_the_same_kpis_as_the_csv_folder_and_the_manifest_records_the_source_without_password()
    {
        await using var pg = await PostgresServer.StartAsync();
        await using (var db = new Npgsql.NpgsqlConnection(pg.ConnectionString("postgres")))
        {
            await db.OpenAsync();
            SqlLoad.Exec(db, "CREATE DATABASE crm");
        }
        await using (var db = new Npgsql.NpgsqlConnection(pg.ConnectionString("crm")))
        {
            await db.OpenAsync();
            SqlLoad.Exec(db, "CREATE SCHEMA erp");
            SqlLoad.Exec(db, "SET search_path TO erp");
            SqlLoad.Csvs(db, Repo.SampleData, typed: true);
        }
        using var dir = new TempDir();
        var env = "KAM_TEST_DB_" + Environment.ProcessId;
        Environment.SetEnvironmentVariable(env, pg.ConnectionString("crm") + ";Password=not-needed-with-trust");
        try
        {
            // Tables for most roles, a query for revenue (as an ERP's invoice lines would be read).
            var roles = Roles.Where(r => File.Exists(Path.Combine(Repo.SampleData, r + ".csv"))).ToArray();
            var tables = roles.Where(r => r != "revenue").ToDictionary(r => r, r => "erp." + r);
            var queries = new Dictionary<string, string> { ["revenue"] = "select account_id, date, product_line, amount, order_id, cost_to_serve from erp.revenue" };
            dir.File("kam.json", System.Text.Json.JsonSerializer.Serialize(new { source = new { provider = "postgres", connection_env = env, tables, queries } }));
            using var outRoot = new TempDir();
            var result = await new GenerateRunner(new GenerateOptions { DataDir = dir.Path, OutRoot = outRoot.Path, TemplatesDir = Repo.Templates, SkipPdf = true, SkipWorkbook = true }, NullProgress.Instance).RunAsync();
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Equal(Baseline, File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", "kpis.csv")));
            var manifest = File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", "manifest.json"));
            Assert.Contains($"\"source\": \"postgres 127.0.0.1/crm\"", manifest);
            Assert.Contains("\"path\": \"postgres query [revenue]\"", manifest);
            Assert.Contains("\"path\": \"postgres table erp.accounts [accounts]\"", manifest);
            Assert.DoesNotContain("not-needed-with-trust", manifest);

            // A login the server refuses: one line with the server's reason, exit code 1.
            dir.File("kam.json", System.Text.Json.JsonSerializer.Serialize(new
            {
                source = new { provider = "postgres", connection = pg.ConnectionString("crm").Replace("Username=postgres", "Username=kam_nobody"), tables = new Dictionary<string, string> { ["accounts"] = "erp.accounts" } },
            }));
            var login = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
            Assert.Equal(ExitCodes.Failed, login.ExitCode);
            Assert.StartsWith("cannot connect to the postgres source (postgres 127.0.0.1/crm): ", login.Message);
            Assert.Contains("kam_nobody", login.Message);

            // A query that runs longer than source.timeout_seconds stops the run with one line that says so.
            dir.File("kam.json", System.Text.Json.JsonSerializer.Serialize(new
            {
                source = new { provider = "postgres", connection_env = env, timeout_seconds = 1, queries = new Dictionary<string, string> { ["accounts"] = "select account_id, name from erp.accounts, pg_sleep(5)" } },
            }));
            var slow = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
            Assert.Equal(ExitCodes.Failed, slow.ExitCode);
            Assert.StartsWith("the postgres query for accounts failed: ", slow.Message);
            Assert.Contains("timed out after 1 s", slow.Message);
            Assert.DoesNotContain("\n", slow.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(env, null);
        }
    }

}

/// <summary>A throw-away PostgreSQL server (Debian's postgresql package) on a free local port, run as the postgres user when the tests run as root.</summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _dir;
    private readonly string _bin;
    private readonly bool _asPostgres;

    private PostgresServer(string dir, string bin, int port, bool asPostgres)
    {
        _dir = dir;
        _bin = bin;
        Port = port;
        _asPostgres = asPostgres;
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=15";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        Assert.True(bin is not null, "PostgreSQL is not installed: scripts/test installs Debian's postgresql package (scripts/setup-system.sh --tests)");
        var root = Environment.UserName == "root";
        var dir = Path.Combine(Path.GetTempPath(), "kam-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        if (root) await Run("chown", "postgres:postgres", dir);
        var server = new PostgresServer(dir, bin!, Ports.Free(), root);
        await server.As(Path.Combine(bin!, "initdb"), "-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await server.As(Path.Combine(bin!, "pg_ctl"), "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return server;
    }

    private Task As(params string[] args) => _asPostgres ? Run("runuser", ["-u", "postgres", "--", .. args]) : Run(args[0], args[1..]);

    private static async Task Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {await stderr}{await stdout}");
    }

    public async ValueTask DisposeAsync()
    {
        try { await As(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"); }
        finally { try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { } }
    }
}
