using System.Globalization;
using System.Text;
using CsvHelper;
using KamReports.Compute;
using KamReports.Model;

namespace KamReports.Output;

/// <summary>The machine-readable outputs (outputs.md): invariant culture, fractions, empty = missing.</summary>
public static class CsvOutputs
{
    public static readonly IReadOnlyList<string> KpiLeadingColumns = ["account_id", "name", "is_key_account", "executive_sponsor", "key_account_manager"];
    public static readonly IReadOnlyList<string> SegmentColumns = ["dimension", "segment", "accounts", "revenue", "revenue_ttm", "growth_yoy", "revenue_share", "mean_nps"];
    public static readonly IReadOnlyList<string> ValidationColumns = ["file", "line", "column", "value", "reason"];

    public static void WriteKpis(string path, Portfolio portfolio) => Write(path, w =>
    {
        w.WriteRecord([.. KpiLeadingColumns, .. KpiCatalog.All.Select(k => k.Key), "health_light"]);
        foreach (var a in portfolio.Accounts)
        {
            var row = new List<string>
            {
                Text(a.Account.AccountId), Text(a.Account.Name), a.IsKeyAccount ? "true" : "false",
                Text(a.Account.ExecutiveSponsor), Text(a.Account.KeyAccountManager),
            };
            row.AddRange(KpiCatalog.All.Select(k => Format(k.Value(a.Kpis))));
            row.Add(a.Kpis.HealthLight == HealthLight.Unknown ? "" : a.Kpis.HealthLight.ToString().ToLowerInvariant());
            w.WriteRecord(row.ToArray());
        }
    });

    public static void WriteSegments(string path, Portfolio portfolio) => Write(path, w =>
    {
        w.WriteRecord(SegmentColumns.ToArray());
        foreach (var s in portfolio.Segments)
            w.WriteRecord([s.Dimension, Text(s.Segment), Format(s.Accounts), Format(s.Revenue), Format(s.RevenueTtm), Format(s.GrowthYoy), Format(s.RevenueShare), Format(s.MeanNps)]);
    });

    public static void WriteValidation(string path, IEnumerable<ValidationProblem> problems) => Write(path, w =>
    {
        w.WriteRecord(ValidationColumns.ToArray());
        foreach (var p in problems)
            w.WriteRecord([Text(p.File), Format(p.Line), Text(p.Column), Text(p.Value), Text(p.Reason)]);
    });

    /// <summary>Invariant text of a KPI value; null is empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) ? d.ToString("G15", CultureInfo.InvariantCulture) : "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => Text(s),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // Text from input data must not turn into a formula when a user opens the CSV in a spreadsheet.
    public static string Text(string? s) =>
        string.IsNullOrEmpty(s) ? "" : s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;

    private static void Write(string path, Action<CsvWriter> body) => AtomicFile.Write(path, stream =>
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var w = CsvWriter.Create(text, new CsvWriterOptions { Separator = ',', NewLine = "\n", Injection = CsvInjection.None, HasHeader = false }, leaveOpen: true);
        body(w);
        w.Flush();
    });
}
