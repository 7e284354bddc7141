using KamReports.Compute;
using KamReports.Config;
using KamReports.Data;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.Records;
using KamReports.Rendering;
using KamReports.Rendering.Html;

namespace KamReports.Pipeline;

/// <summary>
/// The start every command shares (generate, preview, forms): config, data, period, template folder, strings and
/// formatter; then the three portfolios (Q, Q-4, Q-1), the compose context and the renderer.
/// </summary>
public sealed class RunSetup
{
    private RunSetup(KamConfig config, DataSet data, FiscalQuarter period, string templatesDir, StringTable strings,
        ValueFormatter formatter)
    {
        Config = config;
        Data = data;
        Period = period;
        TemplatesDir = templatesDir;
        Strings = strings;
        Formatter = formatter;
    }

    public KamConfig Config { get; }
    public DataSet Data { get; }
    public FiscalQuarter Period { get; }
    public string TemplatesDir { get; }
    public StringTable Strings { get; }
    public ValueFormatter Formatter { get; }

    /// <summary>Reads the config, loads and validates the data, and settles the period and the template folder.</summary>
    /// <param name="dataDir">The data folder.</param>
    /// <param name="configPath">kam.json, or null for the data folder's own (or the defaults).</param>
    /// <param name="period">--period, or null for the default quarter.</param>
    /// <param name="templatesDir">--templates, or null for the default folder.</param>
    /// <param name="today">The day plan forms are judged against (null: today).</param>
    public static RunSetup Load(string dataDir, string? configPath, string? period, string? templatesDir, DateOnly? today = null)
    {
        var config = ConfigLoader.Load(configPath, dataDir);
        var templates = TemplateLocator.Find(templatesDir);
        var data = today is { } t ? DataLoader.Load(dataDir, config, t) : DataLoader.Load(dataDir, config);
        var q = ResolvePeriod(period, data, config, today);
        var culture = config.GetCulture();
        var strings = StringTable.Load(templates, culture);
        return new RunSetup(config, data, q, templates, strings, new ValueFormatter(culture, config.Currency, strings));
    }

    /// <summary>The period asked for, or the default one; a quarter outside 1900 to next year is a usage error.</summary>
    public static FiscalQuarter ResolvePeriod(string? period, DataSet data, KamConfig config, DateOnly? today = null)
    {
        if (period is null) return PortfolioCalculator.DefaultPeriod(data, config, today);
        var q = FiscalQuarter.TryParse(period, config.FiscalYearStart)
            ?? throw new KamException($"--period \"{period}\" is not a quarter such as 2026-Q3", ExitCodes.Usage);
        var latest = DateTime.Now.Year + 1;
        if (q.FiscalYear < 1900 || q.FiscalYear > latest)
            throw new KamException($"--period \"{period}\" is outside the years 1900 to {latest}", ExitCodes.Usage);
        return q;
    }

    /// <summary>The period's portfolio alone (forms need no comparison).</summary>
    public Portfolio ComputeCurrent() => PortfolioCalculator.Compute(Data, Config, Period);

    /// <summary>The period's portfolio and its comparisons a year and a quarter before, computed side by side.</summary>
    public RunPortfolios Compute()
    {
        var previousYear = Task.Run(() => PortfolioCalculator.Compute(Data, Config, Period.Minus(4)));
        var previousQuarter = Task.Run(() => PortfolioCalculator.Compute(Data, Config, Period.Minus(1)));
        var current = ComputeCurrent();
        return new RunPortfolios(current, previousYear.GetAwaiter().GetResult(), previousQuarter.GetAwaiter().GetResult());
    }

    /// <summary>The compose context of the documents made on <paramref name="generatedOn"/>.</summary>
    public ComposeContext Composer(RunPortfolios p, DateOnly generatedOn) => new(p.Current, p.PreviousYear, Formatter, generatedOn,
        p.PreviousQuarter);

    /// <summary>Templates to HTML in the run's culture.</summary>
    public DocumentRenderer Renderer() => new(new TemplateEngine(TemplatesDir, Formatter));

    /// <summary>Formatting in another culture (a person's, for <c>kam send</c>), with that culture's string table of the same
    /// templates.</summary>
    public ValueFormatter FormatterFor(System.Globalization.CultureInfo culture) =>
        new(culture, Config.Currency, StringTable.Load(TemplatesDir, culture));
}

/// <summary>The portfolio of the period (Q), of the same quarter a year before and of the quarter before .</summary>
public sealed record RunPortfolios(Portfolio Current, Portfolio PreviousYear, Portfolio PreviousQuarter);
