using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents.AccountPlan;

// Page 1 leads with the answer: 3-5 sentences from the figures, ranked by money at stake.
// Each number in a sentence is formatted as the document shows that figure elsewhere (tile, table, title), money in one form per
// sentence.
public sealed partial class AccountPlanComposer
{
    /// <summary>The headline messages of an account plan: the most material of <see cref="Candidates"/>.</summary>
    public IReadOnlyList<HeadlineMessage> Messages(AccountResult a, AccountResult? before) => ComposeContext.Top(Candidates(a, before));

    /// <summary>Every plan rule that has something to say, in rule order, before ranking.</summary>
    public List<HeadlineMessage> Candidates(AccountResult a, AccountResult? before)
    {
        var k = a.Kpis;
        var f = c.F;
        var stake = (double)Math.Max(0, k.RevenueTtm);
        var list = new List<HeadlineMessage>();
        // No orders this quarter leads (severity 3): nothing else on page 1 matters more.
        if (RiskRules.NoOrders(k))
            list.Add(c.Message("no_orders", double.MaxValue, c.Fig("revenue", a, "money", (double)k.Revenue),
                c.Fig("revenue_prev_quarter", a, "money", (double)k.RevenuePrevQuarter),
                c.Fig("revenue_prev_year", a, "money", (double)k.RevenuePrevYear)));
        // A change under 2% is not news.
        if (k.GrowthTtm is { } g && Math.Abs(g) >= 0.02)
        {
            // The product line that moved most in the same direction, with the two figures of the product-line table.
            var driver = a.ProductLines.Where(l => Math.Sign(l.RevenueTtm - l.RevenueTtmPrev) == Math.Sign(g)
                && l.RevenueTtm != l.RevenueTtmPrev)
                .OrderByDescending(l => Math.Abs(l.RevenueTtm - l.RevenueTtmPrev)).FirstOrDefault();
            var figures = new List<Figure>();
            var head = c.Fill("msg.revenue_ttm", "{0} {1} {2}", figures, c.Direction(g, "msg.rose", "msg.fell"),
                c.Fig("growth_ttm", a, "percent_abs", g), c.Fig("revenue_ttm", a, "money", (double)k.RevenueTtm));
            var tail = driver is null ? ""
                // Money in one form per sentence: in full, as the scorecard and the product-line table write these amounts.
                : c.Format("msg.revenue_driver", "{0} {1} {2}", driver.Name, f.Money((double)driver.RevenueTtm),
                    f.Money((double)driver.RevenueTtmPrev));
            list.Add(new HeadlineMessage("revenue_ttm", head + tail, (double)Math.Abs(k.RevenueTtm - k.RevenueTtmPrev)) { Figures = figures });
        }
        if (k.Attainment is { } att && k.Target is { } target)
            list.Add(c.Message(att < 1 ? "attainment_below" : "attainment_above", (double)Math.Abs(target - k.Revenue),
                c.Fig("attainment", a, "percent", att), c.Fig("revenue", a, "money", (double)k.Revenue),
                c.Fig("target", a, "money", (double)target)));
        if (before is not null && KpiCatalog.Change(KpiCatalog.Get("nps"), k.Nps, before.Kpis.Nps).Change is { } dn && Math.Abs(dn) >= 5)
            list.Add(c.Message(dn < 0 ? "nps_down" : "nps_up", stake * Math.Abs(dn) / 200,
                c.Change("nps", Figure.ForAccount(a.Account.AccountId), "number1_abs", dn, before.Kpis.Nps), c.Fig("nps", a, "number", k.Nps)));
        var end = P.Period.End;
        var high = a.Complaints.Where(x => x.Severity == Severity.High && x.Opened <= end).Select(x => ComplaintState.At(x, end))
            .Where(x => x.Open).ToArray();
        if (high.Length > 0)
            list.Add(c.Message(high.Length == 1 ? "high_complaint" : "high_complaints", stake * 0.05 * high.Length, high.Length,
                high.Max(x => x.DaysOpen)));
        var detractors = a.Contacts.Where(x => x.Role == ContactRole.DecisionMaker && x.Stance == Stance.Detractor).ToArray();
        if (detractors.Length > 0)
            list.Add(c.Message(detractors.Length != k.DecisionMakersCovered ? "detractors"
                : detractors.Length == 1 ? "detractors_only" : detractors.Length == 2 ? "detractors_both" : "detractors_all",
                stake * 0.05 * detractors.Length, detractors.Length, k.DecisionMakersCovered,
                string.Join(", ", detractors.Select(x => x.Title ?? x.Name))));
        if (k.ActionsOverdue is > 0 && k.ActionsDue is { } due)
            list.Add(c.Message("overdue_actions", stake * 0.01 * k.ActionsOverdue.Value, c.Fig("actions_overdue", a, "number", k.ActionsOverdue),
                c.Fig("actions_due", a, "number", due)));
        var offTrack = a.Objectives.Where(o => o.Status == ObjectiveStatus.OffTrack).ToArray();
        if (offTrack.Length > 0 && k.Objectives is { } n)
            list.Add(c.Message("objectives_off_track", stake * 0.02 * offTrack.Length, offTrack.Length, n, offTrack[0].Objective.Text));
        // Service and programme (kpis.md): a class A account served short of its model, a large account with few exit barriers.
        if (k.AbcClass == "A" && k.ServiceModelMet is < 1 && k.ServiceRequirements is { } req && k.ServiceMet is { } met)
            list.Add(c.Message("under_served", stake * 0.03 * (req - met), c.Fig("service_met", a, "number", met),
                c.Fig("service_requirements", a, "number", req),
                string.Join(c.T("list.separator", ", "), a.Service.Where(r => r.Status == ServiceRequirement.NotMet)
                    .Select(r => r.Tactic is { } t ? c.T("tactic." + t, t) : c.T("req.name." + r.Key, r.Key)))));
        if (a.Risks.FirstOrDefault(r => r.Kind == RiskKind.EasyToLeave) is not null && k.TacticsInPlace is { } tin
            && k.TacticsApplicable is { } tap)
            list.Add(c.Message("easy_to_leave", stake * 0.04, c.Fig("tactics_in_place", a, "number", tin),
                c.Fig("tactics_applicable", a, "number", tap), c.Fig("revenue_ttm", a, "money", (double)k.RevenueTtm)));
        if (k.PipelineValue is { } pipe && k.WalletHeadroom is { } room && room > 0)
            list.Add(c.Message("pipeline", (double)Math.Max(0, room - pipe) * 0.1, c.Fig("pipeline_value", a, "money", (double)pipe),
                c.Fig("pipeline_coverage", a, "percent0", k.PipelineCoverage), c.Fig("wallet_headroom", a, "money", (double)room)));
        return list;
    }
}
