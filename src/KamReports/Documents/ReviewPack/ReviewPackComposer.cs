using System.Globalization;
using KamReports.Compute;
using KamReports.Config;

namespace KamReports.Documents.ReviewPack;

/// <summary>
/// Composes the <see cref="ReviewPackModel"/> of the portfolio pack or of one sponsor's pack: it selects, orders and
/// labels the figures of the pack's scope; it never computes a KPI.
/// </summary>
public sealed partial class ReviewPackComposer(ComposeContext c)
{
    private static readonly string[] PackHeadlineKeys = ["revenue", "revenue_ttm", "attainment", "nps", "health_score"];

    /// <summary>Most rows of a pack's ranked tables (ABC, matrix key): the rest are counted in one line, so a pack's length does not grow
    /// with the portfolio.</summary>
    public const int MaxTableRows = 20;

    /// <summary>Most exceptions a pack lists; the rest are counted in one line (kpis.md).</summary>
    public const int MaxExceptions = 10;

    /// <summary>Most lines of a sponsor's watch list (by revenue TTM); the rest are counted in one line, so the pack stays within its
    /// 16 pages at any size.</summary>
    public const int MaxWatchRows = 30;

    /// <summary>Exception accounts that get half a page in a sponsor pack (the triage lists them all).</summary>
    public const int MaxAccountPages = 8;

    /// <summary>Most lines of "Last review's asks" (decided first, then the overdue, then the oldest); the rest are counted.</summary>
    public const int MaxLastReview = 15;

    /// <summary>Most dates of a sponsor's "coming up"; the rest are counted with the value of their offers.</summary>
    public const int MaxComingUp = 15;

    /// <summary>Headline messages of a pack's page 1 (outputs.md: 3).</summary>
    public const int PackMessages = 3;

    /// <summary>ABC table, Pareto chart and matrix only from this many accounts up (outputs.md).</summary>
    public const int MinAbcAccounts = 5;

    private Portfolio P => c.Portfolio;

    // kpis.md scopes: the portfolio pack's headline, matrix and exceptions are the key accounts'; its ABC,
    // concentration and segments all accounts'. A sponsor pack is about the sponsor's accounts throughout.
    // Like for like (kpis.md): the pack's changes compare its accounts of Q with their own figures a year before.
    public ReviewPackModel Portfolio() => Pack(P.Scope(ScopeKind.KeyAccounts), YearBefore(P.Scope(ScopeKind.KeyAccounts)), P.All);

    public ReviewPackModel Sponsor(string sponsor) =>
        Pack(P.Scope(ScopeKind.Sponsor, sponsor), YearBefore(P.Scope(ScopeKind.Sponsor, sponsor)), P.Scope(ScopeKind.Sponsor, sponsor));

    private ScopeFigures? YearBefore(ScopeFigures scope) => c.PreviousYear?.SameAccounts(scope);

    private ReviewPackModel Pack(ScopeFigures scope, ScopeFigures? before, ScopeFigures abcScope)
    {
        var sponsor = scope.Sponsor;
        var isPortfolio = scope.Kind != ScopeKind.Sponsor;
        // The matrix is numbered by TTM revenue rank.
        var matrix = scope.Accounts
            .Where(a => a.RelationshipAxis is not null && a.PotentialAxis is not null)
            .Select((a, i) => new MatrixPoint(i + 1, a.Account.AccountId, a.Account.Name, a.RelationshipAxis!.Value, a.PotentialAxis!.Value,
                a.Kpis.PortfolioQuadrant, a.Kpis.RevenueTtm, KpiCatalog.LightName(a.Kpis.HealthLight)))
            .ToArray();
        var abc = TableCut.Of(abcScope.Abc, MaxTableRows, e => e.Account.Kpis.RevenueTtm);
        var exceptions = Triage.Cut(scope.Exceptions, MaxExceptions);
        var matrixKey = TableCut.Of(matrix, MaxTableRows, m => m.RevenueTtm);
        var watch = TableCut.Of(scope.Accounts, MaxWatchRows, a => a.Kpis.RevenueTtm);
        var programme = TableCut.Of(scope.Accounts.Where(a => a.IsKeyAccount).ToArray(), MaxTableRows, a => a.Kpis.RevenueTtm);
        var comingUp = TableCut.Of(isPortfolio ? [] : ComingUp(scope), MaxComingUp, r => r.Value ?? 0);
        var headline = PackHeadlineKeys.Select(key => c.Kpis.Present(key, scope.Kpi, before is null ? null : before.Kpi)).ToArray();
        var messages = Messages(scope, before, isPortfolio).Take(PackMessages).ToArray();
        var decisions = DecisionsOf(scope, sponsor);
        var lastReview = TableCut.Of(LastReview(sponsor), MaxLastReview, _ => 0m);
        var title = isPortfolio ? c.T("doc.portfolio_pack_title", "Key account portfolio review") : c.Format("doc.sponsor_pack_title",
            "Sponsor review: {0}", sponsor);
        return new ReviewPackModel
        {
            Doc = c.Doc(isPortfolio ? "portfolio_pack" : "sponsor_pack", title, sponsor ?? c.T("doc.author_sales_ops", "Sales Operations")),
            IsPortfolio = isPortfolio,
            Sponsor = sponsor,
            Totals = scope.Totals,
            AllTotals = abcScope.Totals,
            Population = c.Population(scope),
            AbcPopulation = c.Population(abcScope),
            Headline = headline,
            Abc = abc.Shown.Select(e => new AbcRow(e.Rank, e.Account.Account.AccountId, e.Account.Account.Name,
                e.Account.Kpis.RevenueTtm, e.Share,
                e.Cumulative, e.Account.Kpis.AbcClass, e.Account.IsKeyAccount)).ToArray(),
            AbcClasses = abcScope.AbcClasses,
            AbcRule = P.Config.AbcRule.ToString().ToLowerInvariant(),
            AbcRuleText = P.Config.AbcRule == AbcRule.Count
                ? c.Format("pack.abc_rule_count", "{0} {1}", c.F.Percent(P.Config.AbcA, 0), c.F.Percent(P.Config.AbcB - P.Config.AbcA, 0))
                : c.Format("pack.abc_rule_revenue", "{0} {1}", c.F.Percent(P.Config.AbcA, 0), c.F.Percent(P.Config.AbcB, 0)),
            Concentration = P.Concentration,
            Loss = P.LossScenarios.Select(l =>
                new LossView(l.N, l.AccountsLost.Select(id => P.Accounts.First(a => a.Account.AccountId == id)).Select(a =>
                    a.Kpis.TacticsInPlace is { } tin && a.Kpis.TacticsApplicable is { } tap
                        ? c.Format("pack.loss_account", "{0} ({1} of {2} exit barriers)", a.Account.Name, tin, tap) : a.Account.Name).ToArray(),
                l.RevenueTtmLost, l.RevenueTtmRemaining, l.Drop)).ToArray(),
            Segments = isPortfolio
                ? PortfolioSummaries.Dimensions.Select(d => new SegmentGroup(d, c.T("dim." + d, d),
                    P.Segments.Where(s => s.Dimension == d).ToArray())).ToArray()
                : [],
            HealthCheck = scope.HealthCheck.Items.Select(h => new HealthCheckRow(h.Key, c.T("check." + h.Key, h.Key), h.Share,
                KpiCatalog.LightName(h.Light))).ToArray(),
            KeyAccountsChecked = scope.HealthCheck.KeyAccounts,
            HealthCheckComplete = scope.HealthCheck.Complete,
            Exceptions = exceptions.Shown.Select((e, i) => Exception(e, scope) with { Compact = i >= MaxExceptions }).ToArray(),
            ExceptionsMore = exceptions.More,
            ExceptionsMoreRevenueTtm = exceptions.MoreRevenueTtm,
            // Half a page per key account of the sponsor that is an exception, most money at stake first (the triage's order).
            Accounts = isPortfolio ? [] : scope.Exceptions.Where(e => e.Account.IsKeyAccount).Take(MaxAccountPages)
                .Select(e => Summary(e.Account)).ToArray(),
            Matrix = matrixKey.Shown,
            MatrixMore = matrixKey.More,
            MatrixMoreRevenueTtm = matrixKey.MoreRevenueTtm,
            AbcMore = abc.More,
            AbcMoreRevenueTtm = abc.MoreRevenueTtm,
            Messages = messages,
            PageOne = PageOne(scope, abcScope, headline, messages),
            Decisions = decisions.Top,
            DecisionsRest = decisions.After,
            DecisionsMore = decisions.More,
            DecisionsMoreMoney = decisions.MoreMoney,
            NextReview = AskRules.NextReview(P.Config, P.Period),
            LastReview = lastReview.Shown,
            LastReviewMore = lastReview.More,
            Service = ClassService.Of(scope, P.Config).Select(x => new ClassServiceView(c.T("dim." + x.Dimension, x.Dimension), x.Class,
                c.F.Strings.TryGet($"service.treatment.{x.Dimension}.{x.Class}"), x.Accounts, x.FullyServed,
                x.MostMissed is { } mm ? c.T(mm.StartsWith("tactic.", StringComparison.Ordinal) ? mm : "req.name." + mm, mm) : null,
                x.MostMissedCount, x.MeanCostRatio, x.Limit, x.OverServed, x.UnderServed)).ToArray(),
            Programme = programme.Shown.Select(a => new ProgrammeLine(a.Account.AccountId, ComposeContext.Short(a.Account.Name, 40),
                a.Programme.Select(t => t.Status is { } s ? Codes.Of(s) : "no_data").ToArray(), a.Kpis.TacticsInPlace,
                a.Kpis.TacticsApplicable)).ToArray(),
            TacticNames = Enum.GetValues<Records.Tactic>().Select(t => c.T("tactic." + Codes.Of(t))).ToArray(),
            ProgrammeMore = programme.More,
            ProgrammeMoreCoverage = Formulas.Mean(scope.Accounts.Where(a => a.IsKeyAccount).Skip(MaxTableRows)
                .Select(a => a.Kpis.ProgrammeCoverage)),
            HasProgramme = P.Availability.Programme,
            HasAsks = P.Availability.Asks,
            AsksOpen = scope.AsksOpen,
            AsksOverdue = scope.AsksOverdue,
            AsksDecided = scope.AsksDecided,
            AskDecisionRate = scope.AskDecisionRate,
            Materiality = P.Config.Materiality,
            ShowAbc = abcScope.Accounts.Count >= MinAbcAccounts,
            Watch = isPortfolio ? [] : watch.Shown.Select(Watch).ToArray(),
            WatchMore = isPortfolio ? 0 : watch.More,
            WatchMoreRevenueTtm = isPortfolio ? 0 : watch.MoreRevenueTtm,
            ComingUp = comingUp.Shown,
            ComingUpMore = comingUp.More,
            ComingUpMoreValue = comingUp.MoreRevenueTtm,
            NextQuarter = c.Quarter(P.Period.Plus(1)),
            Charts = new PackCharts(TrendChart(scope), ParetoChart(abc.Shown), MatrixChart(matrix),
                isPortfolio ? SegmentChart("region") : null, isPortfolio ? SegmentChart("industry") : null),
            Available = P.Availability,
        };
    }

    private AccountSummaryView Summary(AccountResult a)
    {
        var prev = c.YearBefore(a.Account.AccountId);
        return new AccountSummaryView(c.View(a), KpiPresenter.Dictionary(a.Kpis),
            ComposeContext.HeadlineKeys.Select(key => c.Value(key, a.Kpis, prev?.Kpis)).ToArray(), KpiCatalog.LightName(a.Kpis.HealthLight),
            a.Risks.Select(c.Risk).ToArray(),
            // The overdue ones first (done late included, as actions_overdue counts them), then the open ones.
            a.Actions.Where(x => x.Overdue)
                .Concat(a.Actions.Where(x => !x.Overdue
                && x.Item.Status is Records.ActionStatus.Planned or Records.ActionStatus.InProgress))
                .Select(ComposeContext.Action).Take(5).ToArray(),
            c.RevenueChart(a));
    }

    private WatchRow Watch(AccountResult a) => new(a.Account.AccountId, a.Account.Name, a.IsKeyAccount,
        new ChartData { Kind = "sparkline",
            Series = [new ChartSeries(c.T("chart.revenue", "Revenue"), a.Quarters.Select(q => (double?)q.Revenue).ToArray())] },
        a.Kpis.RevenueTtm, a.Kpis.GrowthTtm, a.Kpis.Attainment, a.Kpis.Nps, KpiCatalog.LightName(a.Kpis.HealthLight), a.Kpis.HealthScore)
    {
        HealthCoverage = a.Kpis.HealthCoverage,
    };

    private ExceptionRow Exception(ExceptionEntry e, ScopeFigures scope)
    {
        var a = e.Account;
        return new ExceptionRow(a.Account.AccountId, a.Account.Name, a.Account.KeyAccountManager,
            KpiCatalog.LightName(a.Kpis.HealthLight), a.Kpis.HealthScore,
            a.Kpis.RevenueTtm, e.Reasons.Select(r => c.Risk(r).Text).ToArray())
        {
            HealthCoverage = a.Kpis.HealthCoverage,
            Severity = e.Severity,
            Change = Triage.Change(e, scope, c.PreviousQuarter),
            Doing = Doing(a),
        };
    }

    // What page 1 states (templates/review-pack/01-cover.html): the cover facts, the tiles and the figures of the messages.
    private IReadOnlyList<Figure> PageOne(ScopeFigures scope, ScopeFigures abcScope, IReadOnlyList<KpiValue> headline,
        IReadOnlyList<HeadlineMessage> messages)
    {
        var id = ComposeContext.ScopeId(scope);
        var abcId = ComposeContext.ScopeId(abcScope);
        var t = scope.Totals;
        return
        [
            c.Fig("accounts", abcId, "number", abcScope.Totals.Accounts),
            c.Fig("key_accounts", abcId, "number", abcScope.Totals.KeyAccounts),
            c.Fig("lights_green", id, "number", t.Green),
            c.Fig("lights_amber", id, "number", t.Amber),
            c.Fig("lights_red", id, "number", t.Red),
            .. headline.SelectMany(k => c.Tile(k, id)),
            .. messages.SelectMany(m => m.Figures),
        ];
    }

    /// <summary>Red and amber lines a brief shows; the rest are counted, so the brief fits one page at any size.</summary>
    public const int MaxBriefLines = 12;

    /// <summary>A sponsor's one-page brief: the pack's decisions and messages, the red and amber accounts, where the pack is.</summary>
    public SponsorBriefModel Brief(string sponsor)
    {
        var scope = P.Scope(ScopeKind.Sponsor, sponsor);
        var before = YearBefore(scope);
        var messages = Messages(scope, before, false).Take(PackMessages).ToArray();
        var decisions = Decisions.For(scope, P, sponsor).Select(View).ToArray();
        var lights = scope.Accounts.Where(a => a.Kpis.HealthLight is HealthLight.Red or HealthLight.Amber)
            .OrderBy(a => a.Kpis.HealthLight == HealthLight.Red ? 0 : 1).ThenByDescending(a => a.Kpis.RevenueTtm)
            .ThenBy(a => a.Account.AccountId, StringComparer.Ordinal).ToArray();
        var cut = TableCut.Of(lights, MaxBriefLines, a => a.Kpis.RevenueTtm);
        var pack = DocumentCatalog.For(P).First(d => d.Kind == DocumentCatalog.SponsorPack && d.Title == "Sponsor pack: " + sponsor);
        var beyond = TableCut.Of(decisions, PageOneDecisions, d => d.MoneyAtStake);
        return new SponsorBriefModel
        {
            Doc = c.Doc("sponsor_brief", c.Format("doc.sponsor_brief_title", "Pre-read: {0}", sponsor), sponsor),
            Sponsor = sponsor,
            Population = c.Population(scope),
            Totals = scope.Totals,
            Decisions = beyond.Shown,
            DecisionsMore = beyond.More,
            DecisionsMoreMoney = beyond.MoreRevenueTtm,
            NextReview = AskRules.NextReview(P.Config, P.Period),
            Messages = messages,
            Lights = cut.Shown.Select(a => new BriefLine(a.Account.AccountId, ComposeContext.Short(a.Account.Name, 60),
                KpiCatalog.LightName(a.Kpis.HealthLight), a.Kpis.HealthScore, a.Kpis.RevenueTtm,
                a.Risks.Count > 0 ? c.Risk(a.Risks[0]).Text : null)).ToArray(),
            LightsMore = cut.More,
            LightsMoreRevenueTtm = cut.MoreRevenueTtm,
            // The file name only: a brief printed in another language sits beside its own pack (OUT/<culture>/review-packs/).
            PackPath = Path.GetFileName(pack.RelativePath),
            PageOne = [.. messages.SelectMany(m => m.Figures)],
        };
    }
}
