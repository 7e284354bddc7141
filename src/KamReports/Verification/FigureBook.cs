using System.Globalization;
using KamReports.Compute;
using KamReports.Documents;

namespace KamReports.Verification;

/// <summary>
/// The run's own figures as it wrote them: kpis.csv (one row per account) and scopes.csv (the scope figures). A page-1 figure is
/// derived from these files, never from the run's memory: sums, ratios and counts over the scope's rows of kpis.csv where kpis.csv
/// holds what it needs (revenue, targets, growth, mean health, counts), scopes.csv for what it does not (pooled NPS, a scope's
/// figures a year before).
/// </summary>
public sealed class FigureBook
{
    private readonly IReadOnlyList<Dictionary<string, string>> _accounts;
    private readonly Dictionary<(string Scope, string Key), (string Value, string YearBefore)> _scopes;

    private FigureBook(IReadOnlyList<Dictionary<string, string>> accounts,
        Dictionary<(string, string), (string, string)> scopes)
    {
        _accounts = accounts;
        _scopes = scopes;
    }

    /// <summary>Reads kpis.csv and scopes.csv of an output folder (scopes.csv may be absent: then scope-only figures have no
    /// source).</summary>
    public static FigureBook Read(string folder)
    {
        var accounts = ReadCsv(Path.Combine(folder, "kpis.csv"));
        var scopes = new Dictionary<(string, string), (string, string)>();
        var scopesPath = Path.Combine(folder, "scopes.csv");
        if (File.Exists(scopesPath))
            foreach (var row in ReadCsv(scopesPath))
                scopes[(row.GetValueOrDefault("scope") ?? "", row.GetValueOrDefault("key") ?? "")] =
                    (row.GetValueOrDefault("value") ?? "", row.GetValueOrDefault("year_before") ?? "");
        return new FigureBook(accounts, scopes);
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        if (!File.Exists(path)) throw new KamException($"{path}: not found (the figures are checked against it)", ExitCodes.Failed);
        using var reader = new Data.CsvTableReader(path);
        var header = reader.Header ?? [];
        var rows = new List<Dictionary<string, string>>();
        while (reader.TryRead(out _, out var fields))
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < fields.Length; i++) row[header[i]] = fields[i];
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Where a figure's expected value comes from, for the failure line.</summary>
    public string SourceOf(Figure f) => Derivable(f) ? "kpis.csv" : "scopes.csv";

    /// <summary>The expected value of a figure (a change: the change between the expected values now and a year before, as the
    /// catalogue takes it); null when the files give none (then "n/a" is expected).</summary>
    public double? Expected(Figure f)
    {
        var abs = f.Form.EndsWith("_abs", StringComparison.Ordinal);
        double? value;
        if (f.IsChange)
        {
            var key = f.BaseKey;
            var now = Now(key, f.Scope);
            // An account's earlier value of a KPI kpis.csv does not hold a year back (its NPS of a year before) is the figure's own:
            // the check is then that the change is the difference of the displayed figures.
            var before = YearBefore(key, f.Scope) ?? (IsAccount(f.Scope) && !HasYearBefore(key) ? f.Previous : null);
            value = KpiCatalog.Contains(key) ? KpiCatalog.Change(KpiCatalog.Get(key), Scalar(key, now), Scalar(key, before)).Change : null;
        }
        else value = Now(f.Key, f.Scope);
        return abs && value is { } v ? Math.Abs(v) : value;
    }

    private static KpiScalar Scalar(string key, double? v) =>
        v is not { } x ? KpiScalar.Missing : KpiCatalog.Get(key).Unit == KpiUnit.Money ? (KpiScalar)(decimal)x : x;

    private static bool IsAccount(string scope) => scope.StartsWith(Figure.AccountPrefix, StringComparison.Ordinal);

    // kpis.csv holds these a year back: revenue of the same quarter and the TTM before.
    private static bool HasYearBefore(string key) => key is "revenue" or "revenue_ttm";

    private bool Derivable(Figure f) => IsAccount(f.Scope) || f.BaseKey is "revenue" or "revenue_prev_quarter" or "revenue_prev_year"
        or "revenue_ttm" or "revenue_ttm_prev" or "growth_ttm" or "growth_yoy" or "growth_qoq" or "target" or "attainment"
        or "revenue_with_target" or "accounts_with_target" or "health_score" or "accounts" or "key_accounts" or "lights_green"
        or "lights_amber" or "lights_red" or "concentration_top5" or "loss_drop_1";

    /// <summary>A figure's value at Q over its scope.</summary>
    public double? Now(string key, string scope)
    {
        if (IsAccount(scope))
        {
            var row = Rows(scope).FirstOrDefault();
            return row is null ? null : Number(row, key);
        }
        var rows = Rows(scope).ToArray();
        return key switch
        {
            "revenue" or "revenue_prev_quarter" or "revenue_prev_year" or "revenue_ttm" or "revenue_ttm_prev" => (double)Sum(rows, key),
            "growth_ttm" => Formulas.Growth(Sum(rows, "revenue_ttm"), Sum(rows, "revenue_ttm_prev")),
            "growth_yoy" => Formulas.Growth(Sum(rows, "revenue"), Sum(rows, "revenue_prev_year")),
            "growth_qoq" => Formulas.Growth(Sum(rows, "revenue"), Sum(rows, "revenue_prev_quarter")),
            "target" => WithTarget(rows).Length > 0 ? (double)Sum(WithTarget(rows), "target") : null,
            "revenue_with_target" => (double)Sum(WithTarget(rows), "revenue"),
            "accounts_with_target" => WithTarget(rows).Length,
            "attainment" => Formulas.Attainment(Sum(WithTarget(rows), "revenue"),
                WithTarget(rows).Length > 0 ? Sum(WithTarget(rows), "target") : null),
            "health_score" => Formulas.Mean(rows.Select(r => Number(r, "health_score"))),
            "accounts" => rows.Length,
            "key_accounts" => rows.Count(r => r.GetValueOrDefault("is_key_account") == "true"),
            "lights_green" or "lights_amber" or "lights_red" => rows.Count(r => r.GetValueOrDefault("health_light") == key[7..]),
            "concentration_top5" => Share(rows, rows.OrderByDescending(r => Decimal(r, "revenue_ttm")).Take(5)),
            "loss_drop_1" => Share(rows, rows.Where(r => r.GetValueOrDefault("is_key_account") == "true")
                .OrderByDescending(r => Decimal(r, "revenue_ttm")).Take(1)),
            _ => Scope(scope, key, yearBefore: false),
        };
    }

    /// <summary>A figure's value a year before over the same accounts; null when the files give none.</summary>
    public double? YearBefore(string key, string scope)
    {
        if (IsAccount(scope))
        {
            var row = Rows(scope).FirstOrDefault();
            return row is null ? null : key switch
            {
                "revenue" => Number(row, "revenue_prev_year"),
                "revenue_ttm" => Number(row, "revenue_ttm_prev"),
                _ => null,
            };
        }
        return key switch
        {
            "revenue" => (double)Sum(Rows(scope).ToArray(), "revenue_prev_year"),
            "revenue_ttm" => (double)Sum(Rows(scope).ToArray(), "revenue_ttm_prev"),
            _ => Scope(scope, key, yearBefore: true),
        };
    }

    private double? Scope(string scope, string key, bool yearBefore) =>
        _scopes.TryGetValue((scope, key), out var v) ? Parse(yearBefore ? v.YearBefore : v.Value) : null;

    // The rows of kpis.csv in a scope; kpis.csv writes a name that starts like a formula with a leading apostrophe.
    private IEnumerable<Dictionary<string, string>> Rows(string scope)
    {
        if (scope == Figure.AllScope) return _accounts;
        if (scope == Figure.KeyAccountsScope) return _accounts.Where(r => r.GetValueOrDefault("is_key_account") == "true");
        if (scope.StartsWith(Figure.SponsorPrefix, StringComparison.Ordinal))
        {
            var name = scope[Figure.SponsorPrefix.Length..];
            var written = Output.CsvOutputs.Text(name);
            return _accounts.Where(r => r.GetValueOrDefault("executive_sponsor") == written);
        }
        var id = Output.CsvOutputs.Text(scope[Figure.AccountPrefix.Length..]);
        return _accounts.Where(r => r.GetValueOrDefault("account_id") == id);
    }

    private static Dictionary<string, string>[] WithTarget(Dictionary<string, string>[] rows) =>
        rows.Where(r => Decimal(r, "target") is not null).ToArray();

    private static decimal Sum(IEnumerable<Dictionary<string, string>> rows, string key) => rows.Sum(r => Decimal(r, key) ?? 0);

    private static double? Share(Dictionary<string, string>[] all, IEnumerable<Dictionary<string, string>> part)
    {
        var total = Sum(all, "revenue_ttm");
        return total > 0 ? (double)(Sum(part, "revenue_ttm") / total) : null;
    }

    private static decimal? Decimal(Dictionary<string, string> row, string key) =>
        row.TryGetValue(key, out var s) && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static double? Number(Dictionary<string, string> row, string key) => row.TryGetValue(key, out var s) ? Parse(s) : null;

    private static double? Parse(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;
}
