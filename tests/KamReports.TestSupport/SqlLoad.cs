using System.Data.Common;
using System.Globalization;
using KamReports.Data;
using Microsoft.VisualBasic.FileIO;

namespace KamReports.TestSupport;

/// <summary>
/// Loads a data folder's CSV files into a database, one table per contract role, typed by the contract
/// (dates as dates, amounts as numerics).
/// </summary>
public static class SqlLoad
{
    /// <summary>Creates and fills a table per CSV file; returns the roles loaded.</summary>
    public static IReadOnlyList<string> Csvs(DbConnection db, string dataDir, bool typed)
    {
        var roles = new List<string>();
        foreach (var spec in DataContract.All)
        {
            var path = Path.Combine(dataDir, spec.Role + ".csv");
            if (!File.Exists(path)) continue;
            using var csv = new TextFieldParser(path, System.Text.Encoding.UTF8)
            {
                TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false,
            };
            csv.SetDelimiters(",");
            var header = csv.ReadFields()!;
            var types = header.Select(h => spec.Columns.FirstOrDefault(c => c.Name == h))
                .Select(c => typed ? SqlType(c) : "TEXT").ToArray();
            Exec(db, $"CREATE TABLE {spec.Role} ({string.Join(", ", header.Select((h, i) => $"\"{h}\" {types[i]}"))})");
            using var tx = db.BeginTransaction();
            using var insert = db.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO {spec.Role} VALUES ({string.Join(", ", header.Select((_, i) => "@p" + i))})";
            var ps = header.Select((_, i) =>
            {
                var p = insert.CreateParameter();
                p.ParameterName = "@p" + i;
                insert.Parameters.Add(p);
                return p;
            }).ToArray();
            while (csv.ReadFields() is { } fields)
            {
                for (var i = 0; i < header.Length; i++) ps[i].Value = Value(fields[i], typed ? types[i] : "TEXT");
                insert.ExecuteNonQuery();
            }
            tx.Commit();
            roles.Add(spec.Role);
        }
        return roles;
    }

    public static void Exec(DbConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static string SqlType(ColumnSpec? c) => c?.Type switch
    {
        ColumnType.Date => "date",
        ColumnType.Decimal => "numeric",
        ColumnType.Number => "double precision",
        ColumnType.Integer => "integer",
        ColumnType.Bool => "boolean",
        _ => "text",
    };

    private static object Value(string s, string type)
    {
        if (s.Length == 0) return DBNull.Value;
        return type switch
        {
            "date" => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "numeric" => decimal.Parse(s, CultureInfo.InvariantCulture),
            "double precision" => double.Parse(s, CultureInfo.InvariantCulture),
            "integer" => int.Parse(s, CultureInfo.InvariantCulture),
            "boolean" => s.ToLowerInvariant() is "true" or "yes" or "1",
            _ => s,
        };
    }
}
