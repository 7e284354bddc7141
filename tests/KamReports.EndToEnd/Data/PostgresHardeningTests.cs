using System.Text.Json;
using KamReports.Config;
using KamReports.Data;
using KamReports.EndToEnd.Support;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Data;

/// <summary>Issue 22 on a real PostgreSQL server: queries never write, and a value .NET cannot hold costs its row.</summary>
public class PostgresHardeningTests(PostgresDatabase pg) : IClassFixture<PostgresDatabase>
{
    private long Scalar(string sql)
    {
        using var db = new Npgsql.NpgsqlConnection(pg.Server.ConnectionString("crm"));
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Exec(string sql)
    {
        using var db = new Npgsql.NpgsqlConnection(pg.Server.ConnectionString("crm"));
        db.Open();
        SqlLoad.Exec(db, sql);
    }

    private TempDir Source(Dictionary<string, string> queries)
    {
        var dir = new TempDir();
        dir.File("kam.json",
            JsonSerializer.Serialize(new { source = new { provider = "postgres", connection = pg.Server.ConnectionString("crm"),
            queries } }));
        return dir;
    }

    [Fact]
    public void A_query_that_writes_through_a_function_fails_in_the_read_only_transaction_and_writes_nothing()
    {
        // A query that passes the statement check but writes inside a function: the read-only transaction refuses it.
        Exec("CREATE TABLE IF NOT EXISTS erp.audit (n int); "
            + "CREATE OR REPLACE FUNCTION erp.sneaky() RETURNS text AS 'INSERT INTO erp.audit VALUES (1) RETURNING ''A1''' LANGUAGE sql;");
        var before = Scalar("select count(*) from erp.audit");
        using var dir = Source(new() { ["accounts"] = "select erp.sneaky() as account_id, 'Acme' as name" });
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Failed, e.ExitCode);
        Assert.StartsWith("the postgres query for accounts failed: ", e.Message);
        Assert.Contains("read-only transaction", e.Message);
        Assert.Equal(before, Scalar("select count(*) from erp.audit"));
    }

    [Theory]
    [InlineData("with w as (insert into erp.accounts (account_id, name) values ('X9', 'X') returning *) select * from w")]
    [InlineData("select * from erp.accounts; drop table erp.accounts")]
    [InlineData("copy (select 1) to program 'touch /tmp/kam-pwned'")]
    public void A_query_that_writes_is_refused_before_it_reaches_the_server(string sql)
    {
        var accounts = Scalar("select count(*) from erp.accounts");
        using var dir = Source(new() { ["accounts"] = sql });
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("source.queries.accounts", e.Message);
        Assert.Equal(accounts, Scalar("select count(*) from erp.accounts"));
        Assert.False(File.Exists("/tmp/kam-pwned"));
    }

    [Fact]
    public void Values_out_of_dotnet_range_cost_their_rows_and_the_rest_is_read()
    {
        // numeric 1e40, NaN, 32 decimals, a BC date and the year 200000: one reported row each.
        using var dir = Source(new()
        {
            ["accounts"] = "select account_id, name from erp.accounts where account_id = 'ACC-0001'",
            ["revenue"] = "select 'ACC-0001' as account_id, date '2026-07-01' as date, 'P1' as product_line, 100.5::numeric as amount "
                + "union all select 'ACC-0001', date '2026-07-02', 'P1', 1e40::numeric "
                + "union all select 'ACC-0001', date '2026-07-03', 'P1', 'NaN'::numeric "
                + "union all select 'ACC-0001', date '2026-07-04', 'P1', 0.12345678901234567890123456789012::numeric(40,32)",
            ["satisfaction"] = "select 'ACC-0001' as account_id, date '2026-07-01' as date, 9 as nps "
                + "union all select 'ACC-0001', date '0044-03-15 BC', 9 union all select 'ACC-0001', date '200000-01-01', 9",
        });
        var data = DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path), new DateOnly(2026, 11, 24));
        var revenue = data.Problems.Where(p => p.File == "postgres query [revenue]").ToArray();
        Assert.Equal([2, 3, 4], revenue.Select(p => p.Line));
        Assert.All(revenue, p => Assert.Equal("amount", p.Column));
        Assert.Equal(100.5m, Assert.Single(data.Revenue).Amount);
        var dates = data.Problems.Where(p => p.File == "postgres query [satisfaction]").ToArray();
        Assert.Equal([2, 3], dates.Select(p => p.Line));
        Assert.Single(data.Satisfaction);
    }

    [Fact]
    public void Timeout_seconds_is_for_the_whole_query_not_for_each_read()
    {
        // Each row comes 0.4 s after the one before: every read is quick, the query as a whole runs 4 s against 1.
        using var dir = new TempDir();
        dir.File("kam.json", JsonSerializer.Serialize(new
        {
            source = new
            {
                provider = "postgres", connection = pg.Server.ConnectionString("crm"), timeout_seconds = 1,
                queries = new Dictionary<string, string>
                {
                    ["accounts"] =
                        "select 'A' || g as account_id, 'Acme' as name from generate_series(1, 10) g where pg_sleep(0.4) is not null",
                },
            },
        }));
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Failed, e.ExitCode);
        Assert.Contains("timed out after 1 s", e.Message);
    }
}
