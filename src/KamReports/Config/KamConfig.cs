using System.Globalization;

namespace KamReports.Config;

/// <summary>Run settings from <c>kam.json</c>; every key is optional.</summary>
public sealed record KamConfig
{
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
    /// <summary>role -> (contract column -> export header).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Columns { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();
    /// <summary>The database that plays some roles (config <c>source</c>), or null: every role from the data folder.</summary>
    public SourceConfig? Source { get; init; }
    public int FiscalYearStart { get; init; } = 1;
    public string Currency { get; init; } = "EUR";
    /// <summary>Culture of the documents: language of fixed texts, number, money and date formats.</summary>
    public string Culture { get; init; } = "en";
    /// <summary>
    /// Culture of decimals in the input files (config <c>input_culture</c>); default: <c>.</c> decimals, no thousands separators.
    /// </summary>
    public string? InputCulture { get; init; }
    /// <summary>Text encoding of input files without a byte-order mark (config <c>encoding</c>); default UTF-8.</summary>
    public string? Encoding { get; init; }
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
    /// <summary>kpis.md: below this share of the health weights with data, the health score is missing ("no data").</summary>
    public double HealthMinCoverage { get; init; } = 0.6;
    public double LowShareOfWallet { get; init; } = 0.2;
    /// <summary>kpis.md triage: an account of severity 2 is an exception when its revenue_ttm is at least this share of the scope's
    /// (config <c>materiality</c>).</summary>
    public double Materiality { get; init; } = 0.02;
    /// <summary>The date of the next review (config <c>next_review</c>): "by when" of an ask without needed_by and of the generated
    /// interventions; null = the last day of the quarter after the period.</summary>
    public DateOnly? NextReview { get; init; }
    /// <summary>kpis.md service models: a dedicated manager holds at most this many key accounts (config
    /// <c>max_accounts_per_manager</c>).</summary>
    public int MaxAccountsPerManager { get; init; } = 8;
    /// <summary>A revenue CSV file larger than this many MB is reduced inside DuckDB before .NET sees a row (config
    /// <c>aggregate_above_mb</c>); a DuckDB source's revenue always is.</summary>
    public int AggregateAboveMb { get; init; } = 50;
    /// <summary>SMTP settings of <c>kam send</c> (config <c>delivery</c>).</summary>
    public DeliveryConfig Delivery { get; init; } = new();
    /// <summary>How each class of a dimension is to be served (config <c>service_models</c>: dimension → class → model); the shipped
    /// default is the ABC model.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ServiceModel>> ServiceModels { get; init; } = ServiceModel.Default;
    /// <summary>
    /// The colour of an upward (good) change: <c>green</c> (default) or <c>red</c>, the usual "up" in Chinese finance
    /// (config <c>colors.up</c>).
    /// </summary>
    public string ColorsUp { get; init; } = "green";

    /// <summary>
    /// Weights of the health-score components by kpis.md key (config <c>health_weights</c>); a component not named weighs 1.
    /// </summary>
    public IReadOnlyDictionary<string, double> HealthWeights { get; init; } = new Dictionary<string, double>();
    /// <summary>ABC classes that make an account a key account when its is_key_account is empty.</summary>
    public IReadOnlyList<string> KeyAccountClasses { get; init; } = new[] { "A" };

    /// <summary>The weight of a health-score component (default 1: equal weights).</summary>
    public double HealthWeight(string key) => HealthWeights.TryGetValue(key, out var w) ? w : 1;

    /// <summary>The culture the documents are formatted in.</summary>
    public CultureInfo GetCulture() => CultureInfo.GetCultureInfo(Culture);

    /// <summary>The culture input decimals are read in.</summary>
    public CultureInfo GetInputCulture() => InputCulture is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(InputCulture);

    /// <summary>The configured input encoding, or null for UTF-8.</summary>
    public System.Text.Encoding? GetEncoding()
    {
        if (Encoding is null) return null;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(
            Encoding, System.Text.EncoderFallback.ExceptionFallback, System.Text.DecoderFallback.ExceptionFallback);
    }
}
