using System.Text.Json;
using KamReports.Config;
using KamReports.Data;
using KamReports.EndToEnd.Support;
using KamReports.Pipeline;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Data;

/// <summary>
/// Issue 17: the contract's roles read from a real PostgreSQL server (Debian's postgresql, started once for the class on a free port).
/// </summary>
public class PostgresSourceTests(PostgresDatabase pg) : IClassFixture<PostgresDatabase>
{
    private static KamException LoadFails(TempDir dir) =>
        Assert.Throws<KamException>(() => DataLoader.Load(dir.Path, ConfigLoader.Load(null, dir.Path)));

    [Fact]
    public async Task Postgres_server_gives_the_same_kpis_as_the_csv_folder_and_the_manifest_records_the_source_without_password()
    {
        using var dir = new TempDir();
        var env = "KAM_TEST_DB_" + Environment.ProcessId;
        Environment.SetEnvironmentVariable(env, pg.Server.ConnectionString("crm") + ";Password=not-needed-with-trust");
        try
        {
            // Tables for most roles, a query for revenue (as an ERP's invoice lines would be read).
            var tables = SourceKpis.SampleRoles.Where(r => r != "revenue").ToDictionary(r => r, r => "erp." + r);
            var queries = new Dictionary<string, string>
            {
                ["revenue"] = "select account_id, date, product_line, amount, order_id, cost_to_serve from erp.revenue",
            };
            var source = new { provider = "postgres", connection_env = env, tables, queries };
            dir.File("kam.json", JsonSerializer.Serialize(new { source }));
            using var outRoot = new TempDir();
            var options = new GenerateOptions
            {
                DataDir = dir.Path, OutRoot = outRoot.Path, TemplatesDir = Repo.Templates, SkipPdf = true, SkipWorkbook = true,
            };
            var result = await new GenerateRunner(options, NullProgress.Instance).RunAsync();
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Equal(SourceKpis.Baseline, File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", "kpis.csv")));
            var manifest = File.ReadAllText(Path.Combine(outRoot.Path, "2026-Q3", "manifest.json"));
            Assert.Contains($"\"source\": \"postgres 127.0.0.1/crm\"", manifest);
            Assert.Contains("\"path\": \"postgres query [revenue]\"", manifest);
            Assert.Contains("\"path\": \"postgres table erp.accounts [accounts]\"", manifest);
            Assert.DoesNotContain("not-needed-with-trust", manifest);
        }
        finally
        {
            Environment.SetEnvironmentVariable(env, null);
        }
    }

    [Fact]
    public void A_login_the_server_refuses_is_one_line_with_the_servers_reason_and_exit_code_1()
    {
        using var dir = new TempDir();
        var connection = pg.Server.ConnectionString("crm").Replace("Username=postgres", "Username=kam_nobody");
        dir.File("kam.json", JsonSerializer.Serialize(new
        {
            source = new { provider = "postgres", connection, tables = new Dictionary<string, string> { ["accounts"] = "erp.accounts" } },
        }));
        var login = LoadFails(dir);
        Assert.Equal(ExitCodes.Failed, login.ExitCode);
        Assert.StartsWith("cannot connect to the postgres source (postgres 127.0.0.1/crm): ", login.Message);
        Assert.Contains("kam_nobody", login.Message);
    }

    [Fact]
    public void A_query_that_runs_longer_than_timeout_seconds_stops_the_run_with_one_line_that_says_so()
    {
        using var dir = new TempDir();
        dir.File("kam.json", JsonSerializer.Serialize(new
        {
            source = new
            {
                provider = "postgres", connection = pg.Server.ConnectionString("crm"), timeout_seconds = 1,
                queries = new Dictionary<string, string> { ["accounts"] = "select account_id, name from erp.accounts, pg_sleep(5)" },
            },
        }));
        var slow = LoadFails(dir);
        Assert.Equal(ExitCodes.Failed, slow.ExitCode);
        Assert.StartsWith("the postgres query for accounts failed: ", slow.Message);
        Assert.Contains("timed out after 1 s", slow.Message);
        Assert.DoesNotContain("\n", slow.Message);
    }
}
