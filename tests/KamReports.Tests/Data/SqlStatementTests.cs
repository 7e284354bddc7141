using KamReports.Config;
using KamReports.Data;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 22: every source query is one statement that reads; the file of a SQLite source is checked whatever its key's
/// spelling.</summary>
public class SqlStatementTests
{
    [Theory]
    [InlineData("select * from revenue")]
    [InlineData("  -- the ERP export\nSELECT account_id, date FROM erp.lines;  ")]
    [InlineData("with x as (select 1 as a) select a from x")]
    [InlineData("(select 1) union all (select 2)")]
    [InlineData("select 'drop table x; insert' as note, \"update\" from t /* delete */")]
    [InlineData("select $$ ; drop $$ as body from t")]
    [InlineData("FROM read_parquet('revenue/*.parquet')")]
    [InlineData("select replace(name, 'a', 'b') as name, last_update from accounts")]
    [InlineData("select account_id,\n       name\nfrom crm.accounts\twhere active")] // lines and tabs
    [InlineData("select * from (values (1)) as import(n)")]
    [InlineData("select a$b as n from t")] // a $ inside a name
    public void A_reading_query_passes(string sql) => Assert.Null(SqlStatement.Problem(sql));

    [Theory]
    [InlineData("with w as (insert into t values (1) returning *) select * from w", "INSERT")]
    [InlineData("select * from accounts; drop table accounts", "more than one statement")]
    [InlineData("select 1;; select 2", "more than one statement")]
    [InlineData("copy (select 1) to program 'touch /tmp/x'", "not a reading query")]
    [InlineData("attach 'other.db' as o", "not a reading query")]
    [InlineData("vacuum into '/tmp/copy.db'", "not a reading query")]
    [InlineData("select * into new_table from accounts", "INTO")]
    [InlineData("select * from t where a = 'unterminated", "never closes")]
    [InlineData("  ;  ", "is empty")]
    [InlineData("set default_transaction_read_only = off", "not a reading query")]
    // The review's bypasses: text that one database reads as a comment or a string and another does not.
    [InlineData("/* /* */ select ' */ commit; delete from audit; select * from revenue -- '", "")]
    [InlineData("select * from revenue as a$b$c; commit; delete from audit; select 1 as d$b$", "")]
    [InlineData("select * from revenue where E'\\'' <> ''; commit; delete from audit; --'", "")]
    [InlineData("/* /* */ select ' */ copy (select 42 as x) to '/tmp/pwned.csv' -- '", "")]
    public void A_query_that_writes_or_holds_two_statements_is_refused(string sql, string reason) =>
        Assert.Contains(reason, SqlStatement.Problem(sql) ?? "(passed the check)");

    [Fact]
    public void A_refused_query_is_one_usage_line_naming_its_key()
    {
        using var dir = new TempDir();
        dir.File("kam.json", "{ \"source\": { \"provider\": \"sqlite\", \"connection\": \"Data Source=crm.db\", "
            + "\"queries\": { \"accounts\": \"select * from accounts; drop table accounts\" } } }");
        var e = Assert.Throws<KamException>(() => ConfigLoader.Load(null, dir.Path));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("config key \"source.queries.accounts\": holds more than one statement", e.Message);
    }

    [Theory]
    [InlineData("DataSource=/etc/passwd")]
    [InlineData("Filename=/etc/passwd")]
    [InlineData("Data Source=../outside.db")]
    public void A_sqlite_file_outside_the_data_folder_is_refused_whatever_the_keys_spelling(string connection)
    {
        using var dir = new TempDir();
        dir.File("kam.json", $"{{ \"source\": {{ \"provider\": \"sqlite\", \"connection\": \"{connection}\", "
            + "\"queries\": { \"accounts\": \"select 1 as account_id\" } } }");
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("lies outside the data folder", e.Message);
    }

    [Theory]
    [InlineData("postgresql://kam:s3cret@db/crm")]
    [InlineData("Host=db;Password='s3cret")]
    public void A_malformed_connection_string_is_a_usage_line_without_the_password(string connection)
    {
        using var dir = new TempDir();
        dir.File("kam.json", $"{{ \"source\": {{ \"provider\": \"postgres\", \"connection\": \"{connection}\", "
            + "\"queries\": { \"accounts\": \"select 1 as account_id\" } } }");
        var e = Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.StartsWith("source.connection is not a connection string", e.Message);
        Assert.DoesNotContain("s3cret", e.Message);
    }

    [Fact]
    public void A_multi_line_query_in_the_config_is_accepted()
    {
        using var dir = new TempDir();
        dir.File("kam.json", "{ \"source\": { \"provider\": \"duckdb\", \"queries\": { \"accounts\": \"select 'A1' as account_id,\\n  'Acme' as name\" } } }");
        Assert.Equal("select 'A1' as account_id,\n  'Acme' as name", ConfigLoader.Load(null, dir.Path).Source!.Queries["accounts"]);
    }
}
