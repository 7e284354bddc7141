using System.Globalization;
using System.Text;
using CsvHelper;
using KamReports.Compute;
using KamReports.Documents;
using KamReports.Records;

namespace KamReports.Output;

/// <summary>The machine-readable outputs (outputs.md): invariant culture, fractions, empty = missing.</summary>
public static class CsvOutputs
{
    public static void WriteKpis(string path, Portfolio portfolio) => WriteTable(path, OutputTables.Accounts, portfolio.Accounts);

    public static void WriteSegments(string path, Portfolio portfolio) => WriteTable(path, OutputTables.Segments, portfolio.Segments);

    public static void WriteScopes(string path, Portfolio portfolio, Portfolio? previousYear) =>
        WriteTable(path, OutputTables.Scopes, ScopeRow.Of(portfolio, previousYear));

    public static void WriteValidation(string path, IEnumerable<ValidationProblem> problems) =>
        WriteTable(path, OutputTables.Validation, problems);

    private static void WriteTable<T>(string path, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows) => Write(path, w =>
    {
        w.WriteRecord(columns.Select(c => c.Key).ToArray());
        foreach (var row in rows) w.WriteRecord(columns.Select(c => Format(c.Value(row))).ToArray());
    });

    /// <summary>Invariant text of a KPI value; null is empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        // Trailing zeros dropped: the same amount reads the same whether a CSV said 3007.10 or a database 3007.1.
        decimal m => (m / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) ? d.ToString("G15", CultureInfo.InvariantCulture) : "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => Text(s),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // Text from input data must not turn into a formula when a user opens the CSV in a spreadsheet.
    public static string Text(string? s) =>
        string.IsNullOrEmpty(s) ? "" : s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;

    private static void Write(string path, Action<CsvWriter> body) => AtomicFile.Write(path, stream =>
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var options = new CsvWriterOptions { Separator = ',', NewLine = "\n", Injection = CsvInjection.None, HasHeader = false };
        using var w = CsvWriter.Create(text, options, leaveOpen: true);
        body(w);
        w.Flush();
    });
}
