using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

// Page 1 leads with the answer: 3-5 sentences over the pack's population, ranked by money at stake.
public sealed partial class ReviewPackComposer
{
    /// <summary>The rules of a review pack's headline messages, over the pack's population.</summary>
    public IReadOnlyList<HeadlineMessage> Messages(ScopeFigures scope, ScopeFigures? before, bool isPortfolio)
    {
        var t = scope.Totals;
        var f = c.F;
        var population = c.Population(scope);
        var id = ComposeContext.ScopeId(scope);
        var list = new List<HeadlineMessage>();
        if (t.GrowthTtm is { } g && Math.Abs(g) >= 0.02)
            list.Add(c.Message("pack_revenue_ttm", (double)Math.Abs(t.RevenueTtm - t.RevenueTtmPrev),
                c.Direction(g, "msg.rose", "msg.fell"),
                c.Fig("growth_ttm", id, "percent_abs", g), c.Fig("revenue_ttm", id, "money_short", (double)t.RevenueTtm), population));
        if (t.Attainment is { } att && t.Target is { } target)
            list.Add(c.Message("pack_attainment", (double)Math.Abs(target - t.RevenueWithTarget), c.Fig("attainment", id, "percent", att),
                c.Fig("accounts_with_target", id, "number", t.WithTarget), c.Fig("revenue_with_target", id, "money", (double)t.RevenueWithTarget),
                c.Fig("target", id, "money", (double)target)));
        if (scope.Exceptions.Count > 0)
        {
            list.Add(ExceptionMessage(scope.Exceptions[0]));
        }
        if (before is not null && KpiCatalog.Change(KpiCatalog.Get("nps"), t.Nps, before.Totals.Nps).Change is { } dn && Math.Abs(dn) >= 5)
            list.Add(c.Message(dn < 0 ? "pack_nps_down" : "pack_nps_up", (double)t.RevenueTtm * Math.Abs(dn) / 400,
                c.Fig("nps", id, "number", t.Nps), c.Change("nps", id, "number1_abs", dn, before.Totals.Nps)));
        var red = scope.Accounts.Where(a => a.Kpis.HealthLight == HealthLight.Red).ToArray();
        if (red.Length > 0)
            list.Add(c.Message("red_health", (double)scope.RevenueTtmRed * 0.1, c.Fig("lights_red", id, "number", red.Length),
                string.Join(", ", red.Take(3).Select(a => a.Account.Name))));
        if (isPortfolio && P.Concentration.Top5Share is { } top5 && P.LossScenarios.FirstOrDefault(l => l.N == 1)?.Drop is { } drop)
            list.Add(c.Message("concentration", (double)P.All.Totals.RevenueTtm * drop * 0.5,
                c.Fig("concentration_top5", Figure.AllScope, "percent", top5), c.Fig("loss_drop_1", Figure.AllScope, "percent", drop)));
        return ComposeContext.Top(list);
    }

    // The exception with the most at stake, in a sentence of its own kind with the figure that matters first; other risks read
    // their own sentence after a semicolon.
    private HeadlineMessage ExceptionMessage(ExceptionEntry top)
    {
        var a = top.Account;
        var stake = (double)a.Kpis.RevenueTtm * 0.1;
        var revenue = c.Fig("revenue_ttm", a, "money", (double)a.Kpis.RevenueTtm);
        var lead = top.Reasons[0];
        return lead.Kind switch
        {
            RiskKind.NoOrders => c.Message("exception_no_orders", stake, a.Account.Name, revenue),
            RiskKind.RedHealth => c.Message("exception_red_health", stake, a.Account.Name, revenue,
                c.Fig("health_score", a, "number", a.Kpis.HealthScore)),
            RiskKind.DecliningRevenue => c.Message("exception_declining_revenue", stake, a.Account.Name, revenue,
                c.Fig("growth_ttm", a, "percent_abs", a.Kpis.GrowthTtm)),
            RiskKind.LowAttainment => c.Message("exception_low_attainment", stake, a.Account.Name, revenue,
                c.Fig("attainment", a, "percent", a.Kpis.Attainment)),
            RiskKind.HighSeverityComplaints => c.Message("exception_high_severity_complaints", stake, a.Account.Name, revenue,
                c.F.Number(lead.Value)),
            _ => c.Message("exceptions", stake, a.Account.Name, revenue, c.Risk(lead).Text),
        };
    }
}
