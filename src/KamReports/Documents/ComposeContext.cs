using System.Collections.Concurrent;
using KamReports.Compute;
using KamReports.Formatting;
using KamReports.Records;

namespace KamReports.Documents;

/// <summary>
/// What every document kind composes from: the period's portfolio and its two comparisons, formatting and
/// strings of the run's culture, the KPI presenter, and the view mappers the kinds share. Compose selects and
/// labels; every figure comes from Compute, every chart leaves as data.
/// </summary>
public sealed class ComposeContext
{
    /// <summary>The KPI tiles of an account (plan page 1, a pack's account page).</summary>
    public static readonly IReadOnlyList<string> HeadlineKeys =
        ["revenue", "revenue_ttm", "attainment", "share_of_wallet", "nps", "satisfaction_index", "complaints_open", "health_score"];

    /// <summary>At most this many messages lead a document.</summary>
    public const int MaxMessages = 5;

    private readonly Dictionary<string, AccountResult> _yearBefore;
    private readonly Dictionary<string, AccountResult> _quarterBefore;
    // An account's revenue chart appears in its plan and in the packs that contain it: one chart, drawn once.
    private readonly ConcurrentDictionary<string, ChartData> _revenueCharts = new(StringComparer.Ordinal);

    /// <param name="portfolio">The period's portfolio.</param>
    /// <param name="previousYear">The same quarter a year before: every "vs a year before" comparison.</param>
    /// <param name="formatter">Formatting for people in the run's culture.</param>
    /// <param name="generatedOn">The day the documents are made.</param>
    /// <param name="previousQuarter">The quarter before: "What changed since last quarter".</param>
    public ComposeContext(Portfolio portfolio, Portfolio? previousYear, ValueFormatter formatter, DateOnly generatedOn,
        Portfolio? previousQuarter = null)
    {
        Portfolio = portfolio;
        PreviousYear = previousYear;
        F = formatter;
        GeneratedOn = generatedOn;
        Kpis = new KpiPresenter(formatter.Strings, portfolio.Config);
        _yearBefore = ById(previousYear);
        _quarterBefore = ById(previousQuarter);
        PreviousQuarter = previousQuarter;
    }

    public Portfolio Portfolio { get; }
    public Portfolio? PreviousYear { get; }
    /// <summary>The quarter before: what changed, and each exception's change since then.</summary>
    public Portfolio? PreviousQuarter { get; }
    public ValueFormatter F { get; }
    public DateOnly GeneratedOn { get; }
    public KpiPresenter Kpis { get; }

    /// <summary>The account a year before, or null.</summary>
    public AccountResult? YearBefore(string accountId) => _yearBefore.GetValueOrDefault(accountId);

    /// <summary>The account a quarter before, or null.</summary>
    public AccountResult? QuarterBefore(string accountId) => _quarterBefore.GetValueOrDefault(accountId);

    /// <summary>A fixed text of the run's culture, or the fallback.</summary>
    public string T(string key, string fallback = "") => F.Strings.TryGet(key) ?? fallback;

    /// <summary>A string-table pattern filled in the run's culture.</summary>
    public string Format(string key, string fallback, params object?[] args) => string.Format(F.Culture, T(key, fallback), args);

    public string Quarter(FiscalQuarter q) => F.Quarter(q.ToString());

    /// <summary>The facts about a document: title, metadata, period and language.</summary>
    public DocumentInfo Doc(string kind, string title, string? author)
    {
        var p = Portfolio;
        return new DocumentInfo(kind, title, Format("doc.subject", "Key account review {0}", Quarter(p.Period)), author ?? "KamReports",
            Quarter(p.Period), p.Period.Start, p.Period.End, GeneratedOn, p.Config.Currency, F.Culture.Name,
                F.Culture.TwoLetterISOLanguageName,
            T("doc.company")) { ColorsUp = p.Config.ColorsUp };
    }

    /// <summary>The population a scope's figures cover, in words.</summary>
    public string Population(ScopeFigures scope) => Populations.Describe(scope, F.Strings);

    /// <summary>A name that would run off the page (a 10,000-character export error) is cut with an ellipsis.</summary>
    public static string Short(string text, int max = 120) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    public AccountView View(AccountResult a) => new(a.Account.AccountId, Short(a.Account.Name), a.Account.Industry, a.Account.Region,
        a.Account.Country, a.Account.CustomerType, a.Account.KeyAccountManager, a.Account.ExecutiveSponsor, a.Account.CustomerSince,
        a.Account.BuyingChannel, a.Account.GrowthPotential, a.IsKeyAccount, Slug.Make(a.Account.Name), a.Account.Extra);

    /// <summary>A KPI of an account as a tile or scorecard row, against the same account a year before.</summary>
    public KpiValue Value(string key, AccountKpis k, AccountKpis? prev) =>
        Kpis.Present(key, KpiPresenter.Of(k), prev is null ? null : KpiPresenter.Of(prev));

    /// <summary>A risk in words: each sentence names its window (string table risk.KIND); {0} is its figure as the document shows
    /// it.</summary>
    public RiskView Risk(Risk r)
    {
        var kind = Codes.Of(r.Kind);
        var figure = r.Kind switch
        {
            RiskKind.DecliningRevenue or RiskKind.LifecycleContradicts => F.Delta(r.Value),
            RiskKind.NoOrders => F.Money(r.Value),
            RiskKind.EasyToLeave => Format("risk.of", "{0} of {1}", F.Number(r.Value), F.Number(r.Of)),
            RiskKind.LowAttainment or RiskKind.SharesAbove100 => F.Percent(r.Value),
            _ => F.Number(r.Value),
        };
        return new RiskView(kind, r.Value, Format("risk." + kind, kind + " {0}", figure));
    }

    public static ActionView Action(ActionStatusView a) =>
        new(a.Item.Objective, a.Item.Action, a.Item.Owner, a.Item.Due, Codes.Of(a.Item.Status)!, a.Item.Completed, a.Overdue,
            a.Overdue && a.Item.Status == ActionStatus.Done);

    /// <summary>An account's revenue by quarter against its targets (8 quarters).</summary>
    public ChartData RevenueChart(AccountResult a) => _revenueCharts.GetOrAdd(a.Account.AccountId, _ => new ChartData
    {
        Kind = "bars",
        Categories = a.Quarters.Select(q => F.QuarterAxis(q.Label)).ToArray(),
        Series =
        [
            new ChartSeries(T("chart.revenue", "Revenue"), a.Quarters.Select(q => (double?)q.Revenue).ToArray()),
            new ChartSeries(T("chart.target", "Target"), a.Quarters.Select(q => q.Target is { } t ? (double?)t : null).ToArray()),
        ],
    });

    /// <summary>
    /// A headline sentence from the string table msg.KEY, with the money at stake that ranks it; a <see cref="Figure"/> argument is
    /// written as the figure shows and recorded with the sentence.
    /// </summary>
    public HeadlineMessage Message(string key, double materiality, params object?[] args)
    {
        var figures = new List<Figure>();
        return new(key, Fill("msg." + key, key, figures, args), materiality) { Figures = figures };
    }

    /// <summary>A string-table pattern filled like <see cref="Format"/>, collecting the <see cref="Figure"/> arguments in
    /// <paramref name="figures"/>.</summary>
    public string Fill(string key, string fallback, List<Figure> figures, params object?[] args)
    {
        figures.AddRange(args.OfType<Figure>());
        return Format(key, fallback, args.Select(a => a is Figure f ? f.Shown : a).ToArray());
    }

    /// <summary>The scope id of figures over a scope: all, key_accounts, sponsor:NAME.</summary>
    public static string ScopeId(ScopeFigures scope) => scope.Kind switch
    {
        ScopeKind.All => Figure.AllScope,
        ScopeKind.KeyAccounts => Figure.KeyAccountsScope,
        _ => Figure.SponsorPrefix + scope.Sponsor,
    };

    /// <summary>A figure as the documents write it: its KPI key, scope, form and value.</summary>
    public Figure Fig(string key, string scope, string form, double? value) =>
        new(key, scope, WindowOf(key), form, value, F.Show(form, value));

    /// <summary>A figure of an account.</summary>
    public Figure Fig(string key, AccountResult account, string form, double? value) =>
        Fig(key, Figure.ForAccount(account.Account.AccountId), form, value);

    /// <summary>The change of a KPI (its tile's change, a sentence's "rose 8.7%") and the earlier value it is taken against.</summary>
    public Figure Change(string key, string scope, string form, double? change, double? previous) =>
        Fig(key + Figure.ChangeSuffix, scope, form, change) with { Previous = previous };

    /// <summary>A KPI tile's figures: its value and, when the tile shows one, its change against a year before.</summary>
    public IEnumerable<Figure> Tile(KpiValue k, string scope)
    {
        if (k.Value is string) yield break;
        yield return Fig(k.Key, scope, ValueFormatter.FormOf(k.Unit), ValueFormatter.ToDouble(k.Value));
        if (k.ChangeKind != "none")
            yield return Change(k.Key, scope, ValueFormatter.ChangeFormOf(k.ChangeKind, k.Unit), k.Change, ValueFormatter.ToDouble(k.Previous));
    }

    // The window a KPI speaks of (kpis.md); counts of accounts and lights are at the end of the quarter.
    private static string WindowOf(string key)
    {
        var baseKey = key.EndsWith(Figure.ChangeSuffix, StringComparison.Ordinal) ? key[..^Figure.ChangeSuffix.Length] : key;
        return KpiCatalog.Contains(baseKey) ? Codes.Of(KpiCatalog.Get(baseKey).Window) : ScopeWindows.GetValueOrDefault(baseKey,
            "end_of_quarter");
    }

    private static readonly Dictionary<string, string> ScopeWindows = new(StringComparer.Ordinal)
    {
        ["revenue_with_target"] = "quarter", ["accounts_with_target"] = "quarter", ["concentration_top5"] = "ttm",
        ["loss_drop_1"] = "ttm",
    };

    /// <summary>The most material messages, rule order on ties.</summary>
    public static IReadOnlyList<HeadlineMessage> Top(List<HeadlineMessage> all) =>
        all.Select((m, i) => (m, i)).OrderByDescending(x => x.m.Materiality).ThenBy(x => x.i).Take(MaxMessages).Select(x => x.m).ToArray();

    /// <summary>"rose" or "fell" in the run's language.</summary>
    public string Direction(double change, string up, string down) => T(change >= 0 ? up : down);

    private static Dictionary<string, AccountResult> ById(Portfolio? p) =>
        p?.Accounts.ToDictionary(a => a.Account.AccountId, StringComparer.Ordinal) ?? new Dictionary<string,
            AccountResult>(StringComparer.Ordinal);
}
