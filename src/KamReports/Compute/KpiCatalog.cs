using KamReports.Config;

namespace KamReports.Compute;

/// <summary>
/// The single list of per-account KPIs (kpis.md). It drives the kpis.csv columns, the workbook's Accounts
/// sheet, the scorecard, tiles, traffic lights and the health score: adding a KPI is its formula in
/// <see cref="AccountKpis"/>, one entry here, its title and definition in the string tables, and its test.
/// </summary>
public static class KpiCatalog
{
    private static readonly KpiBands Growth = KpiBands.Fixed(0, -0.10);
    private static readonly KpiBands FewCounts = KpiBands.Fixed(0, 2);

    private static KpiDefinition K(string key, KpiUnit unit, KpiWindow window, KpiGroup group, Func<AccountKpis, KpiScalar> value) =>
        new(key, unit, window, group, value);

    public static readonly IReadOnlyList<KpiDefinition> All =
    [
        K("revenue", KpiUnit.Money, KpiWindow.Quarter, KpiGroup.Customer, k => k.Revenue) with { LightFrom = "growth_yoy" },
        K("revenue_prev_quarter", KpiUnit.Money, KpiWindow.Quarter, KpiGroup.Customer, k => k.RevenuePrevQuarter),
        K("revenue_prev_year", KpiUnit.Money, KpiWindow.Quarter, KpiGroup.Customer, k => k.RevenuePrevYear),
        K("growth_qoq", KpiUnit.Percent, KpiWindow.Quarter, KpiGroup.Customer, k => k.GrowthQoq) with { Bands = Growth },
        K("growth_yoy", KpiUnit.Percent, KpiWindow.Quarter, KpiGroup.Customer, k => k.GrowthYoy)
            with { Bands = Growth, HealthScore = g => (g + 0.2) / 0.4 * 100 },
        K("revenue_ttm", KpiUnit.Money, KpiWindow.Ttm, KpiGroup.Customer, k => k.RevenueTtm) with { LightFrom = "growth_ttm" },
        K("revenue_ttm_prev", KpiUnit.Money, KpiWindow.Ttm, KpiGroup.Customer, k => k.RevenueTtmPrev),
        K("growth_ttm", KpiUnit.Percent, KpiWindow.Ttm, KpiGroup.Customer, k => k.GrowthTtm) with { Bands = Growth },
        K("gross_orders", KpiUnit.Money, KpiWindow.Quarter, KpiGroup.Process, k => k.GrossOrders),
        K("returns", KpiUnit.Money, KpiWindow.Quarter, KpiGroup.Process, k => k.Returns) with { Direction = GoodDirection.Down },
        K("return_rate", KpiUnit.Percent, KpiWindow.Quarter, KpiGroup.Process, k => k.ReturnRate)
            with { Direction = GoodDirection.Down, Bands = KpiBands.Fixed(0.02, 0.05) },
        K("orders", KpiUnit.Count, KpiWindow.Quarter, KpiGroup.Process, k => k.Orders),
        K("target", KpiUnit.Money, KpiWindow.Quarter, KpiGroup.AccountPlan, k => k.Target),
        K("attainment", KpiUnit.Percent, KpiWindow.Quarter, KpiGroup.AccountPlan, k => k.Attainment)
            with { Bands = KpiBands.Fixed(1.0, 0.9), HealthScore = a => (a - 0.7) / 0.4 * 100 },
        K("offers_made", KpiUnit.Count, KpiWindow.Quarter, KpiGroup.Process, k => k.OffersMade),
        K("offers_won", KpiUnit.Count, KpiWindow.Quarter, KpiGroup.Process, k => k.OffersWon),
        K("offer_acceptance", KpiUnit.Percent, KpiWindow.Quarter, KpiGroup.Process, k => k.OfferAcceptance)
            with { Bands = KpiBands.Fixed(0.4, 0.25) },
        K("product_lines", KpiUnit.Count, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.ProductLines),
        K("new_product_lines", KpiUnit.Count, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.NewProductLines),
        K("cross_sell_revenue", KpiUnit.Money, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.CrossSellRevenue),
        K("cross_sell_share", KpiUnit.Percent, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.CrossSellShare),
        K("white_space", KpiUnit.Count, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.WhiteSpace) with { Direction = GoodDirection.Neutral },
        K("wallet", KpiUnit.Money, KpiWindow.FiscalYear, KpiGroup.AccountPlan, k => k.Wallet),
        K("share_of_wallet", KpiUnit.Percent, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.ShareOfWallet)
            with { Bands = new(_ => 0.4, c => c.LowShareOfWallet) },
        K("wallet_growth", KpiUnit.Percent, KpiWindow.FiscalYear, KpiGroup.AccountPlan, k => k.WalletGrowth),
        K("nps", KpiUnit.Index, KpiWindow.Ttm, KpiGroup.Customer, k => k.Nps)
            with { Bands = KpiBands.Fixed(30, 0), HealthScore = n => (n + 100) / 2 },
        K("satisfaction_index", KpiUnit.Score, KpiWindow.Ttm, KpiGroup.Customer, k => k.SatisfactionIndex)
            with { Bands = new(c => c.SatisfiedIndex, c => c.DissatisfiedIndex), HealthScore = s => s },
        K("relationship_strength", KpiUnit.Ratio, KpiWindow.Ttm, KpiGroup.AccountTeam, k => k.RelationshipStrength),
        K("complaints_opened", KpiUnit.Count, KpiWindow.Quarter, KpiGroup.Customer, k => k.ComplaintsOpened)
            with { Direction = GoodDirection.Down },
        K("complaints_open", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.Customer, k => k.ComplaintsOpen)
            with { Direction = GoodDirection.Down, Bands = FewCounts, HealthScore = c => 100 - c * 100.0 / 3 },
        K("contact_points", KpiUnit.Count, KpiWindow.Days90, KpiGroup.AccountTeam, k => k.ContactPoints),
        K("decision_makers_covered", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.DecisionMakersCovered),
        K("actions_due", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.ActionsDue),
        K("actions_overdue", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.ActionsOverdue)
            with { Direction = GoodDirection.Down, Bands = FewCounts },
        K("action_completion", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.ActionCompletion)
            with { Bands = KpiBands.Fixed(0.8, 0.5), HealthScore = a => a * 100 },
        K("cost_to_serve_ratio", KpiUnit.Percent, KpiWindow.Quarter, KpiGroup.Process, k => k.CostToServeRatio)
            with { Direction = GoodDirection.Down },
        K("pipeline_value", KpiUnit.Money, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.PipelineValue),
        K("weighted_pipeline", KpiUnit.Money, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.WeightedPipeline),
        K("wallet_headroom", KpiUnit.Money, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.WalletHeadroom)
            with { Direction = GoodDirection.Neutral },
        K("pipeline_coverage", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.PipelineCoverage),
        K("white_space_covered", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.WhiteSpaceCovered),
        K("proactive_share", KpiUnit.Percent, KpiWindow.Quarter, KpiGroup.Process, k => k.ProactiveShare),
        K("asks_open", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.AsksOpen) with { Direction = GoodDirection.Neutral },
        K("asks_overdue", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.AsksOverdue)
            with { Direction = GoodDirection.Down, Bands = FewCounts },
        K("asks_decided", KpiUnit.Count, KpiWindow.Quarter, KpiGroup.AccountPlan, k => k.AsksDecided),
        K("service_requirements", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.ServiceRequirements)
            with { Direction = GoodDirection.Neutral },
        K("service_met", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.ServiceMet),
        K("service_model_met", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.ServiceModelMet)
            with { Bands = KpiBands.Fixed(0.999, 0.5) },
        K("tactics_in_place", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.TacticsInPlace),
        K("tactics_applicable", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.TacticsApplicable)
            with { Direction = GoodDirection.Neutral },
        K("programme_coverage", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.ProgrammeCoverage)
            with { Bands = KpiBands.Fixed(0.7, 0.5) },
        K("objectives", KpiUnit.Count, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.Objectives)
            with { Direction = GoodDirection.Neutral },
        K("objectives_on_track", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.ObjectivesOnTrack)
            with { Bands = KpiBands.Fixed(0.8, 0.5) },
        K("value_quantified", KpiUnit.Money, KpiWindow.FiscalYear, KpiGroup.AccountPlan, k => k.ValueQuantified),
        K("value_multiple", KpiUnit.Ratio, KpiWindow.Ttm, KpiGroup.AccountPlan, k => k.ValueMultiple),
        K("value_advantage", KpiUnit.Ratio, KpiWindow.EndOfQuarter, KpiGroup.AccountPlan, k => k.ValueAdvantage)
            with { Bands = KpiBands.Fixed(0.5, 0) },
        K("indirect_share", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.AccountTeam, k => k.IndirectShare)
            with { Direction = GoodDirection.Neutral },
        K("revenue_share", KpiUnit.Percent, KpiWindow.Ttm, KpiGroup.Classification, k => k.RevenueShare),
        K("abc_class", KpiUnit.Text, KpiWindow.Ttm, KpiGroup.Classification, k => k.AbcClass),
        K("lifecycle", KpiUnit.Text, KpiWindow.Ttm, KpiGroup.Classification, k => k.Lifecycle),
        K("behaviour", KpiUnit.Text, KpiWindow.Ttm, KpiGroup.Classification, k => k.Behaviour),
        K("feedback", KpiUnit.Text, KpiWindow.Ttm, KpiGroup.Classification, k => k.Feedback),
        K("portfolio_quadrant", KpiUnit.Text, KpiWindow.EndOfQuarter, KpiGroup.Classification, k => k.PortfolioQuadrant),
        K("health_coverage", KpiUnit.Percent, KpiWindow.EndOfQuarter, KpiGroup.Classification, k => k.HealthCoverage),
        K("health_score", KpiUnit.Score, KpiWindow.EndOfQuarter, KpiGroup.Classification, k => k.HealthScore)
            with { Bands = new(c => c.HealthGreen, c => c.HealthAmber) },
    ];

    private static readonly Dictionary<string, KpiDefinition> ByKey = All.ToDictionary(k => k.Key, StringComparer.Ordinal);

    /// <summary>The definition of a key; unknown keys are a programming error.</summary>
    public static KpiDefinition Get(string key) => ByKey.TryGetValue(key, out var d) ? d
        : throw new ArgumentOutOfRangeException(nameof(key), key, "not a kpis.md key");

    public static bool Contains(string key) => ByKey.ContainsKey(key);

    /// <summary>The KPIs that are health-score components, in catalogue order.</summary>
    public static IEnumerable<KpiDefinition> HealthComponents => All.Where(k => k.HealthScore is not null);

    /// <summary>The traffic light of a KPI given a way to read any KPI's value (an account's or a scope's).</summary>
    public static HealthLight Light(KpiDefinition def, Func<string, KpiScalar> values, KamConfig config)
    {
        var source = def.LightFrom is { } other ? Get(other) : def;
        return source.Bands?.Light(values(source.Key).AsDouble, source.Direction, config) ?? HealthLight.Unknown;
    }

    /// <summary>Lower-case name used in documents and CSV: green, amber, red, unknown.</summary>
    public static string LightName(HealthLight light) => light.ToString().ToLowerInvariant();

    /// <summary>
    /// The change of a KPI against an earlier value, as documents show it: money as growth (a fraction,
    /// "pct"), counts as a difference ("abs"), percentages in points (x 100, "pts"), scores and indexes in
    /// points, texts not at all ("none"). A difference is taken between the values as documents round them
    /// (scores and indexes whole, percentages to 0.1 point, ratios to 0.1), so "-12" beside "37" reads "▼ 49".
    /// </summary>
    public static (double? Change, string Kind) Change(KpiDefinition def, KpiScalar now, KpiScalar before)
    {
        double? Diff(int digits, double scale) => now.AsDouble is { } a && before.AsDouble is { } b
            ? Math.Round(a * scale, digits, MidpointRounding.AwayFromZero) - Math.Round(b * scale, digits, MidpointRounding.AwayFromZero)
            : null;
        return def.Unit switch
        {
            KpiUnit.Money => (now.Amount is { } n && before.Amount is { } p ? Formulas.Growth(n, p) : null, "pct"),
            KpiUnit.Count => (Diff(0, 1), "abs"),
            KpiUnit.Percent => (Diff(1, 100), "pts"),
            KpiUnit.Text => (null, "none"),
            KpiUnit.Ratio => (Diff(1, 1), "pts"),
            _ => (Diff(0, 1), "pts"),
        };
    }
}
