namespace KamReports.Compute;

/// <summary>
/// The single list of per-account KPIs (kpis.md). It drives the kpis.csv columns, the workbook's
/// Accounts sheet, the scorecard and what templates see: adding a KPI is one entry here.
/// </summary>
public static class KpiCatalog
{
    private static KpiDefinition K(string key, string title, KpiUnit unit, KpiGroup group, Func<AccountKpis, object?> value, string definition) =>
        new(key, title, unit, group, value, definition);

    public static readonly IReadOnlyList<KpiDefinition> All =
    [
        K("revenue", "Revenue", KpiUnit.Money, KpiGroup.Customer, k => k.Revenue, "Sum of amounts in the quarter"),
        K("revenue_prev_quarter", "Revenue previous quarter", KpiUnit.Money, KpiGroup.Customer, k => k.RevenuePrevQuarter, "Sum of amounts in Q-1"),
        K("revenue_prev_year", "Revenue same quarter last year", KpiUnit.Money, KpiGroup.Customer, k => k.RevenuePrevYear, "Sum of amounts in Q-4"),
        K("growth_qoq", "Growth vs previous quarter", KpiUnit.Percent, KpiGroup.Customer, k => k.GrowthQoq, "revenue / revenue_prev_quarter - 1"),
        K("growth_yoy", "Growth vs last year", KpiUnit.Percent, KpiGroup.Customer, k => k.GrowthYoy, "revenue / revenue_prev_year - 1"),
        K("revenue_ttm", "Revenue TTM", KpiUnit.Money, KpiGroup.Customer, k => k.RevenueTtm, "Sum of amounts in the last four quarters"),
        K("revenue_ttm_prev", "Revenue previous TTM", KpiUnit.Money, KpiGroup.Customer, k => k.RevenueTtmPrev, "Sum of amounts in the four quarters before"),
        K("growth_ttm", "Growth TTM", KpiUnit.Percent, KpiGroup.Customer, k => k.GrowthTtm, "revenue_ttm / revenue_ttm_prev - 1"),
        K("gross_orders", "Gross orders", KpiUnit.Money, KpiGroup.Process, k => k.GrossOrders, "Sum of positive amounts in the quarter"),
        K("returns", "Returns", KpiUnit.Money, KpiGroup.Process, k => k.Returns, "Sum of negative amounts in the quarter, as a positive figure"),
        K("return_rate", "Return rate", KpiUnit.Percent, KpiGroup.Process, k => k.ReturnRate, "returns / gross_orders"),
        K("orders", "Orders", KpiUnit.Count, KpiGroup.Process, k => k.Orders, "Distinct positive orders in the quarter"),
        K("target", "Target", KpiUnit.Money, KpiGroup.AccountPlan, k => k.Target, "Budget for the quarter"),
        K("attainment", "Attainment", KpiUnit.Percent, KpiGroup.AccountPlan, k => k.Attainment, "revenue / target"),
        K("offers_made", "Offers made", KpiUnit.Count, KpiGroup.Process, k => k.OffersMade, "Offers dated in the quarter"),
        K("offers_won", "Offers won", KpiUnit.Count, KpiGroup.Process, k => k.OffersWon, "Offers dated in the quarter and won"),
        K("offer_acceptance", "Offer acceptance", KpiUnit.Percent, KpiGroup.Process, k => k.OfferAcceptance, "won / (won + lost)"),
        K("product_lines", "Product lines bought", KpiUnit.Count, KpiGroup.AccountPlan, k => k.ProductLines, "Distinct product lines with positive amount in TTM"),
        K("new_product_lines", "New product lines", KpiUnit.Count, KpiGroup.AccountPlan, k => k.NewProductLines, "Lines bought in TTM but not in TTM-1"),
        K("cross_sell_revenue", "Cross-sell revenue", KpiUnit.Money, KpiGroup.AccountPlan, k => k.CrossSellRevenue, "TTM revenue from new product lines"),
        K("cross_sell_share", "Cross-sell share", KpiUnit.Percent, KpiGroup.AccountPlan, k => k.CrossSellShare, "cross_sell_revenue / revenue_ttm"),
        K("white_space", "White space (lines not bought)", KpiUnit.Count, KpiGroup.AccountPlan, k => k.WhiteSpace, "Catalog lines not bought in TTM"),
        K("wallet", "Wallet (est. spend)", KpiUnit.Money, KpiGroup.AccountPlan, k => k.Wallet, "Estimated category spend in the fiscal year"),
        K("share_of_wallet", "Share of wallet", KpiUnit.Percent, KpiGroup.AccountPlan, k => k.ShareOfWallet, "revenue_ttm / wallet"),
        K("wallet_growth", "Wallet growth", KpiUnit.Percent, KpiGroup.AccountPlan, k => k.WalletGrowth, "wallet / wallet of the year before - 1"),
        K("nps", "NPS", KpiUnit.Index, KpiGroup.Customer, k => k.Nps, "% promoters - % detractors over TTM responses"),
        K("satisfaction_index", "Satisfaction index", KpiUnit.Score, KpiGroup.Customer, k => k.SatisfactionIndex, "Mean CSAT in TTM scaled to 0-100"),
        K("relationship_strength", "Relationship strength", KpiUnit.Ratio, KpiGroup.AccountTeam, k => k.RelationshipStrength, "Mean relationship strength in TTM (1-5)"),
        K("complaints_opened", "Complaints opened", KpiUnit.Count, KpiGroup.Customer, k => k.ComplaintsOpened, "Complaints opened in the quarter"),
        K("complaints_open", "Complaints open", KpiUnit.Count, KpiGroup.Customer, k => k.ComplaintsOpen, "Complaints open at quarter end"),
        K("contact_points", "Contact points (90 days)", KpiUnit.Count, KpiGroup.AccountTeam, k => k.ContactPoints, "Contacts reached in the 90 days to quarter end"),
        K("decision_makers_covered", "Decision makers covered", KpiUnit.Count, KpiGroup.AccountTeam, k => k.DecisionMakersCovered, "Contacts with role decision maker"),
        K("actions_due", "Actions due", KpiUnit.Count, KpiGroup.AccountTeam, k => k.ActionsDue, "Actions due by quarter end, not cancelled"),
        K("actions_overdue", "Actions overdue", KpiUnit.Count, KpiGroup.AccountTeam, k => k.ActionsOverdue, "Due actions not done by quarter end or done late"),
        K("action_completion", "Action completion", KpiUnit.Percent, KpiGroup.AccountTeam, k => k.ActionCompletion, "done / actions_due"),
        K("cost_to_serve_ratio", "Cost-to-serve ratio", KpiUnit.Percent, KpiGroup.Process, k => k.CostToServeRatio, "cost_to_serve / revenue in the quarter"),
        K("revenue_share", "Share of portfolio", KpiUnit.Percent, KpiGroup.Classification, k => k.RevenueShare, "revenue_ttm / portfolio revenue_ttm"),
        K("abc_class", "ABC class", KpiUnit.Text, KpiGroup.Classification, k => k.AbcClass, "ABC rule over revenue_ttm"),
        K("lifecycle", "Lifecycle", KpiUnit.Text, KpiGroup.Classification, k => k.Lifecycle, "new, active, declining, lost or prospect"),
        K("behaviour", "Purchase behaviour", KpiUnit.Text, KpiGroup.Classification, k => k.Behaviour, "frequent, occasional or none (orders in TTM)"),
        K("feedback", "Feedback", KpiUnit.Text, KpiGroup.Classification, k => k.Feedback, "satisfied, neutral, dissatisfied or unknown"),
        K("portfolio_quadrant", "Portfolio quadrant", KpiUnit.Text, KpiGroup.Classification, k => k.PortfolioQuadrant, "strategic, develop, maintain or streamline"),
        K("health_score", "Health score", KpiUnit.Score, KpiGroup.Classification, k => k.HealthScore, "Weighted mean of available components, 0-100"),
    ];

    public static KpiDefinition Get(string key) => All.First(k => k.Key == key);
}
