using System.Globalization;
using KamReports.Compute;
using KamReports.Formatting;
using KamReports.Records;

namespace KamReports.Documents.Workbook;

/// <summary>
/// Compose stage of the workbook: the same scoped figures and column definitions as the PDFs and CSVs,
/// labelled from the string tables. It selects and labels; it never computes a KPI.
/// </summary>
public sealed class WorkbookComposer(Portfolio p, StringTable strings)
{
    public const string Summary = "Summary", Accounts = "Accounts", Segments = "Segments", Abc = "ABC", Revenue = "Revenue",
        Actions = "Actions",
        Objectives = "Objectives", Pipeline = "Pipeline", Value = "Value", Validation = "Validation", Decisions = "Decisions",
        Programme = "Programme";

    private readonly ValueFormatter _f = new(CultureInfo.GetCultureInfo(strings.Culture), p.Config.Currency, strings);

    private string T(string key) => strings.TryGet(key) ?? key;

    // Codes are shown as words of the workbook's language (outputs.md): in_progress → "in Arbeit", share_of_wallet → its KPI
    // title, amber → "beobachten". The machine key stays in the header cell's comment; kpis.csv keeps the codes.
    private string? Word(string? code, string prefix = "value.") =>
        code is null ? null : strings.TryGet(prefix + code) ?? _f.Label(code);

    // Columns of the shared tables whose values are codes: the classification KPIs (text unit) and the segment they name.
    private static readonly HashSet<string> CodeColumns =
        [.. KpiCatalog.All.Where(d => d.Unit == KpiUnit.Text).Select(d => d.Key), "segment"];

    private object? Shown(string key, object? value) => value is not string code ? value : key switch
    {
        "health_light" => Word(code, "light."),
        "dimension" => Word(code, "dim."),
        _ when CodeColumns.Contains(key) => Word(code),
        _ => code,
    };

    // Title and subtitle read as the documents do (3. Quartal 2026, 01.07.2026); data columns keep ISO labels, which sort and filter.
    private string Period => _f.Quarter(p.Period.ToString());
    private string Day(DateOnly d) => d.ToString(_f.DatePattern, _f.Culture);
    private string F(string key, params object?[] args) => string.Format(CultureInfo.GetCultureInfo(strings.Culture), T(key), args);

    public WorkbookModel Compose(IReadOnlyList<ValidationProblem> problems) => new(F("wb.title", Period), "KamReports", SummarySheet(),
    [
        DecisionsSheet(),
        Table(Accounts, OutputTables.Accounts, p.Accounts) with { FrozenColumns = 2 },
        Table(Segments, OutputTables.Segments, p.Segments),
        AbcSheet(),
        RevenueSheet(),
        ActionsSheet(),
        ObjectivesSheet(),
        PipelineSheet(),
        ValueSheet(),
        ProgrammeSheet(),
        ValidationSheet(problems),
    ]);

    private WorkbookSheet ObjectivesSheet() => new(Objectives,
        [Col("account_id", KpiUnit.Text), Col("account", KpiUnit.Text), Col("objective_id", KpiUnit.Text),
            Col("objective", KpiUnit.Text), Col("kpi", KpiUnit.Text),
            Col("baseline", KpiUnit.Ratio), Col("target_value", KpiUnit.Ratio), Col("current", KpiUnit.Ratio),
                Col("progress", KpiUnit.Percent), Col("expected", KpiUnit.Percent),
            Col("status", KpiUnit.Text), Col("status_derived", KpiUnit.Text), Col("start", KpiUnit.Text), Col("due", KpiUnit.Text),
                Col("owner", KpiUnit.Text)],
        p.Accounts.SelectMany(a =>
            a.Objectives.Select(o => new WorkbookRow([a.Account.AccountId, a.Account.Name, o.Objective.ObjectiveId, o.Objective.Text,
            Word(o.Objective.Kpi, "kpi."),
            o.Objective.Baseline, o.Objective.Target, o.Current.Boxed, o.Progress, o.Expected, Word(Codes.Of(o.Status)), o.StatusDerived,
                o.Objective.Start, o.Objective.Due, o.Objective.Owner],
            o.Status == Records.ObjectiveStatus.OffTrack))).ToArray())
    {
        FrozenColumns = 2,
        EmptyText = T(p.Availability.Objectives ? "wb.objectives_none" : "wb.objectives_no_file"),
    };

    private WorkbookSheet PipelineSheet() => new(Pipeline,
        [Col("account_id", KpiUnit.Text), Col("account", KpiUnit.Text), Col("offer_id", KpiUnit.Text), Col("offer_name", KpiUnit.Text),
            Col("product_line", KpiUnit.Text),
            Col("offer_type", KpiUnit.Text), Col("source", KpiUnit.Text), Col("probability", KpiUnit.Percent),
                Col("expected_close", KpiUnit.Text), Col("offer_value", KpiUnit.Money),
            Col("weighted", KpiUnit.Money), Col("white_space", KpiUnit.Text)],
        p.Accounts.SelectMany(a =>
        {
            var whiteSpace = a.ProductLines.Where(l => l.Status == ProductLineStatus.NotBought).Select(l => l.Name)
                .ToHashSet(StringComparer.Ordinal);
            return a.OpenOffers.Select(o => new WorkbookRow([a.Account.AccountId, a.Account.Name, o.OfferId, o.Name, o.ProductLine,
                Word(Codes.Of(o.Type)), Word(Codes.Of(o.Source)),
                o.Probability, o.ExpectedClose, o.Value, o.Value is { } v && o.Probability is { } pr ? Math.Round(v * (decimal)pr, 2)
                    : null, o.ProductLine is { } l && whiteSpace.Contains(l)]));
        }).ToArray())
    {
        FrozenColumns = 2,
        EmptyText = T(p.Availability.Offers ? "wb.pipeline_none" : "wb.pipeline_no_file"),
    };

    private WorkbookSheet ValueSheet() => new(Value,
        [Col("account_id", KpiUnit.Text), Col("account", KpiUnit.Text), Col("value_element", KpiUnit.Text),
            Col("customer_benefit", KpiUnit.Text), Col("quantified_value", KpiUnit.Money),
            Col("evidence", KpiUnit.Text), Col("importance", KpiUnit.Ratio), Col("our_rating", KpiUnit.Ratio),
                Col("competitor", KpiUnit.Text), Col("competitor_rating", KpiUnit.Ratio),
            Col("advantage", KpiUnit.Ratio)],
        p.Accounts.SelectMany(a => a.ValuePropositions.Select(v => new WorkbookRow([a.Account.AccountId, a.Account.Name, v.ValueElement,
            v.CustomerBenefit, v.QuantifiedValue,
            v.Evidence, v.Importance, v.OurRating, v.Competitor, v.CompetitorRating, v.OurRating is { } o && v.CompetitorRating is { } c
                ? o - c : null]))).ToArray())
    {
        FrozenColumns = 2,
        EmptyText = T(p.Availability.ValuePropositions ? "wb.value_none" : "wb.value_no_file"),
    };

    /// <summary>Data rows a sheet holds at most: Excel's 1,048,576 rows less the header and the line that counts the rest.</summary>
    /// <summary>
    /// Most problems the Validation sheet lists; validation.csv has them all. A sheet of a million rows costs gigabytes to build and
    /// is read by nobody: the first ten thousand show what went wrong.
    /// </summary>
    public const int MaxValidationRows = 10_000;

    // The sheet shows what Excel can hold; validation.csv always keeps every rejected row.
    private WorkbookSheet ValidationSheet(IReadOnlyList<ValidationProblem> problems)
    {
        var sheet = Table(Validation, OutputTables.Validation, problems.Take(MaxValidationRows))
            with { EmptyText = T("wb.validation_clean") };
        if (problems.Count <= MaxValidationRows) return sheet;
        return sheet
            with { Total = new WorkbookRow([F("wb.validation_more", problems.Count - MaxValidationRows), null, null, null, null]) };
    }

    private WorkbookSheet Table<TRow>(string name, IReadOnlyList<TableColumn<TRow>> columns, IEnumerable<TRow> rows) =>
        new(name, columns.Select(Column).ToArray(),
            rows.Select(r => new WorkbookRow(columns.Select(c => Shown(c.Key, c.Value(r))).ToArray())).ToArray());

    // Readable header from the string tables: a KPI's title, else the column's own label.
    private WorkbookColumn Column<TRow>(TableColumn<TRow> c)
    {
        var header = strings.TryGet("col." + c.Key) ?? strings.TryGet("kpi." + c.Key) ?? c.Key;
        if (c.Key.StartsWith("growth_", StringComparison.Ordinal)) return new WorkbookColumn(c.Key, header, c.Unit,
            p.Config.ColorsUp == "red" ? CellHighlight.SignRedUp : CellHighlight.Sign);
        if (c.Key == "health_score") return new WorkbookColumn(c.Key, header, c.Unit, CellHighlight.Bands,
            (p.Config.HealthGreen, p.Config.HealthAmber));
        return new WorkbookColumn(c.Key, header, c.Unit);
    }

    private WorkbookColumn Col(string key, KpiUnit unit) => new(key, strings.TryGet("col." + key) ?? strings.TryGet("kpi." + key) ?? key,
        unit);

    // The same scoped figures as the packs: the key accounts' (the portfolio pack's headline) and all accounts'.
    private WorkbookSection ScopeSection(ScopeFigures scope)
    {
        var t = scope.Totals;
        WorkbookItem I(string key, object? value, KpiUnit unit) => new(T(key), value, unit);
        return new(F("wb.sec_kpis", Populations.Describe(scope, strings)),
        [
            I("wb.accounts", t.Accounts, KpiUnit.Count), I("wb.key_accounts", t.KeyAccounts, KpiUnit.Count),
            I("kpi.revenue", t.Revenue, KpiUnit.Money), I("kpi.revenue_prev_year", t.RevenuePrevYear, KpiUnit.Money),
                I("kpi.growth_yoy", t.GrowthYoy, KpiUnit.Percent),
            I("kpi.revenue_ttm", t.RevenueTtm, KpiUnit.Money), I("kpi.growth_ttm", t.GrowthTtm, KpiUnit.Percent),
            new(F("wb.target_with", t.WithTarget), t.Target, KpiUnit.Money), new(F("wb.revenue_with", t.WithTarget), t.RevenueWithTarget,
                KpiUnit.Money),
            I("kpi.attainment", t.Attainment, KpiUnit.Percent),
            new(F("wb.nps_pooled", t.NpsResponses), t.Nps, KpiUnit.Index), new(F("wb.mean_health", t.HealthScored), t.MeanHealth,
                KpiUnit.Score),
            I("wb.lights", $"{t.Green} / {t.Amber} / {t.Red}", KpiUnit.Text),
        ]);
    }

    private WorkbookSummary SummarySheet()
    {
        var all = p.All;
        var population = Populations.Describe(all, strings);
        var c = p.Scope(ScopeKind.KeyAccounts).HealthCheck;
        var sections = new List<WorkbookSection>
        {
            ScopeSection(p.Scope(ScopeKind.KeyAccounts)),
            ScopeSection(all),
            new(F("wb.sec_concentration", population),
            [
                new(T("pack.top1"), p.Concentration.Top1Share, KpiUnit.Percent), new(T("pack.top5"), p.Concentration.Top5Share,
                    KpiUnit.Percent),
                new(T("pack.top10"), p.Concentration.Top10Share, KpiUnit.Percent), new(T("pack.hhi"), p.Concentration.Herfindahl,
                    KpiUnit.Count),
            ]),
            new(T("wb.sec_loss"), p.LossScenarios.Select(l => new WorkbookItem(F("wb.loss_without", l.N), l.RevenueTtmRemaining,
                KpiUnit.Money, l.Drop)).ToArray()),
            new(F("wb.sec_check", c.KeyAccounts),
            [
                new(T("check.action_plan"), c.WithActionPlan, KpiUnit.Percent), new(T("check.decision_maker"), c.WithDecisionMaker,
                    KpiUnit.Percent),
                new(T("check.recent_contact"), c.WithRecentContact, KpiUnit.Percent), new(T("check.survey_response"),
                    c.WithSurveyResponse, KpiUnit.Percent),
                new(T("check.target"), c.WithTarget, KpiUnit.Percent),
            ]),
        };
        // The portfolio pack's population and basis (issue 23): the key accounts; with targets, the revenue of the very accounts whose
        // targets the line adds up, never all accounts' revenue against the key accounts' targets.
        var keys = p.Scope(ScopeKind.KeyAccounts);
        var hasTargets = keys.Quarters.Any(q => q.Target is not null);
        var chartTitle = hasTargets ? F("wb.chart_revenue_target", keys.Totals.WithTarget)
            : F("wb.chart_revenue", Populations.Describe(keys, strings));
        var quarters = new WorkbookSheet(Summary,
            hasTargets ? [Col("quarter", KpiUnit.Text), Col("revenue", KpiUnit.Money), Col("target", KpiUnit.Money)]
                : [Col("quarter", KpiUnit.Text), Col("revenue", KpiUnit.Money)],
            keys.Quarters.Select(q => new WorkbookRow(hasTargets ? [q.Label, q.RevenueWithTarget, q.Target] : [q.Label, q.Revenue])).ToArray())
        {
            Chart = new WorkbookChart(chartTitle, 0, 1, hasTargets ? 2 : null, false, 8, 3, 17, 22),
        };
        return new WorkbookSummary(Summary, F("wb.title", Period), F("wb.subtitle", Day(p.Period.Start), Day(p.Period.End),
            p.Config.Currency), sections, quarters, _f.Missing);
    }

    private WorkbookSheet AbcSheet() => new(Abc,
        [Col("rank", KpiUnit.Count), Col("account_id", KpiUnit.Text), Col("name", KpiUnit.Text), Col("revenue_ttm", KpiUnit.Money),
            Col("revenue_share", KpiUnit.Percent),
            Col("cumulative_share", KpiUnit.Percent), Col("abc_class", KpiUnit.Text), Col("is_key_account", KpiUnit.Text)],
        p.All.Abc.Select(e => new WorkbookRow([e.Rank, e.Account.Account.AccountId, e.Account.Account.Name, e.Account.Kpis.RevenueTtm,
            e.Share, e.Cumulative,
            e.Account.Kpis.AbcClass, e.Account.IsKeyAccount])).ToArray())
    {
        Chart = p.All.Abc.Count == 0 ? null : new WorkbookChart(T("wb.chart_pareto"), 2, 3, 5, true, 9, 1, 22, 26),
    };

    private WorkbookSheet RevenueSheet() => new(Revenue,
        [Col("account_id", KpiUnit.Text), Col("name", KpiUnit.Text), .. p.All.Quarters.Select(q => new WorkbookColumn(q.Label, q.Label,
            KpiUnit.Money))],
        p.Accounts.Select(a => new WorkbookRow([a.Account.AccountId, a.Account.Name, .. a.Quarters.Select(q => (object?)q.Revenue)]))
            .ToArray())
    {
        FrozenColumns = 2,
        Total = new WorkbookRow([null, F("wb.total", p.All.Totals.Accounts), .. p.All.Quarters.Select(q => (object?)q.Revenue)]),
    };

    private WorkbookSheet ActionsSheet() => new(Actions,
        [Col("account_id", KpiUnit.Text), Col("account", KpiUnit.Text), Col("objective", KpiUnit.Text), Col("action", KpiUnit.Text),
            Col("owner", KpiUnit.Text),
            Col("due", KpiUnit.Text), Col("status", KpiUnit.Text), Col("completed", KpiUnit.Text), Col("overdue", KpiUnit.Text)],
        p.Accounts.SelectMany(a => a.Actions.Select(x => new WorkbookRow([a.Account.AccountId, a.Account.Name, x.Item.Objective,
            x.Item.Action, x.Item.Owner, x.Item.Due,
            Word(Codes.Of(x.Item.Status)), x.Item.Completed, x.Overdue], x.Overdue))).ToArray())
    {
        EmptyText = T(p.Availability.Actions ? "wb.actions_none" : "wb.actions_no_file"),
    };

    // The asks register (outputs.md, Workbook: Decisions): every ask known at the end of Q with its status then, age and outcome; the
    // open ones first (overdue first, then by the date they are needed), then the decided ones, latest first.
    private WorkbookSheet DecisionsSheet() => new(Decisions,
        [Col("ask_id", KpiUnit.Text), Col("account_id", KpiUnit.Text), Col("account", KpiUnit.Text), Col("ask", KpiUnit.Text),
            Col("asked_of", KpiUnit.Text), Col("raised", KpiUnit.Text), Col("needed_by", KpiUnit.Text), Col("value_at_stake", KpiUnit.Money),
            Col("status", KpiUnit.Text), Col("decided", KpiUnit.Text), Col("outcome", KpiUnit.Text), Col("owner", KpiUnit.Text),
            Col("age_quarters", KpiUnit.Count), Col("overdue", KpiUnit.Text)],
        p.Accounts.SelectMany(a => a.Asks.Select(x => (a, x)))
            .OrderByDescending(t => t.x.Open).ThenByDescending(t => t.x.Overdue)
            .ThenBy(t => t.x.Open ? t.x.Ask.NeededBy ?? DateOnly.MaxValue : DateOnly.MaxValue)
            .ThenByDescending(t => t.x.Ask.Decided ?? DateOnly.MinValue).ThenBy(t => t.x.Ask.AskId, StringComparer.Ordinal)
            .Select(t => new WorkbookRow([t.x.Ask.AskId, t.a.Account.AccountId, t.a.Account.Name, t.x.Ask.Text,
                t.x.ToLeadership ? Word("leadership") : t.x.Addressee, t.x.Ask.Raised, t.x.Ask.NeededBy, t.x.Ask.ValueAtStake,
                Word(t.x.Open ? "open" : Codes.Of(t.x.Ask.Status)), t.x.Open ? null : t.x.Ask.Decided, t.x.Ask.Outcome,
                t.x.Ask.Owner ?? t.a.Account.KeyAccountManager, t.x.AgeQuarters, t.x.Overdue], t.x.Overdue)).ToArray())
    {
        EmptyText = T(p.Availability.Asks ? "wb.decisions_none" : "wb.decisions_no_file"),
    };

    // The key account programme and the service check, one row per key account: the seven tactics as words, the exit barriers in place
    // of those applicable, and the service model met.
    private WorkbookSheet ProgrammeSheet() => new(Programme,
        [Col("account_id", KpiUnit.Text), Col("account", KpiUnit.Text), Col("abc_class", KpiUnit.Text),
            .. Enum.GetValues<Records.Tactic>().Select(t => new WorkbookColumn("tactic." + Codes.Of(t),
                T("tactic." + Codes.Of(t)), KpiUnit.Text)),
            Col("tactics_in_place", KpiUnit.Count), Col("tactics_applicable", KpiUnit.Count), Col("programme_coverage", KpiUnit.Percent),
            Col("service_model_met", KpiUnit.Percent)],
        p.Accounts.Where(a => a.IsKeyAccount).Select(a => new WorkbookRow([a.Account.AccountId, a.Account.Name, a.Kpis.AbcClass,
            .. a.Programme.Select(t => (object?)(t.Status is { } s ? Word(Codes.Of(s)) : T("service.no_data"))),
            a.Kpis.TacticsInPlace, a.Kpis.TacticsApplicable, a.Kpis.ProgrammeCoverage, a.Kpis.ServiceModelMet],
            a.Risks.Any(r => r.Kind == RiskKind.EasyToLeave))).ToArray())
    {
        EmptyText = T("wb.programme_none"),
    };
}
