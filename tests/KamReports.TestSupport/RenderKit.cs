using System.Globalization;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.Rendering;
using KamReports.Rendering.Html;

namespace KamReports.TestSupport;

/// <summary>The scenario portfolio composed and rendered with the repository's templates, on a fixed date.</summary>
public sealed class RenderKit
{
    public static readonly DateOnly Today = new(2026, 10, 5);

    public RenderKit(string culture = "en", string? templates = null, KamConfig? config = null)
    {
        var q = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;
        Config = (config ?? new KamConfig()) with { Culture = culture };
        var data = Scenario.Build();
        Portfolio = PortfolioCalculator.Compute(data, Config, q);
        var previous = PortfolioCalculator.Compute(data, Config, q.Minus(4));
        TemplatesDir = templates ?? Repo.Templates;
        var ci = CultureInfo.GetCultureInfo(culture);
        Formatter = new ValueFormatter(ci, Config.Currency, StringTable.Load(TemplatesDir, ci));
        Composer = new Composer(new ComposeContext(Portfolio, previous, Formatter, Today, PortfolioCalculator.Compute(data, Config,
            q.Minus(1))));
        Engine = new TemplateEngine(TemplatesDir, Formatter);
        Renderer = new DocumentRenderer(Engine);
    }

    public KamConfig Config { get; }
    public Portfolio Portfolio { get; }
    public string TemplatesDir { get; }
    public ValueFormatter Formatter { get; }
    public Composer Composer { get; }
    public TemplateEngine Engine { get; }
    public DocumentRenderer Renderer { get; }

    public AccountResult Account(string id) => Portfolio.Accounts.Single(a => a.Account.AccountId == id);

    public RenderedDocument Plan(string id) => Renderer.AccountPlan(Composer.AccountPlan(Account(id)));
}
