#:package DuckDB.NET.Data.Full
// DuckDB alone doing the work kam's revenue reduction does: runs the statements kam traced (KAM_REDUCE_SQL) in a fresh in-memory
// DuckDB, reads every row of every result, and prints the wall seconds of the statements and the process's peak memory.
//   dotnet run scripts/duckdb-alone.cs -- TRACE.sql
using System.Diagnostics;
using DuckDB.NET.Data;

var statements = File.ReadAllText(args[0]).Split("\n-- kam\n", StringSplitOptions.RemoveEmptyEntries)
    .Where(s => !s.TrimStart().StartsWith("DESCRIBE", StringComparison.Ordinal)).ToArray();
var sw = Stopwatch.StartNew();
using var connection = new DuckDBConnection("Data Source=:memory:");
connection.Open();
long rows = 0;
foreach (var sql in statements)
{
    using var cmd = connection.CreateCommand();
    cmd.CommandText = sql;
    using var r = cmd.ExecuteReader();
    do
    {
        var values = new object[r.FieldCount];
        while (r.Read()) { r.GetValues(values); rows++; }
    } while (r.NextResult());
}
Console.WriteLine($"duckdb alone: {sw.Elapsed.TotalSeconds:0.00} s for {statements.Length} statements, {rows} result rows, "
    + $"peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
