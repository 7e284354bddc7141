using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents.AccountPlan;

/// <summary>Composes the <see cref="AccountPlanModel"/> of one key account: it selects, orders and labels; it never computes a
/// KPI.</summary>
public sealed partial class AccountPlanComposer(ComposeContext c)
{
    private Portfolio P => c.Portfolio;

    public AccountPlanModel Compose(AccountResult a)
    {
        var k = a.Kpis;
        var prev = c.YearBefore(a.Account.AccountId);
        var end = P.Period.End;
        var contacts = Contacts(a);
        var values = ValueElements(a);
        var cover = CoverWords(a);
        var changes = Changes(a, c.QuarterBefore(a.Account.AccountId));
        var headline = ComposeContext.HeadlineKeys.Select(key => c.Value(key, k, prev?.Kpis)).ToArray();
        var messages = Messages(a, prev);
        return new AccountPlanModel
        {
            Doc = c.Doc("account_plan", c.Format("doc.account_plan_title", "Account plan {0}", ComposeContext.Short(a.Account.Name)),
                a.Account.KeyAccountManager),
            Account = c.View(a),
            Kpis = KpiPresenter.Dictionary(k),
            Previous = prev is null ? new Dictionary<string, object?>() : KpiPresenter.Dictionary(prev.Kpis),
            Headline = headline,
            Messages = messages,
            PageOne = PageOne(a, headline, messages),
            Changes = changes,
            Definitions = KpiCatalog.All.Where(d => d.Group != KpiGroup.Classification
                || d.Key.StartsWith("health", StringComparison.Ordinal))
                .Select(d => new DefinitionRow(d.Key, c.Kpis.Title(d.Key), c.T(d.DefinitionKey))).ToArray(),
            Coverage = Coverage(a),
            HealthLight = KpiCatalog.LightName(k.HealthLight),
            Health = a.Health.Select(h => new HealthComponentView(h.Key, c.Kpis.Title(h.Key), h.Score, h.Weight)).ToArray(),
            Risks = a.Risks.Select(c.Risk).ToArray(),
            Service = Service(a),
            Tactics = Tactics(a),
            TacticsInPlace = k.TacticsInPlace,
            TacticsApplicable = k.TacticsApplicable,
            MissingTactics = a.Programme.Where(t => t.Status is Records.TacticStatus.Missing or Records.TacticStatus.Planned)
                .Select(t => c.T("tactic." + Codes.Of(t.Tactic))).ToArray(),
            Team = a.Team.Select(t => new TeamView(t.Member, t.Role, t.Responsibilities)).ToArray(),
            Contacts = contacts,
            Actions = a.Actions.Select(ComposeContext.Action).ToArray(),
            Complaints = a.Complaints.Where(x => x.Opened <= end).Select(x => Complaint(x, end)).ToArray(),
            Competitors = a.Competitors.Select(x => new CompetitorView(x.Competitor, x.EstimatedShare, x.Notes)).ToArray(),
            CompetitorShareTotal = a.CompetitorShareTotal,
            Comments = a.RecentComments.Select(x => new CommentView(x.Date, x.Respondent, x.Nps, x.Comment!)).ToArray(),
            Quarters = a.Quarters.Select(q => new QuarterView(c.F.Quarter(q.Label), q.Revenue, q.Target, q.Attainment,
                q.Nps, q.SatisfactionIndex, q.RelationshipStrength, q.Responses)).ToArray(),
            ProductLines = a.ProductLines.Select(l => new ProductLineView(l.Name, l.RevenueTtm, l.RevenueTtmPrev, Codes.Of(l.Status)!,
                l.PeerRevenue,
                l.PeersBuying)).ToArray(),
            ProjectedNextQuarter = a.ProjectedNextQuarter,
            NextQuarter = c.Quarter(P.Period.Plus(1)),
            WalletPrevYear = a.WalletPrevYear,
            Scorecard = Scorecard(k, prev?.Kpis),
            Charts = new AccountCharts(RevenueChart(a), ProductMixChart(a), SatisfactionChart(a)) { ValueMap = ValueMapChart(values) },
            Notes = Notes(a),
            CoverSummary = cover.Summary,
            CoverAsks = cover.Asks,
            CoverMore = cover.More,
            Objectives = a.Objectives.Select(Objective).ToArray(),
            OtherActions = a.UngroupedActions.Select(ComposeContext.Action).ToArray(),
            ValueElements = values,
            Pipeline = Pipeline(a),
            Partners = a.Partners.Select(x => new PartnerView(x.Name, Codes.Of(x.Role), x.Share)).ToArray(),
            PowerMap = PowerMap(contacts),
            Unplaced = contacts.Where(x => x.Influence is null || x.Stance is null).ToArray(),
            Available = P.Availability,
        };
    }

    private IReadOnlyList<ScorecardGroup> Scorecard(AccountKpis k, AccountKpis? prev)
    {
        var groups = new[] { (KpiGroup.Customer, "customer"), (KpiGroup.AccountPlan, "account_plan"),
            (KpiGroup.AccountTeam, "account_team"), (KpiGroup.Process, "process") };
        return groups.Select(g => new ScorecardGroup(g.Item2, c.T("scorecard." + g.Item2, g.Item2),
            KpiCatalog.All.Where(d => d.Group == g.Item1).Select(d => c.Value(d.Key, k, prev)).ToArray())).ToArray();
    }

    private static ComplaintView Complaint(Complaint x, DateOnly end)
    {
        var state = ComplaintState.At(x, end);
        return new ComplaintView(x.ComplaintId, x.Opened, x.Closed, Codes.Of(x.Severity), x.Category, x.Description, state.Open,
            state.DaysOpen);
    }

    // The revenue chart's title states the quarter's finding with its windows: growth on the same quarter a year before, and attainment.
    private ChartData RevenueChart(AccountResult a)
    {
        var k = a.Kpis;
        var title = k.Attainment is { } att
            ? c.Format("title.revenue_target", "{0} {1} {2}", c.Quarter(P.Period), c.F.Delta(k.GrowthYoy), c.F.Percent(att))
            : c.Format("title.revenue", "{0} {1}", c.Quarter(P.Period), c.F.Delta(k.GrowthYoy));
        return c.RevenueChart(a) with { Title = title };
    }

    private ChartData? ProductMixChart(AccountResult a)
    {
        var lines = a.ProductLines.Where(l => l.RevenueTtm != 0).OrderByDescending(l => l.RevenueTtm).ToArray();
        return lines.Length == 0 ? null : new ChartData
        {
            Kind = "hbars",
            Categories = lines.Select(l => l.Name).ToArray(),
            Series = [new ChartSeries(c.T("chart.revenue_ttm", "Revenue TTM"), lines.Select(l => (double?)l.RevenueTtm).ToArray())],
        };
    }

    private ChartData? SatisfactionChart(AccountResult a)
    {
        var q = a.Quarters;
        if (q.All(x => x.Responses == 0)) return null;
        return new ChartData
        {
            Kind = "trend",
            Unit = "score",
            Categories = q.Select(x => c.F.QuarterAxis(x.Label)).ToArray(),
            Series = [new ChartSeries(c.T("chart.nps", "NPS"), q.Select(x => x.Nps).ToArray()),
                new ChartSeries(c.T("chart.satisfaction", "Satisfaction index"), q.Select(x => x.SatisfactionIndex).ToArray())],
            Title = a.Kpis.Nps is { } nps ? c.Format("title.satisfaction", "{0} {1}", c.F.Number(nps),
                c.F.Number(a.Kpis.SatisfactionIndex)) : c.T("sat.trend"),
        };
    }

    private ChartData? ValueMapChart(IReadOnlyList<ValueElementView> values)
    {
        var marks = values.Where(v => v.Advantage is not null)
            .Select(v => new ChartMark(v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            v.Advantage!.Value, v.Importance ?? 3, (double)(v.QuantifiedValue ?? 0) + 1, "")).ToArray();
        return marks.Length == 0 ? null : new ChartData
        {
            Kind = "value_map",
            Unit = "score",
            Marks = marks,
            XTitle = c.T("chart.advantage", "Our rating minus the competitor's"),
            YTitle = c.T("chart.importance", "Importance to the customer (1-5)"),
        };
    }

    /// <summary>The tiles the cover shows (templates/account-plan/01-cover.html: <c>headline limit:4</c>).</summary>
    public const int CoverTiles = 4;

    // What page 1 states: the cover's tiles, the health score and the figures of the messages.
    private IReadOnlyList<Figure> PageOne(AccountResult a, IReadOnlyList<KpiValue> headline, IReadOnlyList<HeadlineMessage> messages)
    {
        var scope = Figure.ForAccount(a.Account.AccountId);
        return
        [
            .. headline.Take(CoverTiles).SelectMany(t => c.Tile(t, scope)),
            .. a.Kpis.HealthScore is { } h ? [c.Fig("health_score", a, "number", h)] : Array.Empty<Figure>(),
            .. messages.SelectMany(m => m.Figures),
        ];
    }
}
