using KamReports.Config;
using KamReports.Data;
using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>
/// Issue 17: the contract's roles read from SQLite and DuckDB (Parquet) give the same kpis.csv as the CSV folder
/// (PostgreSQL, which needs a server, is tested in KamReports.EndToEnd).
/// </summary>
public class SqlSourceTests
{
    private static string SourceJson(string provider, string connection, Func<string, string> query, bool requiredOnly = false) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["source"] = new Dictionary<string, object>
            {
                ["provider"] = provider, ["connection"] = connection,
                ["queries"] = SourceKpis.SampleRoles.Where(r => !requiredOnly || DataContract.Find(r)!.Required).ToDictionary(r => r,
                    query),
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
        var tables = SourceKpis.SampleRoles.ToDictionary(r => r, r => r);
        dir.File("kam.json",
            System.Text.Json.JsonSerializer.Serialize(new { source = new { provider = "sqlite", connection = "Data Source=crm.db",
            tables } }));
        var (kpis, data) = await SourceKpis.RunAsync(dir.Path);
        Assert.Equal(SourceKpis.Baseline, kpis);
        Assert.Equal("sqlite crm.db", data.Source);
        // A plan file read from a table: the same asks as the CSV file (dates and decimals from text columns).
        var csv = DataLoader.Load(Repo.SampleData, ConfigLoader.Load(null, Repo.SampleData));
        Assert.Equal(csv.Asks!, data.Asks!);
        // And the programme: tactics in their spelling, empty statuses missing, dates from text columns.
        Assert.Equal(csv.Programme!, data.Programme!);
        // And the people: a file without account_id, names, cultures, roles and delivery as the CSV file gives them.
        Assert.Equal(csv.People!, data.People!);
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
            foreach (var role in SourceKpis.SampleRoles)
                SqlLoad.Exec(duck,
                    $"COPY (SELECT * FROM read_csv('{Path.Combine(Repo.SampleData, role + ".csv")}', header = true)) TO '{Path.Combine(dir.Path, role == "revenue" ? "" : "parquet", role + ".parquet")}' (FORMAT parquet)");
        }
        // Relative paths in the queries are read from the data folder: a file of its own (revenue) or one in a folder of it.
        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r == "revenue"
            ? "select * from read_parquet('revenue.parquet')" : $"select * from read_parquet('parquet/{r}.parquet')"));
        var (kpis, data) = await SourceKpis.RunAsync(dir.Path);
        Assert.Equal(SourceKpis.Baseline, kpis);
        // Reduced inside DuckDB: no line reaches .NET, each is counted.
        Assert.Empty(data.Revenue);
        Assert.Equal(6392, data.RevenueSummary.Lines);
        Assert.True(data.Files.Single(f => f.Role == "revenue").Reduced);
    }

    [Fact]
    public void A_bad_row_of_a_query_names_role_row_column_and_value_and_database_errors_are_one_line()
    {
        using var dir = new TempDir();
        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r switch
        {
            "accounts" => "select 'A1' as account_id, 'Acme' as name union all select 'A2', 'Beta'",
            "revenue" =>
                "select * from (values ('A1', '2026-07-01', 'P1', '100.0'), ('A2', '2026-07-02', 'P1', 'lots')) t(account_id, date, product_line, amount)",
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
        Assert.Equal(100.0m, Assert.Single(data.RevenueSummary.Cells).Positive);
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
            dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r == "accounts"
                ? $"select * from read_csv('{escape}')" : "select 1"));
            var outside = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
            Assert.StartsWith("the duckdb query for accounts failed: ", outside.Message);
            Assert.DoesNotContain("root:", outside.Message);
        }

        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r == "accounts" ? "select 'A1' as account_id" : "select 1"));
        Assert.Contains("missing required column \"name\"",
            Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path))).Message);

        // No server on this port: connection refused, one line, exit code 1, no password in it.
        var port = Ports.Free();
        dir.File("kam.json", SourceJson("postgres", $"Host=127.0.0.1;Port={port};Username=kam;Password=s3cret;Database=crm;Timeout=3",
            r => "select 1"));
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
    public void A_typed_value_out_of_range_costs_its_row_reported_like_a_files()
    {
        // Issue 22: 1e40, NaN, 32 decimals, the year 200000 and a BC date are each one bad row; the good row is read.
        using var dir = new TempDir();
        dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:", r => r switch
        {
            "accounts" => "select 'A1' as account_id, 'Acme' as name",
            "revenue" => "select 'A1' as account_id, DATE '2026-07-01' as date, 'P1' as product_line, 100.5::DOUBLE as amount "
                + "union all select 'A1', DATE '2026-07-02', 'P1', 1e40::DOUBLE "
                + "union all select 'A1', DATE '2026-07-03', 'P1', 'nan'::DOUBLE "
                + "union all select 'A1', DATE '2026-07-04', 'P1', 'infinity'::DOUBLE",
            "satisfaction" => "select 'A1' as account_id, DATE '2026-07-01' as date, 9 as nps "
                + "union all select 'A1', DATE '200000-01-01', 9 "
                + "union all select 'A1', DATE '0044-03-15 (BC)', 9",
            _ => "select 1",
        }, requiredOnly: true));
        var data = DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path), new DateOnly(2026, 11, 24));
        var revenue = data.Problems.Where(p => p.File == "duckdb query [revenue]").ToArray();
        Assert.Equal([2, 3, 4], revenue.Select(p => p.Line));
        Assert.All(revenue, p => Assert.Equal("amount", p.Column));
        Assert.All(revenue, p => Assert.StartsWith("out of range", p.Reason));
        Assert.Equal(100.5m, Assert.Single(data.RevenueSummary.Cells).Positive);
        Assert.Equal(1, data.RevenueSummary.Lines);
        var dates = data.Problems.Where(p => p.File == "duckdb query [satisfaction]").ToArray();
        Assert.Equal([2, 3], dates.Select(p => p.Line));
        Assert.All(dates, p => Assert.Equal("date", p.Column));
        Assert.Single(data.Satisfaction);
    }

    [Fact]
    public void A_duckdb_relative_name_never_reaches_the_working_directory()
    {
        // A folder of the same name in the working directory (as etc/ is when run from /) and in the data folder.
        var name = "kam-clash-" + Guid.NewGuid().ToString("N")[..8];
        var there = Directory.CreateDirectory(Path.Combine(Environment.CurrentDirectory, name)).FullName;
        try
        {
            File.WriteAllText(Path.Combine(there, "secret.csv"), "account_id,name\nSECRET,outside the data folder\n");
            using var dir = new TempDir();
            dir.File(name + "/accounts.csv", "account_id,name\nA1,Acme\n");
            dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:",
                r => r == "accounts" ? $"select * from read_csv('{name}/secret.csv')" : "select 1", requiredOnly: true));
            var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
            Assert.StartsWith("the duckdb query for accounts failed: ", e.Message);
            Assert.DoesNotContain("SECRET", e.Message);
            // The data folder's own file, by its full path, is read.
            dir.File("kam.json", SourceJson("duckdb", "Data Source=:memory:",
                r => r == "accounts" ? $"select * from read_csv('{Path.Combine(dir.Path, name, "accounts.csv")}')" : "select 1",
                    requiredOnly: true));
            // (revenue's "select 1" then lacks its columns: the run stops there, after accounts was read.)
            var next = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
            Assert.Contains("[revenue]", next.Message + next.File);
        }
        finally
        {
            Directory.Delete(there, true);
        }
    }
}
