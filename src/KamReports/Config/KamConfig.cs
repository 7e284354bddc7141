using System.Globalization;

namespace KamReports.Config;

/// <summary>Run settings from <c>kam.json</c>; every key is optional.</summary>
public sealed record KamConfig
{
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
    /// <summary>role -> (contract column -> export header).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Columns { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();
    public int FiscalYearStart { get; init; } = 1;
    public string Currency { get; init; } = "EUR";
    /// <summary>Culture of decimals in the input files and of the documents' formats and texts.</summary>
    public string Culture { get; init; } = "en";
    public string? DateFormat { get; init; }
    public AbcRule AbcRule { get; init; } = AbcRule.Count;
    /// <summary>Configured cut-off of class A (share of accounts for rule count, cumulative revenue share for rule revenue).</summary>
    public double? AbcACutoff { get; init; }
    /// <summary>Configured cumulative cut-off of class B.</summary>
    public double? AbcBCutoff { get; init; }
    public double AbcA => AbcACutoff ?? (AbcRule == AbcRule.Count ? 0.2 : 0.8);
    public double AbcB => AbcBCutoff ?? (AbcRule == AbcRule.Count ? 0.5 : 0.95);
    public double DecliningGrowth { get; init; } = -0.10;
    public int FrequentOrders { get; init; } = 12;
    public double SatisfiedIndex { get; init; } = 75;
    public double DissatisfiedIndex { get; init; } = 50;
    public double HealthGreen { get; init; } = 70;
    public double HealthAmber { get; init; } = 40;
    public double LowShareOfWallet { get; init; } = 0.2;
    /// <summary>Weights of the health-score components by kpis.md key (config <c>health_weights</c>); a component not named weighs 1.</summary>
    public IReadOnlyDictionary<string, double> HealthWeights { get; init; } = new Dictionary<string, double>();
    /// <summary>ABC classes that make an account a key account when its is_key_account is empty.</summary>
    public IReadOnlyList<string> KeyAccountClasses { get; init; } = new[] { "A" };

    /// <summary>The weight of a health-score component (default 1: equal weights).</summary>
    public double HealthWeight(string key) => HealthWeights.TryGetValue(key, out var w) ? w : 1;

    /// <summary>The culture used to read decimals and to format documents.</summary>
    public CultureInfo GetCulture() => CultureInfo.GetCultureInfo(Culture);
}
