using KamReports.Formatting;
using System.Globalization;
using KamReports.Charts;
using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents;

/// <summary>
/// Compose stage: builds the plain view models of the account plans and review packs from the computed
/// portfolio. It selects, orders and labels; it never computes a KPI.
/// </summary>
public sealed partial class DocumentComposer
{
    private static readonly string[] HeadlineKeys = ["revenue", "revenue_ttm", "attainment", "share_of_wallet", "nps", "satisfaction_index", "complaints_open", "health_score"];
    private static readonly string[] PackHeadlineKeys = ["revenue", "revenue_ttm", "attainment", "nps", "health_score"];

    private readonly Portfolio _p;
    private readonly Portfolio? _prev;
    private readonly ValueFormatter _f;
    private readonly DateOnly _generatedOn;
    private readonly Dictionary<string, AccountResult> _prevById;
    private readonly Dictionary<string, AccountResult> _prevQuarterById;
    private readonly KpiPresenter _kpis;
    // An account's revenue chart appears in its plan and in the packs that contain it: draw it once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RawHtml> _revenueCharts = new(StringComparer.Ordinal);

    /// <param name="portfolio">The period's portfolio.</param>
    /// <param name="previousYear">The same quarter a year before: every "vs a year before" comparison.</param>
    /// <param name="formatter">Formatting for people in the run's culture.</param>
    /// <param name="generatedOn">The day the documents are made.</param>
    /// <param name="previousQuarter">The quarter before: "What changed since last quarter".</param>
    public DocumentComposer(Portfolio portfolio, Portfolio? previousYear, ValueFormatter formatter, DateOnly generatedOn, Portfolio? previousQuarter = null)
    {
        _prevQuarterById = previousQuarter?.Accounts.ToDictionary(a => a.Account.AccountId, StringComparer.Ordinal) ?? new Dictionary<string, AccountResult>(StringComparer.Ordinal);
        _p = portfolio;
        _prev = previousYear;
        _f = formatter;
        _generatedOn = generatedOn;
        _kpis = new KpiPresenter(formatter.Strings, portfolio.Config);
        _prevById = previousYear?.Accounts.ToDictionary(a => a.Account.AccountId, StringComparer.Ordinal) ?? new Dictionary<string, AccountResult>(StringComparer.Ordinal);
    }

    private string T(string key, string fallback) => _f.Strings.TryGet(key) ?? fallback;

    public AccountPlanModel AccountPlan(AccountResult a)
    {
        var k = a.Kpis;
        var prev = _prevById.GetValueOrDefault(a.Account.AccountId);
        var kpiDict = KpiPresenter.Dictionary(k);
        var quarters = a.Quarters.Select(q => new QuarterView(_f.Quarter(q.Label), q.Revenue, q.Target, q.Target is { } t && t != 0 ? (double)(q.Revenue / t) : null,
            q.Nps, q.SatisfactionIndex, q.RelationshipStrength, q.Responses)).ToArray();
        var end = _p.Period.End;
        var contacts = Contacts(a);
        var values = ValueElements(a);
        var cover = CoverWords(a);
        return new AccountPlanModel
        {
            Doc = Doc("account_plan", string.Format(_f.Culture, T("doc.account_plan_title", "Account plan {0}"), Short(a.Account.Name)), a.Account.KeyAccountManager),
            Account = View(a),
            Kpis = kpiDict,
            Previous = prev is null ? new Dictionary<string, object?>() : KpiPresenter.Dictionary(prev.Kpis),
            Headline = HeadlineKeys.Select(key => Value(key, k, prev?.Kpis)).ToArray(),
            Messages = PlanMessages(a, prev),
            RevenueTitle = k.Attainment is { } att
                ? string.Format(_f.Culture, T("title.revenue_target", "{0} {1} {2}"), _f.Quarter(_p.Period.ToString()), _f.Delta(k.GrowthYoy), _f.Percent(att))
                : string.Format(_f.Culture, T("title.revenue", "{0} {1}"), _f.Quarter(_p.Period.ToString()), _f.Delta(k.GrowthYoy)),
            SatisfactionTitle = k.Nps is { } nps
                ? string.Format(_f.Culture, T("title.satisfaction", "{0} {1}"), _f.Number(nps), _f.Number(k.SatisfactionIndex))
                : T("sat.trend", ""),
            Changes = Changes(a, _prevQuarterById.GetValueOrDefault(a.Account.AccountId)),
            Definitions = KpiCatalog.All.Where(d => d.Group != KpiGroup.Classification || d.Key.StartsWith("health", StringComparison.Ordinal))
                .Select(d => new DefinitionRow(d.Key, _kpis.Title(d.Key), T(d.DefinitionKey, ""))).ToArray(),
            Coverage = Coverage(a),
            HealthLight = KpiCatalog.LightName(k.HealthLight),
            Health = a.Health.Select(h => new HealthComponentView(h.Key, _kpis.Title(h.Key), h.Score, h.Weight)).ToArray(),
            Risks = a.Risks.Select(Risk).ToArray(),
            Team = a.Team.Select(t => new TeamView(t.Member, t.Role, t.Responsibilities)).ToArray(),
            Contacts = contacts,
            Actions = a.Actions.Select(Action).ToArray(),
            Complaints = a.Complaints.Select(c => new ComplaintView(c.ComplaintId, c.Opened, c.Closed, Codes.Of(c.Severity), c.Category, c.Description,
                c.Closed is null || c.Closed > end, (c.Closed is { } cl && cl <= end ? cl : end).DayNumber - c.Opened.DayNumber)).Where(c => c.Opened <= end).ToArray(),
            Competitors = a.Competitors.Select(c => new CompetitorView(c.Competitor, c.EstimatedShare, c.Notes)).ToArray(),
            CompetitorShareTotal = a.Competitors.Count == 0 ? null : a.Competitors.Sum(c => c.EstimatedShare ?? 0),
            Comments = a.RecentComments.Select(c => new CommentView(c.Date, c.Respondent, c.Nps, c.Comment!)).ToArray(),
            Quarters = quarters,
            ProductLines = a.ProductLines.Select(l => new ProductLineView(l.Name, l.RevenueTtm, l.RevenueTtmPrev, Codes.Of(l.Status)!, l.PeerRevenue, l.PeersBuying)).ToArray(),
            ProjectedNextQuarter = a.ProjectedNextQuarter,
            NextQuarter = _f.Quarter(_p.Period.Plus(1).ToString()),
            WalletPrevYear = a.WalletPrevYear,
            Scorecard = Scorecard(k, prev?.Kpis),
            Charts = new AccountCharts(AccountRevenueChart(a), ProductMixChart(a), SatisfactionChart(a.Quarters)) { ValueMap = ValueMapChart(values) },
            Notes = Notes(a),
            CoverSummary = cover.Summary,
            CoverAsks = cover.Asks,
            CoverMore = cover.More,
            Objectives = a.Objectives.Select(Objective).ToArray(),
            OtherActions = a.UngroupedActions.Select(Action).ToArray(),
            ValueElements = values,
            Pipeline = Pipeline(a),
            Partners = a.Partners.Select(x => new PartnerView(x.Name, Codes.Of(x.Role), x.Share)).ToArray(),
            PowerMap = PowerMap(contacts),
            Unplaced = contacts.Where(c => c.Influence is null || c.Stance is null).ToArray(),
            Available = _p.Availability,
        };
    }

    /// <summary>Most rows of a pack's ranked tables (ABC, matrix key): the rest are counted in one line, so a pack's length does not grow with the portfolio.</summary>
    public const int MaxTableRows = 20;

    /// <summary>Most exceptions a pack lists; the rest are counted in one line (kpis.md).</summary>
    public const int MaxExceptions = 10;

    // kpis.md scopes: the portfolio pack's headline, matrix and exceptions are the key accounts'; its ABC,
    // concentration and segments all accounts'. A sponsor pack is about the sponsor's accounts throughout.
    public ReviewPackModel PortfolioPack() => Pack(_p.Scope(ScopeKind.KeyAccounts), _prev?.Scope(ScopeKind.KeyAccounts), _p.All);

    public ReviewPackModel SponsorPack(string sponsor) =>
        Pack(_p.Scope(ScopeKind.Sponsor, sponsor), _prev?.Scope(ScopeKind.Sponsor, sponsor), _p.Scope(ScopeKind.Sponsor, sponsor));

    /// <summary>The population a scope's figures cover, in words.</summary>
    public string Population(ScopeFigures scope) => Populations.Describe(scope, _f.Strings);

    private ReviewPackModel Pack(ScopeFigures scope, ScopeFigures? before, ScopeFigures abcScope)
    {
        var sponsor = scope.Sponsor;
        var isPortfolio = scope.Kind != ScopeKind.Sponsor;
        var totals = scope.Totals;
        var abc = abcScope.Abc;
        var check = scope.HealthCheck;
        var packAccounts = scope.Accounts;
        var series = scope.Quarters;
        // The matrix is numbered by TTM revenue rank.
        var matrix = packAccounts
            .Where(a => a.RelationshipAxis is not null && a.PotentialAxis is not null)
            .Select((a, i) => new MatrixPoint(i + 1, a.Account.AccountId, a.Account.Name, a.RelationshipAxis!.Value, a.PotentialAxis!.Value, a.Kpis.PortfolioQuadrant, a.Kpis.RevenueTtm, KpiCatalog.LightName(a.Kpis.HealthLight)))
            .ToArray();
        var hasTargets = series.Any(q => q.Target is not null);
        var last = series.Count > 0 ? series[^1] : null;
        var rest = scope.Exceptions.Skip(MaxExceptions).ToArray();
        var title = isPortfolio
            ? T("doc.portfolio_pack_title", "Key account portfolio review")
            : string.Format(_f.Culture, T("doc.sponsor_pack_title", "Sponsor review: {0}"), sponsor);
        return new ReviewPackModel
        {
            Doc = Doc(isPortfolio ? "portfolio_pack" : "sponsor_pack", title, sponsor ?? T("doc.author_sales_ops", "Sales Operations")),
            IsPortfolio = isPortfolio,
            Sponsor = sponsor,
            Totals = totals,
            AllTotals = abcScope.Totals,
            Population = Population(scope),
            AbcPopulation = Population(abcScope),
            TrendTitle = hasTargets && last?.Target is { } lt
                ? string.Format(_f.Culture, T("pack.trend_target", "Revenue of the {0} with a target vs their targets: {1} of {2} in {3} ({4})"),
                    string.Format(_f.Culture, T("pop.with_target", "{0} accounts"), totals.WithTarget), _f.Money((double)last.RevenueWithTarget), _f.Money((double)lt), _f.Quarter(last.Label), _f.Percent(last.Attainment))
                : string.Format(_f.Culture, T("pack.trend_no_target", "Revenue by quarter, {0} (no targets)"), Population(scope)),
            Headline = PackHeadlineKeys.Select(key => _kpis.Present(key, scope.Kpi, before is null ? null : before.Kpi)).ToArray(),
            Abc = abc.Take(MaxTableRows).Select(e => new AbcRow(e.Rank, e.Account.Account.AccountId, e.Account.Account.Name, e.Account.Kpis.RevenueTtm, e.Share, e.Cumulative, e.Account.Kpis.AbcClass, e.Account.IsKeyAccount)).ToArray(),
            AbcClasses = new[] { "A", "B", "C" }.Select(c =>
            {
                var members = abc.Where(e => e.Account.Kpis.AbcClass == c).ToArray();
                return new AbcClassSummary(c, members.Length, members.Sum(e => e.Account.Kpis.RevenueTtm), members.Length == 0 ? 0 : members.Sum(e => e.Share ?? 0));
            }).ToArray(),
            AbcRule = _p.Config.AbcRule.ToString().ToLowerInvariant(),
            AbcRuleText = _p.Config.AbcRule == Config.AbcRule.Count
                ? string.Format(_f.Culture, T("pack.abc_rule_count", "{0} {1}"), _f.Percent(_p.Config.AbcA, 0), _f.Percent(_p.Config.AbcB - _p.Config.AbcA, 0))
                : string.Format(_f.Culture, T("pack.abc_rule_revenue", "{0} {1}"), _f.Percent(_p.Config.AbcA, 0), _f.Percent(_p.Config.AbcB, 0)),
            Concentration = _p.Concentration,
            Loss = _p.LossScenarios.Select(l => new LossView(l.N, l.AccountsLost.Select(id => _p.Accounts.First(a => a.Account.AccountId == id).Account.Name).ToArray(),
                l.RevenueTtmLost, l.RevenueTtmRemaining, l.Drop)).ToArray(),
            Segments = isPortfolio
                ? PortfolioSummaries.Dimensions.Select(d => new SegmentGroup(d, T("dim." + d, d), _p.Segments.Where(s => s.Dimension == d).ToArray())).ToArray()
                : [],
            HealthCheck = HealthRows(check),
            KeyAccountsChecked = check.KeyAccounts,
            Exceptions = scope.Exceptions.Take(MaxExceptions).Select(Exception).ToArray(),
            ExceptionsMore = rest.Length,
            ExceptionsMoreRevenueTtm = rest.Sum(e => e.Account.Kpis.RevenueTtm),
            // Per-account pages live in the sponsor packs: their key accounts, most revenue at stake first.
            Accounts = isPortfolio ? [] : packAccounts.Where(a => a.IsKeyAccount).Select(Summary).ToArray(),
            Matrix = matrix.Take(MaxTableRows).ToArray(),
            MatrixMore = matrix.Length > MaxTableRows ? matrix.Length - MaxTableRows : 0,
            MatrixMoreRevenueTtm = matrix.Skip(MaxTableRows).Sum(m => m.RevenueTtm),
            AbcMore = abc.Count > MaxTableRows ? abc.Count - MaxTableRows : 0,
            AbcMoreRevenueTtm = abc.Skip(MaxTableRows).Sum(e => e.Account.Kpis.RevenueTtm),
            Messages = PackMessages(scope, before, isPortfolio),
            Asks = isPortfolio ? [] : Asks(scope),
            Watch = isPortfolio ? [] : scope.Accounts.Select(a => new WatchRow(a.Account.AccountId, a.Account.Name, a.IsKeyAccount,
                new RawHtml(ChartFactory.Sparkline(a.Quarters.Select(q => (double)q.Revenue).ToArray())), a.Kpis.RevenueTtm, a.Kpis.GrowthTtm, a.Kpis.Attainment, a.Kpis.Nps,
                KpiCatalog.LightName(a.Kpis.HealthLight), a.Kpis.HealthScore)).ToArray(),
            ComingUp = isPortfolio ? [] : ComingUp(scope),
            NextQuarter = _f.Quarter(_p.Period.Plus(1).ToString()),
            Charts = new PackCharts(
                // With targets, the bars are the revenue of the very accounts whose targets the line sums (kpis.md, Scopes).
                RawChart(ChartFactory.RevenueVsTarget(series.Select(q => _f.QuarterAxis(q.Label)).ToArray(), series.Select(q => (double)(hasTargets ? q.RevenueWithTarget : q.Revenue)).ToArray(),
                    series.Select(q => q.Target is { } t ? (double?)t : null).ToArray(), T(hasTargets ? "chart.revenue_with_target" : "chart.revenue", "Revenue"), T("chart.target", "Target"), Axis)),
                // The Pareto shows the largest accounts by name; its cumulative line still counts every account before them.
                abc.Count == 0 ? null : RawChart(ChartFactory.Pareto(abc.Take(MaxTableRows).Select(e => e.Account.Account.Name).ToArray(), abc.Take(MaxTableRows).Select(e => (double)e.Account.Kpis.RevenueTtm).ToArray(),
                    abc.Take(MaxTableRows).Select(e => e.Cumulative ?? 0).ToArray(), T("chart.revenue_ttm", "Revenue TTM"), T("chart.cumulative", "Cumulative share"), Axis, p => _f.Percent(p, 0))),
                // The largest bubbles carry their number (keyed in the table); the rest are drawn unlabelled.
                RawChart(ChartFactory.Matrix(matrix.Select(m => new ChartPoint(m.Number <= MaxTableRows ? m.Number.ToString(CultureInfo.InvariantCulture) : "", m.Relationship, m.Potential, (double)Math.Max(0, m.RevenueTtm), m.Light)).ToArray(),
                    T("chart.relationship", "Relationship strength (1-5)"), T("chart.potential", "Growth potential (1-5)"),
                    [T("value.develop", "develop"), T("value.strategic", "strategic"), T("value.streamline", "streamline"), T("value.maintain", "maintain")])),
                isPortfolio ? SegmentChart("region") : null,
                isPortfolio ? SegmentChart("industry") : null),
            Available = _p.Availability,
        };
    }

    private RawHtml? SegmentChart(string dimension)
    {
        var rows = _p.Segments.Where(s => s.Dimension == dimension).Take(12).ToArray();
        return rows.Length == 0 ? null : RawChart(ChartFactory.HorizontalBars(rows.Select(r => r.Segment == Portfolio.Unassigned ? T("value.unassigned", "(none)") : r.Segment).ToArray(),
            rows.Select(r => (double)r.RevenueTtm).ToArray(), Axis, ChartFactory.Navy, 340));
    }

    private AccountSummaryView Summary(AccountResult a)
    {
        var prev = _prevById.GetValueOrDefault(a.Account.AccountId);
        return new AccountSummaryView(View(a), KpiPresenter.Dictionary(a.Kpis), HeadlineKeys.Select(key => Value(key, a.Kpis, prev?.Kpis)).ToArray(),
            KpiCatalog.LightName(a.Kpis.HealthLight), a.Risks.Select(Risk).ToArray(),
            // The overdue ones first (done late included, as actions_overdue counts them), then the open ones.
            a.Actions.Where(x => x.Overdue).Concat(a.Actions.Where(x => !x.Overdue && x.Item.Status is ActionStatus.Planned or ActionStatus.InProgress)).Select(Action).Take(5).ToArray(),
            AccountRevenueChart(a));
    }

    private ExceptionRow Exception(ExceptionEntry e)
    {
        var a = e.Account;
        return new ExceptionRow(a.Account.AccountId, a.Account.Name, a.Account.KeyAccountManager, KpiCatalog.LightName(a.Kpis.HealthLight), a.Kpis.HealthScore,
            a.Kpis.RevenueTtm, e.Reasons.Select(r => Risk(r).Text).ToArray());
    }

    private IReadOnlyList<HealthCheckRow> HealthRows(HealthCheck c)
    {
        HealthCheckRow Row(string key, double? share) => new(key, T("check." + key, key), share,
            KpiCatalog.LightName(share is not { } s ? HealthLight.Unknown : s >= 0.8 ? HealthLight.Green : s >= 0.5 ? HealthLight.Amber : HealthLight.Red));
        return [Row("action_plan", c.WithActionPlan), Row("decision_maker", c.WithDecisionMaker), Row("recent_contact", c.WithRecentContact),
            Row("survey_response", c.WithSurveyResponse), Row("target", c.WithTarget)];
    }

    private KpiValue Value(string key, AccountKpis k, AccountKpis? prev) => _kpis.Present(key, KpiPresenter.Of(k), prev is null ? null : KpiPresenter.Of(prev));

    private IReadOnlyList<ScorecardGroup> Scorecard(AccountKpis k, AccountKpis? prev)
    {
        var groups = new[] { (KpiGroup.Customer, "customer"), (KpiGroup.AccountPlan, "account_plan"), (KpiGroup.AccountTeam, "account_team"), (KpiGroup.Process, "process") };
        return groups.Select(g => new ScorecardGroup(g.Item2, T("scorecard." + g.Item2, g.Item2),
            KpiCatalog.All.Where(d => d.Group == g.Item1).Select(d => Value(d.Key, k, prev)).ToArray())).ToArray();
    }

    // Each risk's sentence names its window (string table risk.<kind>); {0} is its figure as the document shows it.
    private RiskView Risk(Risk r)
    {
        var kind = Codes.Of(r.Kind);
        var figure = r.Kind switch
        {
            RiskKind.DecliningRevenue => _f.Delta(r.Value),
            RiskKind.LowAttainment or RiskKind.SharesAbove100 => _f.Percent(r.Value),
            _ => _f.Number(r.Value),
        };
        return new RiskView(kind, r.Value, string.Format(_f.Culture, T("risk." + kind, kind + " {0}"), figure));
    }

    private ActionView Action(ActionStatusView a) =>
        new(a.Item.Objective, a.Item.Action, a.Item.Owner, a.Item.Due, Codes.Of(a.Item.Status)!, a.Item.Completed, a.Overdue,
            a.Overdue && a.Item.Status == ActionStatus.Done);

    private RawHtml AccountRevenueChart(AccountResult a) => _revenueCharts.GetOrAdd(a.Account.AccountId, _ => RevenueChart(a.Quarters));

    private RawHtml RevenueChart(IReadOnlyList<QuarterPoint> q, int width = 680, int height = 250) =>
        RawChart(ChartFactory.RevenueVsTarget(q.Select(x => _f.QuarterAxis(x.Label)).ToArray(), q.Select(x => (double)x.Revenue).ToArray(),
            q.Select(x => x.Target is { } t ? (double?)t : null).ToArray(), T("chart.revenue", "Revenue"), T("chart.target", "Target"), Axis, width, height));

    private RawHtml? ProductMixChart(AccountResult a)
    {
        var lines = a.ProductLines.Where(l => l.RevenueTtm != 0).OrderByDescending(l => l.RevenueTtm).ToArray();
        return lines.Length == 0 ? null : RawChart(ChartFactory.HorizontalBars(lines.Select(l => l.Name).ToArray(), lines.Select(l => (double)l.RevenueTtm).ToArray(), Axis, width: 380));
    }

    private RawHtml? SatisfactionChart(IReadOnlyList<QuarterPoint> q) =>
        q.All(x => x.Responses == 0) ? null : RawChart(ChartFactory.SatisfactionTrend(q.Select(x => _f.QuarterAxis(x.Label)).ToArray(), q.Select(x => x.Nps).ToArray(),
            q.Select(x => x.SatisfactionIndex).ToArray(), T("chart.nps", "NPS"), T("chart.satisfaction", "Satisfaction index")));

    private string Axis(double v) => _f.MoneyShort(v);

    private static RawHtml RawChart(string svg) => new($"<figure class=\"chart\">{svg}</figure>");

    private DocumentInfo Doc(string kind, string title, string? author) => new(kind, title,
        string.Format(_f.Culture, T("doc.subject", "Key account review {0}"), _f.Quarter(_p.Period.ToString())), author ?? "KamReports",
        _f.Quarter(_p.Period.ToString()), _p.Period.Start, _p.Period.End, _generatedOn, _p.Config.Currency, _f.Culture.Name, _f.Culture.TwoLetterISOLanguageName, T("doc.company", "")) { ColorsUp = _p.Config.ColorsUp };

    // A name that would run off the page (a 10,000-character export error) is cut with an ellipsis.
    private static string Short(string text, int max = 120) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private AccountView View(AccountResult a) => new(a.Account.AccountId, Short(a.Account.Name), a.Account.Industry, a.Account.Region, a.Account.Country,
        a.Account.CustomerType, a.Account.KeyAccountManager, a.Account.ExecutiveSponsor, a.Account.CustomerSince, a.Account.BuyingChannel,
        a.Account.GrowthPotential, a.IsKeyAccount, Slug.Make(a.Account.Name), a.Account.Extra);

}
