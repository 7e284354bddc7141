using DuckDB.NET.Data;
using KamReports.Data;

namespace KamReports.Sample;

/// <summary>
/// Turns a sample folder's revenue.csv into Parquet read through DuckDB (<c>kam sample --parquet</c>): the shape of a
/// distributor's invoice lines kept in a lake, for demos and the load benchmark.
/// </summary>
public static class ParquetSample
{
    public const string RevenueFile = "revenue.parquet";

    public static void Convert(string dir)
    {
        var csv = Path.GetFullPath(Path.Combine(dir, "revenue.csv"));
        var parquet = Path.GetFullPath(Path.Combine(dir, RevenueFile));
        using (var db = new DuckDBConnection("Data Source=:memory:"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            // Typed columns, as an ERP would hold them (dates as DATE, amounts as DECIMAL), from the contract's revenue columns.
            var columns = string.Join(", ", DataContract.Revenue.Columns.Select(c => $"'{c.Name}': '{SqlType(c.Type)}'"));
            cmd.CommandText = $"COPY (SELECT * FROM read_csv('{Quote(csv)}', header = true, columns = {{{columns}}})) "
                + $"TO '{Quote(parquet)}' (FORMAT parquet, COMPRESSION zstd)";
            cmd.ExecuteNonQuery();
        }
        File.Delete(csv);
        var config = Path.Combine(dir, "kam.json");
        File.WriteAllText(config, """
        {
          "source": {
            "provider": "duckdb",
            "queries": { "revenue": "select * from read_parquet('revenue.parquet')" }
          }
        }

        """);
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Date => "DATE",
        ColumnType.Decimal => "DECIMAL(18,2)",
        _ => "VARCHAR",
    };

    private static string Quote(string s) => s.Replace("'", "''");
}
