using System.Globalization;
using KamReports.Compute;
using KamReports.Data;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.Rendering;
using KamReports.Rendering.Html;

namespace KamReports.TestSupport;

/// <summary>
/// A data folder (sample-data by default) loaded, computed and composed as a run would, in English (or the culture asked for),
/// on a fixed date.
/// </summary>
public sealed record SampleKit(Portfolio P, Composer Composer, DocumentRenderer Renderer, ValueFormatter Formatter)
{
    public static SampleKit Load(string? dir = null, string culture = "en")
    {
        dir ??= Repo.SampleData;
        var en = CultureInfo.GetCultureInfo(culture);
        var config = ConfigLoader.Load(null, dir);
        var data = DataLoader.Load(dir, config, new DateOnly(2026, 11, 24));
        var q = PortfolioCalculator.DefaultPeriod(data, config);
        var p = PortfolioCalculator.Compute(data, config, q);
        var f = new ValueFormatter(en, config.Currency, StringTable.Load(Repo.Templates, en));
        var yearBefore = PortfolioCalculator.Compute(data, config, q.Minus(4));
        var composer = new Composer(new ComposeContext(p, yearBefore, f, RenderKit.Today, PortfolioCalculator.Compute(data, config,
            q.Minus(1))));
        return new SampleKit(p, composer, new DocumentRenderer(new TemplateEngine(Repo.Templates, f)), f);
    }
}
