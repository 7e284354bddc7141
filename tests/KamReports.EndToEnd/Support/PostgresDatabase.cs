using KamReports.TestSupport;

namespace KamReports.EndToEnd.Support;

/// <summary>
/// One PostgreSQL server for a test class, with sample-data loaded into database <c>crm</c>, schema <c>erp</c>, typed by the contract.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        await using (var db = new Npgsql.NpgsqlConnection(_server.ConnectionString("postgres")))
        {
            await db.OpenAsync();
            SqlLoad.Exec(db, "CREATE DATABASE crm");
        }
        await using (var db = new Npgsql.NpgsqlConnection(_server.ConnectionString("crm")))
        {
            await db.OpenAsync();
            SqlLoad.Exec(db, "CREATE SCHEMA erp");
            SqlLoad.Exec(db, "SET search_path TO erp");
            SqlLoad.Csvs(db, Repo.SampleData, typed: true);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
